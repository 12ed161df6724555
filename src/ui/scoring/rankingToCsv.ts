// The ranking as CSV for Excel: UTF-8 with BOM, CRLF, cells by the domain's one CSV cell writer (RFC 4180, formulas
// neutralised), Vietnamese headers, '.' decimals so the file reads back the same in any tool.
import type { Language } from '../../i18n/language.ts';
import { formatCsvRow } from '../../domain/export/formatCsvCell.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage, uiText } from '../../i18n/renderMessage.ts';
import type { RankingRow } from './buildRankingRows.ts';

const num = (x: number | null, digits: number) => (x === null ? '' : String(Math.round(x * 10 ** digits) / 10 ** digits));

export function rankingToCsv(rows: RankingRow[], language: Language, withSensitivity: boolean): string {
  // The commune's code and name after the parcel's name.
  const commune = [renderMessage(language, msg('commune.code-column')), renderMessage(language, msg('commune.column'))];
  const h = uiText(language).rankingCsv;
  const sensitivity = withSensitivity ? [h.pTopK, h.bestRank, h.worstRank] : [];
  const header = [h.rank, h.parcelId, h.name, ...commune, h.score, h.area, h.exclusion, ...sensitivity];
  const lines = [formatCsvRow(header)];
  for (const r of rows) {
    const cells = [num(r.rank, 0), r.id, r.name, r.commune?.code ?? '', r.commune?.name ?? '', num(r.score, 2), num(r.areaM2, 0), r.exclusion?.[language] ?? ''];
    if (withSensitivity) cells.push(num(r.pTopK, 3), num(r.rankMin, 0), num(r.rankMax, 0));
    lines.push(formatCsvRow(cells));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
