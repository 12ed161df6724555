// The shape every check returns, the check titles, and the highlight features drawn on the map.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import type { LocalText } from '../../model/layerRoles.ts';
import { roundFigure } from '../formatFigures.ts';
import { LEGAL_REFERENCES, type LegalReferenceKey } from '../rules.ts';
import type { CheckId, CheckOutcome, CheckResult, FigureValue, HighlightKind, HighlightProperties } from '../types.ts';

export const CHECK_TITLES: Record<CheckId, { number: number; title: LocalText }> = {
  subject_to_rule: { number: 1, title: { vi: 'Thuộc diện phải dành quỹ đất NOXH', en: 'Subject to the reserve rule' } },
  required_reserve: { number: 2, title: { vi: 'Diện tích phải dành so với diện tích đo đạc', en: 'Required vs measured reserve' } },
  declared_area: { number: 3, title: { vi: 'Diện tích kê khai so với đo đạc', en: 'Declared vs measured area' } },
  location: { number: 4, title: { vi: 'Vị trí quỹ đất (trong dự án / cùng đô thị)', en: 'Location (inside project / same urban area)' } },
  land_use_code: { number: 5, title: { vi: 'Loại đất theo quy hoạch là đất ở (ODT/ONT)', en: 'Planned land use is residential (ODT/ONT)' } },
  road_access: { number: 6, title: { vi: 'Kết nối giao thông', en: 'Road connection' } },
  not_shared: { number: 7, title: { vi: 'Không tính trùng với dự án khác', en: 'Not counted twice' } },
  hazard_and_schedule: { number: 8, title: { vi: 'Vùng ngập lụt và tiến độ bàn giao', en: 'Flood zone and hand-over schedule' } },
};

export function makeCheck(
  id: CheckId,
  result: CheckOutcome,
  message: LocalText,
  reference: LegalReferenceKey,
  figures: Record<string, FigureValue>,
  geometry?: Feature<Geometry, HighlightProperties>[],
): CheckResult {
  const check: CheckResult = {
    id,
    number: CHECK_TITLES[id].number,
    title: CHECK_TITLES[id].title,
    result,
    message,
    reference: LEGAL_REFERENCES[reference],
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
  label: LocalText,
  checkId?: CheckId,
  extra: Record<string, unknown> = {},
): Feature<Geometry, HighlightProperties> {
  const properties: HighlightProperties = { kind, project_id: projectId, area_m2: roundFigure(geodesicAreaM2(geometry)), label, ...extra };
  if (checkId) properties.check_id = checkId;
  return { type: 'Feature', properties, geometry };
}

/** For projects outside the rule: the remaining checks do not apply. */
export function notApplicable(id: CheckId, reason: LocalText): CheckResult {
  return makeCheck(id, 'n/a', reason, 'law83', {});
}
