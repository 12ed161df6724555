// A first guess at an imported layer's role: among the roles that accept its geometry, the one whose
// properties the most source fields map to (TenKCN → industrial zone name, MaLoaiDat → land-use code, …).
import type { Feature } from 'geojson';
import { ALL_ROLES, ROLE_SPECS, type GeometryKind, type LayerRole } from '../../domain/model/layerRoles.ts';
import { foldFieldName, guessFieldMapping } from '../../domain/import/guessFieldMapping.ts';

const FALLBACK: Record<GeometryKind, LayerRole> = { polygon: 'candidate_site', line: 'transport', point: 'facility' };

/** The geometry kind most features have ('polygon' when there are none). */
export function dominantGeometryKind(features: Feature[]): GeometryKind {
  const counts: Record<GeometryKind, number> = { polygon: 0, line: 0, point: 0 };
  for (const f of features) {
    const t = f.geometry?.type;
    if (t === 'Polygon' || t === 'MultiPolygon') counts.polygon++;
    else if (t === 'LineString' || t === 'MultiLineString') counts.line++;
    else if (t === 'Point' || t === 'MultiPoint') counts.point++;
  }
  return (Object.keys(counts) as GeometryKind[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), 'polygon');
}

/** Field names that say what the features are (TenKCN = "industrial park name"): a strong hint for the role. */
const ROLE_NAME_FIELDS: Partial<Record<LayerRole, string[]>> = {
  industrial_zone: ['tenkcn', 'tenccn', 'tenkkt', 'makcn', 'loaikcn'],
  transport: ['tenduong', 'capduong', 'loaiduong'],
  facility: ['tentruong', 'tencoso', 'loaicoso', 'loaitruong'],
  admin_unit: ['tenxa', 'tenhuyen', 'tentinh', 'madvhc'],
  urban_area: ['tendothi', 'loaidothi'],
  land_use_plan: ['tenqh', 'tenquyhoach'],
  housing_project: ['socanho', 'socan'],
};

/** `kind` overrides the geometry read from the features (a CSV is points even before its CRS is chosen). */
export function guessImportRole(features: Feature[], fieldNames: string[], kind: GeometryKind = dominantGeometryKind(features)): LayerRole {
  const folded = new Set(fieldNames.map(foldFieldName));
  let best: LayerRole = FALLBACK[kind];
  let bestScore = 0;
  for (const role of ALL_ROLES) {
    if (!ROLE_SPECS[role].geometry.includes(kind)) continue;
    const mapped = Object.keys(guessFieldMapping(fieldNames, role)).filter((k) => k !== 'notes');
    // A mapped name counts less than a role-specific field (a land-use code, a workers count…): every role has a name.
    const hint = (ROLE_NAME_FIELDS[role] ?? []).some((f) => folded.has(f)) ? 3 : 0;
    const score = hint + mapped.reduce((s, k) => s + (k === 'name' || k === 'id' ? 0.5 : 1), 0);
    if (score > bestScore) {
      best = role;
      bestScore = score;
    }
  }
  return best;
}
