// `npm run noxh -- ahp <matrix.json>`: AHP weights from a Saaty pairwise matrix, as JSON on stdout.
// The file holds the matrix (array of rows) or { "criteria": [...], "matrix": [[...]] }.
import { readFileSync } from 'node:fs';
import type { CliCommand } from '../cli.ts';
import { parseArgs } from './_args.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { ahpWeights } from '../../src/domain/scoring/ahpWeights.ts';

export const command: CliCommand = {
  summary: 'AHP weights, λmax, CI and CR from a pairwise comparison matrix (JSON)',
  usage: [
    'npm run noxh -- ahp <matrix.json>',
    'The file holds the square pairwise matrix (Saaty 1–9) as an array of rows, or { "criteria": [...], "matrix": [[...]] }.',
    'Prints { "weights": [...], "lambdaMax": …, "ci": …, "cr": … }; CR > 0.10 means the judgements are inconsistent.',
  ].join('\n'),
  async run(args) {
    const { positionals } = parseArgs(args);
    const path = positionals[0];
    if (!path) throw new UserError('Cần đường dẫn tệp ma trận: noxh ahp <matrix.json>.', 'Give the matrix file: noxh ahp <matrix.json>.');
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      throw new UserError(`Không đọc được JSON từ ${path}.`, `Cannot read JSON from ${path}.`);
    }
    const named = input && !Array.isArray(input) && typeof input === 'object' ? (input as { criteria?: string[]; matrix?: unknown }) : null;
    const result = ahpWeights(named ? named.matrix : input);
    const output = {
      ...(named?.criteria ? { criteria: named.criteria } : {}),
      weights: result.weights,
      lambdaMax: result.lambdaMax,
      ci: result.ci,
      cr: Number.isNaN(result.cr) ? null : result.cr,
    };
    console.log(JSON.stringify(output, null, 2));
    if (result.inconsistent) {
      console.error(`Cảnh báo: CR = ${result.cr.toFixed(3)} > 0,10 — các so sánh cặp chưa nhất quán, nên xem lại.\nWarning: CR = ${result.cr.toFixed(3)} > 0.10 — the pairwise judgements are inconsistent; revise them.`);
    }
    return 0;
  },
};
