// Check 5: the land-use plan code under the reserved land is residential (ODT/ONT). The parts under
// other codes (rice land LUC, transport DGT, …) are returned with their code and area; parts the plan
// layer does not cover are a warning (the plan may be incomplete).
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../geo/geodesicAreaM2.ts';
import { intersectPolygons } from '../../geo/intersectPolygons.ts';
import { isPolygonal, type PolygonalGeometry } from '../../geo/polygonalGeometry.ts';
import { subtractPolygons } from '../../geo/subtractPolygons.ts';
import { msg } from '../../../i18n/message.ts';
import { roundFigure } from '../formatFigures.ts';
import { readString } from '../readProperties.ts';
import type { ReservedLandRules } from '../rules.ts';
import type { AuditLayers, CheckResult, HighlightProperties, ProjectContext } from '../types.ts';
import { highlight, makeCheck } from './checkResult.ts';

const id = 'land_use_code';

export function checkLandUseCode(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): CheckResult {
  if (ctx.obligation === 'payment') {
    return makeCheck(id, 'n/a', msg('audit.land-use.payment'), 'decree261Art19', {});
  }
  const reserve = ctx.reservedUnion;
  if (!reserve) return makeCheck(id, 'n/a', msg('audit.no-parcel'), 'landUseCodes', {});
  if (!layers.landUse) {
    return makeCheck(
      id,
      'warning',
      msg('audit.land-use.no-layer'),
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
        highlight('non_residential', part, ctx.id, msg('audit.highlight.non-residential', { code }), id, {
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
  const byArea = [...byCode].sort((a, b) => b[1] - a[1]).map(([code, areaM2]) => ({ code, areaM2 }));
  const figures = {
    residential_codes: rules.residentialCodes.join(', '),
    residential_m2: roundFigure(residentialM2),
    non_residential_m2: roundFigure(nonResidentialM2),
    not_in_plan_m2: roundFigure(uncoveredM2),
    codes: codes || null,
  };
  if (nonResidentialParts.length > 0) {
    const parts = nonResidentialParts.map((p) => ({ code: String(p.properties.landuse_code), areaM2: p.properties.area_m2 }));
    return makeCheck(
      id,
      'fail',
      msg('audit.land-use.non-residential', { nonResidentialM2, parts, residentialCodes: figures.residential_codes }),
      'landUseCodes',
      figures,
      nonResidentialParts,
    );
  }
  if (uncoveredM2 > rules.sliverToleranceM2 && uncovered) {
    return makeCheck(
      id,
      'warning',
      msg('audit.land-use.not-in-plan', { uncoveredM2 }),
      'landUseCodes',
      figures,
      [highlight('not_in_plan', uncovered, ctx.id, msg('audit.highlight.not-in-plan'), id)],
    );
  }
  return makeCheck(
    id,
    'pass',
    msg('audit.land-use.residential', { codes: byArea }),
    'landUseCodes',
    figures,
  );
}
