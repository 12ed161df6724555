// Check 8: warnings a land officer should see before accepting the reserve — parts inside a flood
// zone (with their area), and parcels whose hand-over deadline has passed without being handed over.
// "Today" is the caller's asOfDate: the domain never reads the clock.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal } from '../../geo/polygonalGeometry.ts';
import { unionPolygons } from '../../geo/unionPolygons.ts';
import { formatM2, roundFigure } from '../formatFigures.ts';
import { parseDate, readString, toVietnameseDate } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, AuditOptions, CheckResult, HighlightProperties, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'hazard_and_schedule';

export function checkHazardAndSchedule(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules, options: AuditOptions): CheckResult {
  if (ctx.obligation === 'payment' || !ctx.reservedUnion) {
    return makeCheck(id, 'n/a', { vi: 'Không có quỹ đất để xét.', en: 'No reserved land to check.' }, 'law83Infrastructure', {});
  }
  const reserve = ctx.reservedUnion;
  const parts: Feature<Geometry, HighlightProperties>[] = [];
  const vi: string[] = [];
  const en: string[] = [];

  // Flood (or other configured hazard) zones.
  let hazardChecked = false;
  const hazardNames: string[] = [];
  const hazardGeometries = [];
  for (const [i, f] of (layers.hazards?.features ?? []).entries()) {
    if (!isPolygonal(f.geometry)) continue;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const kind = readString(props, 'kind');
    if (kind && !rules.warningHazardKinds.includes(kind)) continue;
    hazardChecked = true;
    const part = intersectPolygons(reserve, f.geometry);
    if (!part || geodesicAreaM2(part) <= rules.sliverToleranceM2) continue;
    const name = readString(props, 'name') ?? `#${i + 1}`;
    hazardNames.push(name);
    hazardGeometries.push(part);
    parts.push(
      highlight('hazard_overlap', part, ctx.id, { vi: `Trong vùng ngập lụt ${name}`, en: `Inside flood zone ${name}` }, id, {
        hazard: name,
        kind: kind ?? 'flood',
        severity: readString(props, 'severity'),
      }),
    );
  }
  const hazardM2 = geodesicAreaM2(unionPolygons(hazardGeometries));
  if (hazardM2 > 0) {
    vi.push(`${formatM2(hazardM2).vi} quỹ đất NOXH nằm trong vùng ngập lụt (${hazardNames.join(', ')}).`);
    en.push(`${formatM2(hazardM2).en} of the reserved land lies in a flood zone (${hazardNames.join(', ')}).`);
  }

  // Deadlines.
  const asOf = options.asOfDate ? parseDate(options.asOfDate) : null;
  const overdue: string[] = [];
  const badDates: string[] = [];
  let deadlinesChecked = 0;
  for (const p of ctx.parcels) {
    if (!p.deadline) continue;
    const deadline = parseDate(p.deadline);
    if (!deadline) {
      badDates.push(`${p.id} ("${p.deadline}")`);
      continue;
    }
    if (!asOf) continue;
    deadlinesChecked++;
    if (deadline < asOf && p.status !== 'handed_over') {
      overdue.push(p.id);
      parts.push(
        highlight('deadline_passed', p.geometry, ctx.id, { vi: `Quá hạn bàn giao ${toVietnameseDate(deadline)}`, en: `Hand-over deadline ${deadline} passed` }, id, {
          parcel_id: p.id,
          deadline,
          status: p.status,
        }),
      );
      vi.push(`Thửa ${p.id} quá hạn bàn giao (${toVietnameseDate(deadline)}) nhưng tình trạng là "${p.status ?? 'chưa ghi'}".`);
      en.push(`Parcel ${p.id} is past its hand-over deadline (${deadline}) but its status is "${p.status ?? 'not recorded'}".`);
    }
  }
  if (badDates.length > 0) {
    vi.push(`Thời hạn không đọc được (dùng dd/mm/yyyy): ${badDates.join(', ')}.`);
    en.push(`Unreadable deadline (use dd/mm/yyyy): ${badDates.join(', ')}.`);
  }
  const withDeadline = ctx.parcels.filter((p) => p.deadline).length;
  const figures = {
    flood_overlap_m2: roundFigure(hazardM2),
    flood_zones: hazardNames.join(', ') || null,
    hazard_layer: hazardChecked,
    as_of_date: asOf,
    parcels_with_deadline: withDeadline,
    overdue_parcels: overdue.join(', ') || null,
  };
  if (vi.length > 0) return makeCheck(id, 'warning', { vi: vi.join(' '), en: en.join(' ') }, 'law83Infrastructure', figures, parts);

  const notChecked = { vi: [] as string[], en: [] as string[] };
  if (!hazardChecked) {
    notChecked.vi.push('không có lớp vùng ngập lụt');
    notChecked.en.push('no flood-zone layer');
  }
  if (withDeadline > 0 && !asOf) {
    notChecked.vi.push('chưa có ngày đối chiếu để xét thời hạn');
    notChecked.en.push('no as-of date to check deadlines against');
  }
  if (!hazardChecked && deadlinesChecked === 0) {
    return makeCheck(id, 'n/a', { vi: `Chưa kiểm tra: ${notChecked.vi.join('; ')}.`, en: `Not checked: ${notChecked.en.join('; ')}.` }, 'law83Infrastructure', figures);
  }
  const tail = notChecked.vi.length ? { vi: ` (Chưa kiểm tra: ${notChecked.vi.join('; ')}.)`, en: ` (Not checked: ${notChecked.en.join('; ')}.)` } : { vi: '', en: '' };
  return makeCheck(
    id,
    'pass',
    {
      vi: `${hazardChecked ? 'Không nằm trong vùng ngập lụt.' : ''}${deadlinesChecked ? ' Các thửa còn trong thời hạn hoặc đã bàn giao.' : ''}${tail.vi}`.trim(),
      en: `${hazardChecked ? 'Not inside a flood zone.' : ''}${deadlinesChecked ? ' Parcels are within their deadline or handed over.' : ''}${tail.en}`.trim(),
    },
    'law83Infrastructure',
    figures,
  );
}
