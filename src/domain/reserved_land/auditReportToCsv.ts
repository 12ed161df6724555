// The audit table as CSV for reports: UTF-8 with BOM (so Excel shows Vietnamese), one row per project,
// headers in the chosen language, numbers written plainly (dot decimal) so spreadsheets can sum them.
import type { AuditReport, CheckId, Verdict } from './types.ts';
import { CHECK_TITLES } from './checks/checkResult.ts';

const VERDICT_LABELS: Record<Verdict, { vi: string; en: string }> = {
  compliant: { vi: 'Đạt', en: 'Compliant' },
  noncompliant: { vi: 'Không đạt', en: 'Non-compliant' },
  review: { vi: 'Cần xem xét', en: 'Needs review' },
  not_subject: { vi: 'Không thuộc diện', en: 'Not subject' },
};

const RESULT_LABELS = {
  pass: { vi: 'Đạt', en: 'Pass' },
  fail: { vi: 'Không đạt', en: 'Fail' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  'n/a': { vi: 'Không áp dụng', en: 'N/A' },
};

const HEADERS = {
  vi: ['Mã dự án', 'Tên dự án', 'Kết luận', 'Đô thị', 'Loại đô thị', 'Hình thức nghĩa vụ', 'Đất ở tính nghĩa vụ (m²)', 'Diện tích phải dành (m²)', 'Diện tích đo đạc (m²)', 'Phần được tính (m²)', 'Phần ngoài (m²)', 'Thiếu (m²)', 'Thiếu (%)', 'Tỷ lệ quỹ đất (%)', 'Lý do'],
  en: ['Project id', 'Project name', 'Verdict', 'Urban area', 'Urban class', 'Obligation', 'Net residential land (m²)', 'Required (m²)', 'Measured (m²)', 'Counted (m²)', 'Outside (m²)', 'Shortfall (m²)', 'Shortfall (%)', 'Reserve share (%)', 'Reasons'],
};

export function auditReportToCsv(report: AuditReport, language: 'vi' | 'en' = 'vi'): string {
  const checkIds = Object.keys(CHECK_TITLES) as CheckId[];
  const header = [...HEADERS[language], ...checkIds.map((id) => `${CHECK_TITLES[id].number}. ${CHECK_TITLES[id].title[language]}`)];
  const rows = report.projects.map((p) => [
    p.id,
    p.name,
    VERDICT_LABELS[p.verdict][language],
    p.urban_area?.name ?? '',
    p.urban_area?.urban_class ?? '',
    p.obligation ?? '',
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
      return c ? `${RESULT_LABELS[c.result][language]}: ${c.message[language]}` : '';
    }),
  ]);
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
