// The shape every check returns, the check titles, and the highlight features drawn on the map.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { msg, type Message } from '../../../i18n/message.ts';
import { renderBoth } from '../../../i18n/renderMessage.ts';
import { roundFigure } from '../formatFigures.ts';
import type { LegalReferenceKey } from '../rules.ts';
import type { CheckId, CheckOutcome, CheckResult, FigureValue, HighlightKind, HighlightProperties } from '../types.ts';

/** The checks in the order of issue 5 and of the compliance sheet (their titles are 'audit.check-title' in the catalogue). */
export const CHECK_NUMBERS: Record<CheckId, number> = {
  subject_to_rule: 1,
  required_reserve: 2,
  declared_area: 3,
  location: 4,
  land_use_code: 5,
  road_access: 6,
  not_shared: 7,
  hazard_and_schedule: 8,
  transition: 9,
};

/** The report carries its texts in both languages (the JSON the CLI writes, the panel): rendered here from the catalogue. */

export function makeCheck(
  id: CheckId,
  result: CheckOutcome,
  message: Message,
  reference: LegalReferenceKey,
  figures: Record<string, FigureValue>,
  geometry?: Feature<Geometry, HighlightProperties>[],
): CheckResult {
  const check: CheckResult = {
    id,
    number: CHECK_NUMBERS[id],
    title: renderBoth(msg('audit.check-title', { check: id })),
    result,
    message: renderBoth(message),
    reference: renderBoth(msg('audit.reference', { reference })),
    figures,
  };
  if (geometry && geometry.length > 0) check.geometry = geometry;
  return check;
}

/** A map highlight: the geometry, what it is, its area, and a label for the popup. */
export function highlight(
  kind: HighlightKind,
  geometry: Geometry,
  projectId: string,
  label: Message,
  checkId?: CheckId,
  extra: Record<string, unknown> = {},
): Feature<Geometry, HighlightProperties> {
  const properties: HighlightProperties = { kind, project_id: projectId, area_m2: roundFigure(geodesicAreaM2(geometry)), label: renderBoth(label), ...extra };
  if (checkId) properties.check_id = checkId;
  return { type: 'Feature', properties, geometry };
}

/** For projects outside the rule: the remaining checks do not apply. */
export function notApplicable(id: CheckId, reason: Message): CheckResult {
  return makeCheck(id, 'n/a', reason, 'law83', {});
}
