// Which pairwise judgement to revise first: the one that deviates most from the ratio of the weights
// the whole matrix implies. Saaty, T. L. (2003) "Decision-making with the AHP: Why is the principal
// eigenvector necessary", European Journal of Operational Research 145(1), 85–91: form
// ε_ij = a_ij · w_j / w_i (all 1 for a consistent matrix) and revise the judgement with the largest ε
// towards w_i / w_j. ε_ji = 1/ε_ij, so we take the largest |ln ε_ij| over the upper triangle (the cells
// the user enters) and report the deviation as a factor ≥ 1.

export interface InconsistentJudgement {
  /** Row and column of the entered cell, i < j (0-based). */
  i: number;
  j: number;
  /** The judgement a_ij as entered. */
  judgement: number;
  /** w_i / w_j: the value that would agree with the weights of the whole matrix. */
  impliedRatio: number;
  /** max(ε_ij, 1/ε_ij) ≥ 1: how many times the judgement is off (1 = agrees). */
  deviationFactor: number;
  /** How many other entered judgements deviate just as much (in a 3×3 matrix all three always do). */
  tiedWith: number;
}

/** Deviations equal to this relative tolerance are ties; the first cell (row by row) is reported. */
const TIE = 1e-9;

/** The entered judgement that deviates most from w_i/w_j, or null when every judgement agrees (within 0.1 %). */
export function findMostInconsistentJudgement(matrix: number[][], weights: number[]): InconsistentJudgement | null {
  const cells: { i: number; j: number; impliedRatio: number; logDeviation: number }[] = [];
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const impliedRatio = weights[i] / weights[j];
      cells.push({ i, j, impliedRatio, logDeviation: Math.abs(Math.log(matrix[i][j] / impliedRatio)) });
    }
  }
  const maxLog = cells.reduce((m, c) => Math.max(m, c.logDeviation), 0);
  if (maxLog <= Math.log(1.001)) return null;
  const tied = cells.filter((c) => c.logDeviation >= maxLog * (1 - TIE));
  const { i, j, impliedRatio } = tied[0];
  return { i, j, judgement: matrix[i][j], impliedRatio, deviationFactor: Math.exp(maxLog), tiedWith: tied.length - 1 };
}
