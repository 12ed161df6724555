// A first guess at an imported layer's role: among the roles that accept its geometry, the one whose
// properties the most source fields map to (TenKCN → industrial zone name, MaLoaiDat → land-use code, …).
// A role only wins on evidence: a field that only that kind of data has. A name, a row number or a
// "số hiệu" fits every role, so a file with nothing else gets the geometry's fallback role.
import type { Feature } from 'geojson';
import { ALL_ROLES, ROLE_SPECS, type GeometryKind, type LayerRole } from '../../domain/model/layerRoles.ts';
import { foldFieldName, guessFieldMapping } from '../../domain/import/guessFieldMapping.ts';

// Unknown points become facilities, not transport: a planner's point file with only names and coordinates
// (survey marks, a list of places) is far more often a facility list than roads or stops, and a facility
// without a `kind` changes no score (the scoring criteria filter facilities by kind), so a wrong guess is
// harmless until the user picks the role. Unknown lines stay transport (most line data is roads).
const FALLBACK: Record<GeometryKind, LayerRole> = { polygon: 'candidate_site', line: 'transport', point: 'facility' };

/** Role properties every kind of data has: they say nothing about which role the file is. */
const GENERIC_PROPERTIES = new Set(['name', 'id', 'notes']);

/**
 * Folded field names that are identifiers of anything: mapped to a role property they are still not
 * evidence for it. Prefixes: STT = row number, số hiệu = designation ("Số hiệu mốc" = survey-mark number);
 * exact names: GIS row ids. (OSM `ref`, a road or stop number, stays evidence for transport.)
 */
const GENERIC_FIELD_PREFIXES = ['stt', 'sohieu'];
const GENERIC_FIELD_NAMES = new Set(['objectid', 'fid', 'gid', 'id']);

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
  // Roads, and the stations, ports and bus stops that transport points are.
  transport: ['tenduong', 'capduong', 'loaiduong', 'soduong', 'tenga', 'tencang', 'diemdung', 'tuyenxe', 'tuyenbuyt'],
  facility: ['tentruong', 'tencoso', 'loaicoso', 'loaitruong'],
  admin_unit: ['tenxa', 'tenhuyen', 'tentinh', 'madvhc'],
  urban_area: ['tendothi', 'loaidothi'],
  land_use_plan: ['tenqh', 'tenquyhoach'],
  housing_project: ['socanho', 'socan'],
};

const isGenericField = (folded: string) => GENERIC_FIELD_NAMES.has(folded) || GENERIC_FIELD_PREFIXES.some((p) => folded.startsWith(p));

/** `kind` overrides the geometry read from the features (a CSV is points even before its CRS is chosen). */
export function guessImportRole(features: Feature[], fieldNames: string[], kind: GeometryKind = dominantGeometryKind(features)): LayerRole {
  const folded = new Set(fieldNames.map(foldFieldName));
  let best: LayerRole = FALLBACK[kind];
  let bestScore = 0;
  for (const role of ALL_ROLES) {
    if (!ROLE_SPECS[role].geometry.includes(kind)) continue;
    const mapping = guessFieldMapping(fieldNames, role);
    const mapped = Object.keys(mapping).filter((k) => k !== 'notes');
    const hint = (ROLE_NAME_FIELDS[role] ?? []).some((f) => folded.has(f));
    const evidence = hint || mapped.some((k) => !GENERIC_PROPERTIES.has(k) && !isGenericField(foldFieldName(mapping[k])));
    if (!evidence) continue;
    // A mapped name counts less than a role-specific field (a land-use code, a workers count…): every role has a name.
    const score = (hint ? 3 : 0) + mapped.reduce((s, k) => s + (GENERIC_PROPERTIES.has(k) ? 0.5 : 1), 0);
    if (score > bestScore) {
      best = role;
      bestScore = score;
    }
  }
  return best;
}
