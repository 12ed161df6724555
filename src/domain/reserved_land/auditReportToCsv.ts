// The audit table as CSV for reports: UTF-8 with BOM (so Excel shows Vietnamese), one row per project,
// headers in the chosen language, numbers written plainly (dot decimal) so spreadsheets can sum them.
// Labels and headers come from the message catalogue (src/i18n). The commune/ward (today's unit, no district
// level since 1 July 2025) follows the project's name: the report does not carry it, so the caller says how to find
// it (communeOfFeature on the project's feature, as the audit table does).
import type { CommuneRef } from '../geo/assignCommune.ts';
import type { Language } from '../../i18n/language.ts';
import { msg, type AuditCsvColumn } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import type { AuditReport, CheckId, ProjectAudit } from './types.ts';
import { CHECK_NUMBERS } from './checks/checkResult.ts';
import { rowsToCsv } from '../export/tableToCsv.ts';

const COLUMNS: AuditCsvColumn[] = [
  'id', 'name', 'verdict', 'urbanArea', 'urbanClass', 'obligation', 'netResidential', 'required', 'measured',
  'counted', 'outside', 'shortfallM2', 'shortfallPct', 'reserveShare', 'reasons',
];

export function auditReportToCsv(
  report: AuditReport,
  language: Language = 'vi',
  communeOf: (project: ProjectAudit) => CommuneRef | null = () => null,
): string {
  const say = renderMessage.bind(null, language);
  const checkIds = Object.keys(CHECK_NUMBERS) as CheckId[];
  const columns = COLUMNS.map((column) => say(msg('audit.csv-header', { column })));
  const header = [
    ...columns.slice(0, 2),
    say(msg('commune.code-column')),
    say(msg('commune.column')),
    ...columns.slice(2),
    ...checkIds.map((id) => `${CHECK_NUMBERS[id]}. ${say(msg('audit.check-title', { check: id }))}`),
  ];
  const rows = report.projects.map((p) => {
    const commune = communeOf(p);
    return [
      p.id,
      p.name,
      commune?.code ?? '',
      commune?.name ?? '',
      say(msg('audit.verdict', { verdict: p.verdict })),
      p.urban_area?.name ?? '',
      p.urban_area?.urban_class ?? '',
      p.obligation ? say(msg('audit.obligation', { obligation: p.obligation, inferred: p.obligation_inferred })) : '',
      p.net_residential_m2,
      p.required_m2,
      p.measured_m2,
      p.inside_m2,
      p.outside_m2,
      p.shortfall_m2,
      p.shortfall_pct,
      p.reserve_share_pct,
      p.reasons.map((r) => r[language]).join(' | '),
      ...checkIds.map((id) => {
        const c = p.checks.find((x) => x.id === id);
        return c ? `${say(msg('audit.outcome', { outcome: c.result }))}: ${c.message[language]}` : '';
      }),
    ];
  });
  return rowsToCsv([header, ...rows]);
}
