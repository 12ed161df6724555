// `npm run noxh -- ahp <matrix.json>`: AHP weights from a Saaty pairwise matrix, as JSON on stdout.
// The file holds the matrix (array of rows), { "criteria": [...], "matrix": [[...]] }, or a hierarchy
// { "groups": {criteria, matrix}, "children": { "<group>": {criteria, matrix} } } (global weights and
// every level's λmax, CI, CR, plus Saaty's hierarchic CR_H).
import { readFileSync } from 'node:fs';
import type { CliCommand } from '../cli.ts';
import { parseArgs } from './_args.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { validatePairwiseMatrix } from '../../src/domain/scoring/ahpWeights.ts';
import { ahpHierarchy, ahpLevel, type AhpHierarchyInput, type AhpLevelResult } from '../../src/domain/scoring/ahpHierarchy.ts';

const crOrNull = (cr: number) => (Number.isNaN(cr) ? null : cr);

function levelJson(level: AhpLevelResult) {
  const worst = level.mostInconsistent;
  return {
    criteria: level.criteria,
    weights: level.weights,
    lambdaMax: level.lambdaMax,
    ci: level.ci,
    cr: crOrNull(level.cr),
    // The judgement to revise first: entered a_ij vs the w_i/w_j the weights imply.
    mostInconsistent: worst
      ? { row: level.criteria[worst.i], column: level.criteria[worst.j], judgement: worst.judgement, impliedRatio: worst.impliedRatio, deviationFactor: worst.deviationFactor, tiedWith: worst.tiedWith }
      : null,
  };
}

function warnIfInconsistent(where: { vi: string; en: string }, cr: number) {
  if (!(cr > 0.1)) return;
  console.error(
    `Cảnh báo (${where.vi}): CR = ${cr.toFixed(3)} > 0,10 — các so sánh cặp chưa nhất quán, nên xem lại.\nWarning (${where.en}): CR = ${cr.toFixed(3)} > 0.10 — the pairwise judgements are inconsistent; revise them.`,
  );
}

export const command: CliCommand = {
  summary: 'AHP weights, λmax, CI and CR from a pairwise comparison matrix or a group/criteria hierarchy (JSON)',
  usage: [
    'npm run noxh -- ahp <matrix.json>',
    'The file holds the square pairwise matrix (Saaty 1–9) as an array of rows, or { "criteria": [...], "matrix": [[...]] }.',
    'Prints { "weights": [...], "lambdaMax": …, "ci": …, "cr": …, "mostInconsistent": … }; CR > 0.10 means the judgements are inconsistent.',
    'A hierarchy: { "groups": { "criteria": [g1, g2, …], "matrix": [[…]] }, "children": { "g1": { "criteria": [...], "matrix": [[…]] }, … } }',
    '(a group with one criterion needs no matrix). Prints every level as above, "global" weights (group weight × local weight,',
    'summing to 1) and "crHierarchy", Saaty’s consistency ratio of the whole hierarchy.',
  ].join('\n'),
  async run(args) {
    const { positionals } = parseArgs(args, [], []);
    const path = positionals[0];
    if (!path) throw new UserError(msg('cli.ahp-file-missing'));
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      throw new UserError(msg('cli.json-unreadable', { path }));
    }
    const named = input && !Array.isArray(input) && typeof input === 'object' ? (input as { criteria?: string[]; matrix?: unknown; groups?: unknown; children?: unknown }) : null;

    if (named && (named.groups !== undefined || named.children !== undefined)) {
      const result = ahpHierarchy(named as AhpHierarchyInput);
      const output = {
        groups: levelJson(result.groups),
        children: Object.fromEntries(Object.entries(result.children).map(([g, level]) => [g, levelJson(level)])),
        global: result.global,
        crHierarchy: crOrNull(result.crHierarchy),
      };
      console.log(JSON.stringify(output, null, 2));
      warnIfInconsistent({ vi: 'ma trận nhóm', en: 'group matrix' }, result.groups.cr);
      for (const [g, level] of Object.entries(result.children)) warnIfInconsistent({ vi: `nhóm '${g}'`, en: `group '${g}'` }, level.cr);
      warnIfInconsistent({ vi: 'toàn cấu trúc, CR_H', en: 'whole hierarchy, CR_H' }, result.crHierarchy);
      return 0;
    }

    // A single matrix must be at least 2×2 (validated first so a bad matrix gets the matrix message).
    const matrix = validatePairwiseMatrix(named ? named.matrix : input);
    const level = ahpLevel({ criteria: named?.criteria ?? matrix.map((_, i) => String(i + 1)), matrix });
    const { criteria, ...rest } = levelJson(level);
    console.log(JSON.stringify(named?.criteria ? { criteria, ...rest } : rest, null, 2));
    warnIfInconsistent({ vi: 'ma trận', en: 'matrix' }, level.cr);
    return 0;
  },
};
