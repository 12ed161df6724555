// `npm run noxh -- audit --projects <commercial.geojson> --reserved <reserved.geojson> [--urban <f>]
//  [--landuse <f>] [--roads <f>] [--hazards <f>] [--housing <f>] [--facilities <f>] [--as-of dd/mm/yyyy] --out <report.json> [--csv <table.csv>]`
// Reserved NOXH land audit (Housing Law Art. 83, Decree 100/2024 Art. 17–19). A single GeoJSON whose
// features carry a `layer` property (as in test/fixtures/reserved_land) may be given as --projects alone.
// Properties read besides the core ones (docs/DOMAIN.md §2): projects — policy_approved_on (or the date in
// `decision`), regime, payment_notified_vnd, payment_due_on, paid_on, required_reserve_value_vnd; reserved
// land — status (planned, serviced, handed_over, assigned_to_developer, construction_started, completed,
// auctioned), land_value_vnd; urban areas — class_decision, class_decided_on. The report keeps every key.
import { auditReservedLand } from '../../src/domain/reserved_land/auditReservedLand.ts';
import { auditReportToCsv } from '../../src/domain/reserved_land/auditReportToCsv.ts';
import { hasLayerTags, splitAuditLayers } from '../../src/domain/reserved_land/splitAuditLayers.ts';
import type { AuditInput, AuditReport, ProjectAudit } from '../../src/domain/reserved_land/types.ts';
import { assignCommuneOfCommunes } from '../../src/domain/geo/assignCommuneOfCommunes.ts';
import { communeOfFeature } from '../../src/domain/geo/communeOfFeature.ts';
import { readCommunes } from '../../src/domain/targets/readCommunes.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { readCollection } from './_readCollection.ts';
import { writeOutputFile } from './_writeOutput.ts';


/** Today as yyyy-mm-dd in local time: only the CLI reads the clock, the domain takes it as a parameter. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function buildAuditInput(args: string[]): { input: AuditInput; out: string; csv?: string; communesPath?: string } {
  const parsed = parseArgs(args, [], ['as-of', 'communes', 'csv', 'out', 'projects', 'reserved']);
  const projectsPath = requireOption(parsed, 'projects');
  const out = requireOption(parsed, 'out');
  const projectsFile = readCollection(projectsPath);
  const optional = (key: string) => {
    const path = optionalOption(parsed, key);
    return path ? readCollection(path) : undefined;
  };
  let input: AuditInput;
  if (hasLayerTags(projectsFile) && !optionalOption(parsed, 'reserved')) {
    input = splitAuditLayers(projectsFile);
  } else {
    input = {
      projects: projectsFile,
      reserved: readCollection(requireOption(parsed, 'reserved')),
      urbanAreas: optional('urban'),
      landUse: optional('landuse'),
      roads: optional('roads'),
      hazards: optional('hazards'),
      housingProjects: optional('housing'),
      facilities: optional('facilities'),
    };
  }
  const number = (key: string) => {
    const v = optionalOption(parsed, key);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UserError(msg('cli.not-non-negative', { option: key }));
    return n;
  };
  input.options = {
    asOfDate: optionalOption(parsed, 'as-of') ?? today(),
    roadConnectionDistanceM: number('road-distance'),
    declaredToleranceM2: number('declared-tolerance-m2'),
    landUseFeeVndPerM2: number('land-use-fee'),
    infrastructureCostVndPerM2: number('infrastructure-cost'),
  };
  return { input, out, csv: optionalOption(parsed, 'csv'), communesPath: optionalOption(parsed, 'communes') };
}

export function summaryTable(report: AuditReport): string {
  const rows = report.projects.map((p) => [
    p.id,
    p.name.length > 34 ? `${p.name.slice(0, 33)}…` : p.name,
    renderMessage('vi', msg('audit.verdict', { verdict: p.verdict })),
    p.required_m2 === null ? '—' : p.required_m2.toLocaleString('vi-VN'),
    p.obligation === 'payment' ? 'nộp tiền' : p.inside_m2.toLocaleString('vi-VN'),
    p.shortfall_m2 ? p.shortfall_m2.toLocaleString('vi-VN') : '',
    p.checks
      .filter((c) => c.result === 'fail' || c.result === 'warning')
      .map((c) => `${c.result === 'fail' ? '✗' : '!'}${c.number}`)
      .join(' '),
  ]);
  const header = ['Mã', 'Tên dự án', 'Kết luận', 'Phải dành (m²)', 'Được tính (m²)', 'Thiếu (m²)', 'Kiểm tra lỗi/cảnh báo'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  const s = report.summary;
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    `Tổng: ${report.projects.length} dự án — đạt ${s.compliant}, không đạt ${s.noncompliant}, cần xem xét ${s.review}, không thuộc diện ${s.not_subject}.` +
      (report.notes.length ? ` Ghi chú dữ liệu: ${report.notes.length}.` : ''),
  ].join('\n');
}

export const command: CliCommand = {
  summary: 'Audit reserved NOXH land of commercial projects (Housing Law Art. 83, Decree 100/2024 Art. 17–19)',
  usage: [
    '--projects <commercial.geojson> --reserved <reserved.geojson> --out <report.json>',
    '[--urban <urban_areas.geojson>] [--landuse <plan.geojson>] [--roads <roads.geojson>] [--hazards <flood.geojson>]',
    '[--housing <noxh_projects.geojson>] [--as-of dd/mm/yyyy] [--road-distance <m>] [--declared-tolerance-m2 <m²>]',
    '[--land-use-fee <VND/m²>] [--infrastructure-cost <VND/m²>] [--csv <table.csv>] [--communes <admin_units.geojson>]',
    'The CSV names each project\'s commune/ward: from its commune_code/commune_name, else by location in --communes.',
    'A single GeoJSON whose features carry a "layer" property may be given as --projects alone.',
  ].join('\n'),
  async run(args) {
    const { input, out, csv, communesPath } = buildAuditInput(args);
    const report = auditReservedLand(input);
    writeOutputFile(out, JSON.stringify(report, null, 2) + '\n');
    if (csv) {
      const assign = communesPath ? assignCommuneOfCommunes(readCommunes(readCollection(communesPath))) : null;
      const communeOf = (p: ProjectAudit) => {
        const feature = input.projects.features[p.feature_index];
        return feature ? communeOfFeature(feature, assign) : null;
      };
      writeOutputFile(csv, auditReportToCsv(report, 'vi', communeOf));
    }
    console.log(summaryTable(report));
    for (const note of report.notes) console.log(`Ghi chú (${note.layer} #${note.feature_index + 1}): ${note.message.vi}`);
    console.log(`\nĐã ghi ${out}${csv ? ` và ${csv}` : ''}.`);
    return 0;
  },
};
