// Check 5: the land-use plan code under the reserved land is residential (ODT/ONT). The parts under
// other codes (rice land LUC, transport DGT, …) are returned with their code and area; parts the plan
// layer does not cover are a warning (the plan may be incomplete).
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal, type PolygonalGeometry } from '../../geo/polygonalGeometry.ts';
import { subtractPolygons } from '../../geo/subtractPolygons.ts';
import { formatM2, roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, HighlightProperties, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'land_use_code';

export function checkLandUseCode(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', { vi: 'Nộp tiền thay quỹ đất: không xét loại đất.', en: 'Payment instead of land: land use does not apply.' }, 'decree261Art19', {});
  }
  const reserve = ctx.reservedUnion;
  if (!reserve) return makeCheck(id, 'n/a', { vi: 'Không có thửa quỹ đất.', en: 'No reserved parcel.' }, 'landUseCodes', {});
  if (!layers.landUse) {
    return makeCheck(
      id,
      'warning',
      {
        vi: 'Thiếu lớp quy hoạch sử dụng đất (land_use_plan): chưa kiểm tra được quỹ đất có là đất ở (ODT/ONT) hay không. Hãy bổ sung lớp quy hoạch.',
        en: 'No land-use plan layer (land_use_plan): cannot check the reserve is residential land (ODT/ONT). Add the plan layer.',
      },
      'landUseCodes',
      { residential_codes: rules.residentialCodes.join(', ') },
    );
  }
  const residential = new Set(rules.residentialCodes.map((c) => c.toUpperCase()));
  const byCode = new Map<string, number>();
  const covering: PolygonalGeometry[] = [];
  const nonResidentialParts: Feature<Geometry, HighlightProperties>[] = [];
  layers.landUse.features.forEach((f, i) => {
    if (!isPolygonal(f.geometry)) return;
    const part = intersectPolygons(reserve, f.geometry);
    const areaM2 = geodesicAreaM2(part);
    if (!part || areaM2 <= 0) return;
    covering.push(f.geometry);
    const code = (readString((f.properties ?? {}) as Record<string, unknown>, 'landuse_code') ?? '?').toUpperCase();
    byCode.set(code, (byCode.get(code) ?? 0) + areaM2);
    if (!residential.has(code) && areaM2 > rules.sliverToleranceM2) {
      nonResidentialParts.push(
        highlight('non_residential', part, ctx.id, { vi: `Đất ${code} (không phải đất ở)`, en: `${code} land (not residential)` }, id, {
          landuse_code: code,
          plan_feature_index: i,
        }),
      );
    }
  });
  const uncovered = subtractPolygons(reserve, covering);
  const uncoveredM2 = geodesicAreaM2(uncovered);
  const nonResidentialM2 = [...byCode].filter(([c]) => !residential.has(c)).reduce((s, [, a]) => s + a, 0);
  const residentialM2 = [...byCode].filter(([c]) => residential.has(c)).reduce((s, [, a]) => s + a, 0);
  const codes = [...byCode].sort((a, b) => b[1] - a[1]).map(([c, a]) => `${c}: ${roundFigure(a, 1)} m²`).join('; ');
  const codeList = (l: 'vi' | 'en') => [...byCode].sort((a, b) => b[1] - a[1]).map(([c, a]) => `${c}: ${formatM2(a)[l]}`).join('; ');
  const figures = {
    residential_codes: rules.residentialCodes.join(', '),
    residential_m2: roundFigure(residentialM2),
    non_residential_m2: roundFigure(nonResidentialM2),
    not_in_plan_m2: roundFigure(uncoveredM2),
    codes: codes || null,
  };
  if (nonResidentialParts.length > 0) {
    const list = (l: 'vi' | 'en') => nonResidentialParts.map((p) => `${String(p.properties.landuse_code)} ${formatM2(p.properties.area_m2)[l]}`).join(', ');
    return makeCheck(
      id,
      'fail',
      {
        vi: `${formatM2(nonResidentialM2).vi} quỹ đất NOXH không phải đất ở theo quy hoạch (${list('vi')}); quỹ đất phải là đất ở (${figures.residential_codes}).`,
        en: `${formatM2(nonResidentialM2).en} of the reserved land is not residential in the plan (${list('en')}); it must be residential land (${figures.residential_codes}).`,
      },
      'landUseCodes',
      figures,
      nonResidentialParts,
    );
  }
  if (uncoveredM2 > rules.sliverToleranceM2 && uncovered) {
    return makeCheck(
      id,
      'warning',
      {
        vi: `${formatM2(uncoveredM2).vi} quỹ đất NOXH nằm ngoài lớp quy hoạch sử dụng đất: chưa xác định được loại đất.`,
        en: `${formatM2(uncoveredM2).en} of the reserved land is not covered by the land-use plan layer: its land use is unknown.`,
      },
      'landUseCodes',
      figures,
      [highlight('not_in_plan', uncovered, ctx.id, { vi: 'Chưa có trong quy hoạch', en: 'Not covered by the plan' }, id)],
    );
  }
  return makeCheck(
    id,
    'pass',
    { vi: `Quỹ đất NOXH là đất ở theo quy hoạch (${codeList('vi')}).`, en: `The reserved land is residential in the plan (${codeList('en')}).` },
    'landUseCodes',
    figures,
  );
}
