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
}

/** The entered judgement that deviates most from w_i/w_j, or null when every judgement agrees (within 0.1 %). */
export function findMostInconsistentJudgement(matrix: number[][], weights: number[]): InconsistentJudgement | null {
  let best: InconsistentJudgement | null = null;
  let bestLog = Math.log(1.001);
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const impliedRatio = weights[i] / weights[j];
      const logDeviation = Math.abs(Math.log(matrix[i][j] / impliedRatio));
      if (logDeviation > bestLog) {
        bestLog = logDeviation;
        best = { i, j, judgement: matrix[i][j], impliedRatio, deviationFactor: Math.exp(logDeviation) };
      }
    }
  }
  return best;
}
