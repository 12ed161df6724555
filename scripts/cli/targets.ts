// `npm run noxh -- targets --projects <housing_projects.geojson> [--communes <communes.geojson>]
//  [--target <units>] [--as-of <year>] --out <report.json> [--csv <report.csv>]`
// Progress toward the plan's NOXH targets (docs/DOMAIN.md §1), the same code as the Targets tab.
import { DEFAULT_PLAN_TARGETS } from '../../src/domain/targets/defaultPlanTargets.ts';
import { progressReportToCsv } from '../../src/domain/targets/progressReportToCsv.ts';
import { readCommunes } from '../../src/domain/targets/readCommunes.ts';
import { summarizeProgress } from '../../src/domain/targets/summarizeProgress.ts';
import type { PlanTarget, ProgressReport } from '../../src/domain/targets/types.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { formatDate, formatNumber } from '../../src/i18n/format.ts';
import { renderBoth, renderMessage } from '../../src/i18n/renderMessage.ts';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { readCollection } from './_readCollection.ts';
import { writeOutputFile } from './_writeOutput.ts';
import { msg } from '../../src/i18n/message.ts';

function wholeNumber(value: string | undefined, key: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UserError(msg('cli.whole-number-min', { option: key, min }));
  return n;
}

/** The report as the CLI writes it: the domain's report with the words of its messages in both languages. */
export function reportToJson(report: ProgressReport) {
  return {
    ...report,
    by_commune: report.by_commune.map((c) => (c.code === null ? { ...c, name: 'unassigned' } : c)),
    problems: report.problems.map((p) => ({ id: p.id, message: renderBoth(p.message) })),
  };
}

export function buildTargetsReport(args: string[], thisYear: number): { report: ProgressReport; out: string; csv?: string } {
  const parsed = parseArgs(args, [], ['as-of', 'communes', 'csv', 'out', 'projects', 'target']);
  const projects = readCollection(requireOption(parsed, 'projects'));
  const communesPath = optionalOption(parsed, 'communes');
  const target = wholeNumber(optionalOption(parsed, 'target'), 'target', 1);
  const targets: PlanTarget[] = target === undefined ? [...DEFAULT_PLAN_TARGETS] : [{ ...DEFAULT_PLAN_TARGETS[0], dwellings: target, source: '--target' }];
  const report = summarizeProgress({
    projects: projects.features,
    communes: communesPath ? readCommunes(readCollection(communesPath)) : [],
    targets,
    asOfYear: wholeNumber(optionalOption(parsed, 'as-of'), 'as-of', 1900) ?? thisYear,
  });
  return { report, out: requireOption(parsed, 'out'), csv: optionalOption(parsed, 'csv') };
}

export const command: CliCommand = {
  summary: 'Progress toward the NOXH targets (units and places by status, year and commune; annual report CSV)',
  usage: [
    '--projects <housing_projects.geojson> --out <report.json>',
    '[--communes <communes.geojson>] [--target <units>] [--as-of <year>] [--csv <report.csv>]',
    'Default target: 6,300 units by 2030 (the plan implementing Directive 34-CT/TW). Default --as-of: this year.',
  ].join('\n'),
  async run(args) {
    const now = new Date();
    const { report, out, csv } = buildTargetsReport(args, now.getFullYear());
    writeOutputFile(out, JSON.stringify(reportToJson(report), null, 2) + '\n');
    if (csv) writeOutputFile(csv, progressReportToCsv(report, { language: 'vi', date: formatDate(now, 'vi') }));
    const d = report.dwellings;
    const n = (v: number) => formatNumber(v, 'vi', 0);
    console.log(
      `Năm ${report.as_of}: ${n(d.completed)} căn hoàn thành / mục tiêu ${n(report.target)} (còn thiếu ${n(report.gap)}); ` +
        `đang xây dựng ${n(d.under_construction)}, đã phê duyệt ${n(d.approved)}, đề xuất ${n(d.proposed)}; chỗ ở: ${n(report.places.total)}.`,
    );
    for (const p of report.problems) console.log(`Lưu ý (${p.id}): ${renderMessage('vi', p.message)}`);
    console.log(`\nĐã ghi ${out}${csv ? ` và ${csv}` : ''}.`);
    return 0;
  },
};
