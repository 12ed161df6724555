// Check 8: warnings a land officer should see before accepting the reserve — parts inside a flood
// zone (with their area), and parcels whose hand-over deadline has passed without being handed over.
// "Today" is the caller's asOfDate: the domain never reads the clock. Statuses after hand-over (assigned to
// a developer, construction started, completed, auctioned — Resolution 201/2025 Art. 12(4); Decree 192/2025
// Art. 17(4) as amended by Decree 261 Art. 2(4)) are never overdue; they are reported as information.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal } from '../../geo/polygonalGeometry.ts';
import { unionPolygons } from '../../geo/unionPolygons.ts';
import { msg, type Message } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { parseDate, readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, AuditOptions, CheckResult, HighlightProperties, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'hazard_and_schedule';

export function checkHazardAndSchedule(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules, options: AuditOptions): CheckResult {
  if (ctx.obligation === 'payment' || !ctx.reservedUnion) {
    return makeCheck(id, 'n/a', msg('audit.hazard.nothing'), 'hazardAndSchedule', {});
  }
  const reserve = ctx.reservedUnion;
  const parts: Feature<Geometry, HighlightProperties>[] = [];
  const sentences: Message[] = [];

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
      highlight('hazard_overlap', part, ctx.id, msg('audit.highlight.flood', { zone: name }), id, {
        hazard: name,
        kind: kind ?? 'flood',
        severity: readString(props, 'severity'),
      }),
    );
  }
  const hazardM2 = geodesicAreaM2(unionPolygons(hazardGeometries));
  if (hazardM2 > 0) {
    sentences.push(msg('audit.hazard.flood', { floodM2: hazardM2, zones: hazardNames }));
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
    if (deadline < asOf && !(p.status && rules.afterHandoverStatuses.includes(p.status))) {
      overdue.push(p.id);
      parts.push(
        highlight('deadline_passed', p.geometry, ctx.id, msg('audit.highlight.deadline', { deadline }), id, {
          parcel_id: p.id,
          deadline,
          status: p.status,
        }),
      );
      sentences.push(msg('audit.hazard.overdue', { parcel: p.id, deadline, status: p.status }));
    }
  }
  if (badDates.length > 0) {
    sentences.push(msg('audit.hazard.bad-dates', { dates: badDates }));
  }
  const afterHandover = ctx.parcels
    .filter((p) => p.status && p.status !== 'handed_over' && rules.afterHandoverStatuses.includes(p.status))
    .map((p) => ({ parcel: p.id, status: p.status! }));
  const handoverInfo = afterHandover.length > 0 ? [msg('audit.hazard.after-handover', { parcels: afterHandover })] : [];
  const withDeadline = ctx.parcels.filter((p) => p.deadline).length;
  const figures = {
    flood_overlap_m2: roundFigure(hazardM2),
    flood_zones: hazardNames.join(', ') || null,
    hazard_layer: hazardChecked,
    as_of_date: asOf,
    parcels_with_deadline: withDeadline,
    overdue_parcels: overdue.join(', ') || null,
    after_handover_statuses: afterHandover.map((a) => `${a.parcel}: ${a.status}`).join(', ') || null,
  };
  const reference = afterHandover.length > 0 ? 'afterHandover' : 'hazardAndSchedule';
  if (sentences.length > 0) return makeCheck(id, 'warning', msg('audit.sentences', { sentences: [...sentences, ...handoverInfo] }), reference, figures, parts);

  const notChecked = { noHazardLayer: !hazardChecked, noAsOfDate: withDeadline > 0 && !asOf };
  if (!hazardChecked && deadlinesChecked === 0) {
    return makeCheck(id, 'n/a', msg('audit.sentences', { sentences: [msg('audit.hazard.not-checked', notChecked), ...handoverInfo] }), reference, figures);
  }
  return makeCheck(
    id,
    'pass',
    msg('audit.sentences', { sentences: [msg('audit.hazard.passed', { hazardChecked, deadlinesChecked: deadlinesChecked > 0, ...notChecked }), ...handoverInfo] }),
    reference,
    figures,
  );
}
