// A scenario as SQL for PostGIS (and Citus): the same measures, transforms, weights, constraints and ranking
// as the engine (src/domain/scoring), run where the data lives when one machine is not enough.
//
// Input tables (WGS84, EPSG:4326; see docs/POSTGIS.md for loading them with ogr2ogr):
//   noxh_parcels  (fid bigint PRIMARY KEY — the input order, which breaks score ties as in the engine —,
//                  props jsonb, geom geometry)
//   noxh_features (fid bigint — the order within the layers —, layer_id text, role text, props jsonb, geom geometry)
// Output: the table noxh_scores (fid, one column per measure, excluded_by, warned_by, excluded, score, rank).
//
// Distances and areas are measured as the engine measures them: lon/lat stretched by the WGS84 scale factors
// (localScaleM) at the parcel's latitude, a distance re-scaled at the nearest pair's mid-latitude. Overlap shares are ratios of planar areas in degrees, which the engine's affine frame leaves unchanged.
// Measures along the road network (road metres, travel minutes, jobs within reach) have no exact SQL form here:
// they are refused with a UserError naming the criterion.
import { msg } from '../../i18n/message.ts';
import { UserError } from '../model/userError.ts';
import { effectiveWeights } from '../scoring/effectiveWeights.ts';
import { INVALID_GEOMETRY_REASON } from '../scoring/explainParcel.ts';
import { isNetworkDistance, isWarning, measureKey, type AttributeFilter, type Constraint, type ConstraintTest, type MeasureSpec, type Scenario, type Transform } from '../scoring/scenario.ts';

/** A SQL string literal ('' doubled; standard_conforming_strings is on since PostgreSQL 9.1). */
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A float8 literal the way PostgreSQL reads JavaScript's shortest round-trip form (Infinity included). */
function num(x: number): string {
  if (Number.isNaN(x)) return `'NaN'::float8`;
  if (!Number.isFinite(x)) return x > 0 ? `'Infinity'::float8` : `'-Infinity'::float8`;
  return `${x}::float8`;
}

/** A property of a features or parcels row as text, as JavaScript's String(value) would give it. */
const propText = (row: string, property: string) => `${row}.props->>${lit(property)}`;

/** String(raw) for values that may be absent or null (JavaScript gives 'undefined' or 'null'). */
const propTextOrAbsent = (row: string, property: string) =>
  `coalesce(${propText(row, property)}, CASE WHEN ${row}.props ? ${lit(property)} THEN 'null' ELSE 'undefined' END)`;

/** Number(raw) for a finite number, a numeric string or a boolean; NULL otherwise (passesFilter's rule). */
function propNumber(row: string, property: string): string {
  const v = `${row}.props->${lit(property)}`;
  const t = `${row}.props->>${lit(property)}`;
  return `(CASE jsonb_typeof(${v}) WHEN 'number' THEN (${t})::float8 WHEN 'boolean' THEN (CASE WHEN ${t} = 'true' THEN 1 ELSE 0 END)::float8 ` +
    `WHEN 'string' THEN (CASE WHEN ${t} ~ '^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$' THEN (${t})::float8 END) END)`;
}

/** passesFilter (buildFeatureSet.ts) as a SQL condition on the features row `f`. */
function filterSql(filter: AttributeFilter | undefined, row = 'f'): string {
  if (!filter) return 'true';
  const values = filter.values.map((v) => lit(String(v)));
  switch (filter.op) {
    case 'in':
      return `${propText(row, filter.property)} IN (${values.join(', ')})`;
    case 'not_in':
      return `${propTextOrAbsent(row, filter.property)} NOT IN (${values.join(', ')})`;
    case 'eq':
      return `${propText(row, filter.property)} = ${values[0]}`;
    case 'ne':
      return `${propTextOrAbsent(row, filter.property)} <> ${values[0]}`;
    default: {
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[filter.op];
      return `coalesce(${propNumber(row, filter.property)} ${op} ${num(Number(filter.values[0]))}, false)`;
    }
  }
}

/** The features a measure reads: its layer, or every layer of its role, passing its filter. */
function sourceSql(spec: MeasureSpec, row = 'f'): string {
  const s = spec.source ?? {};
  const layer = s.layerId ? `${row}.layer_id = ${lit(s.layerId)}` : `${row}.role = ${lit(s.role ?? '')}`;
  return `${layer} AND ${filterSql(s.filter, row)}`;
}

// localScaleM (geo/localScaleM.ts) in SQL: metres per degree of longitude and latitude at a latitude (WGS84).
const WGS84_A_M = 6378137;
const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const M_PER_RAD = (WGS84_A_M * Math.PI) / 180;
const kxSql = (lat: string) => `(${M_PER_RAD} * cos(radians(${lat})) / sqrt(1 - ${E2} * power(sin(radians(${lat})), 2)))`;
const kySql = (lat: string) => `(${M_PER_RAD * (1 - E2)} / power(1 - ${E2} * power(sin(radians(${lat})), 2), 1.5))`;

/**
 * The engine's distance from parcel p to feature geometry `g` (measureNearestDistanceM.ts): 0 when they meet; else the
 * nearest pair found with lon/lat stretched by the parcel's scale factors (fr.kx, fr.ky: straight lines stay straight,
 * as in the engine's cell frame), then measured at the pair's own mid-latitude.
 */
function distanceSql(g: string): string {
  return [
    `CASE WHEN ST_Intersects(${g}, p.geom) THEN 0::float8 ELSE (`,
    `  SELECT sqrt(power(e.dx * ${kxSql('e.ym')}, 2) + power(e.dy * ${kySql('e.ym')}, 2))`,
    `  FROM (SELECT ST_Scale(ST_ShortestLine(ST_Scale(p.geom, fr.kx, fr.ky), ST_Scale(${g}, fr.kx, fr.ky)), 1 / fr.kx, 1 / fr.ky) AS l) s,`,
    `    LATERAL (SELECT ST_X(ST_EndPoint(s.l)) - ST_X(ST_StartPoint(s.l)) AS dx, ST_Y(ST_EndPoint(s.l)) - ST_Y(ST_StartPoint(s.l)) AS dy,`,
    `      (ST_Y(ST_StartPoint(s.l)) + ST_Y(ST_EndPoint(s.l))) / 2 AS ym) e) END`,
  ].join('\n');
}

/** The parcel's frame, once per parcel: its bbox mid-latitude and the scale factors there. */
const FRAME_LATERAL = `CROSS JOIN LATERAL (SELECT l.lat, ${kxSql('l.lat')} AS kx, ${kySql('l.lat')} AS ky FROM (SELECT (ST_YMin(p.geom) + ST_YMax(p.geom)) / 2 AS lat) l) AS fr`;

const PARCEL_VALID = `(p.geom IS NOT NULL AND NOT ST_IsEmpty(p.geom) AND GeometryType(p.geom) IN ('POLYGON', 'MULTIPOLYGON'))`;

/**
 * One measure as a LATERAL subquery giving `v` for the parcel row `p` (pushdown-safe on Citus: it reads only
 * the parcel's row and the reference table noxh_features).
 */
function measureLateral(spec: MeasureSpec): string {
  const src = sourceSql(spec);
  switch (spec.kind) {
    case 'area':
      // measureAreaM2.ts: the area in degrees² × the scale factors at the parcel's bbox mid-latitude.
      return `SELECT ST_Area(p.geom) * fr.kx * fr.ky AS v`;
    case 'distance_to_nearest':
      // The nearest feature in degrees (index-assisted KNN) gives a bound D0; every feature whose box lies within
      // D0 (+2 % for the change of scale) of the parcel's box is measured, and the least distance kept.
      return [
        `SELECT coalesce(min(${distanceSql('f.geom').replace(/\n/g, '\n  ')}), 'Infinity'::float8) AS v`,
        `  FROM (SELECT (SELECT ${distanceSql('k.geom').replace(/\n/g, '\n      ')}`,
        `      FROM (SELECT n.geom FROM noxh_features n WHERE ${sourceSql(spec, 'n')} ORDER BY n.geom <-> p.geom LIMIT 1) k) AS d0) b`,
        `  JOIN noxh_features f ON ${src} AND f.geom && ST_Expand(p.geom, b.d0 * 1.02 / fr.kx + 1e-7, b.d0 * 1.02 / fr.ky + 1e-7)`,
      ].join('\n');
    case 'count_within_radius': {
      const r = num(spec.radiusM ?? 500);
      return [
        `SELECT count(*)::float8 AS v`,
        `  FROM noxh_features f, LATERAL ST_Dump(ST_CollectionExtract(f.geom, 1)) d`,
        `  WHERE ${src} AND f.geom && ST_Expand(p.geom, ${r} * 1.01 / fr.kx, ${r} * 1.01 / fr.ky)`,
        `    AND ST_DWithin(ST_Scale(d.geom, fr.kx, fr.ky), ST_Scale(p.geom, fr.kx, fr.ky), ${r})`,
      ].join('\n');
    }
    case 'inside_polygon':
      // The representative point (parcelRepresentativePoint.ts): the mean of the first ring's vertices when it lies
      // in the parcel, otherwise the ring's first vertex once the ring runs counter-clockwise (as packParcels stores it).
      return [
        `SELECT CASE WHEN EXISTS (SELECT 1 FROM noxh_features f, LATERAL ST_Dump(ST_CollectionExtract(f.geom, 3)) d`,
        `    WHERE ${src} AND f.geom && rp.pt AND ST_Intersects(d.geom, rp.pt)) THEN 1 ELSE 0 END::float8 AS v`,
        `  FROM (SELECT CASE WHEN ST_Intersects(c.centre, p.geom) THEN c.centre`,
        `      WHEN ST_IsPolygonCCW(ST_MakePolygon(c.ring)) THEN ST_PointN(c.ring, 1) ELSE ST_PointN(c.ring, c.n) END AS pt`,
        `    FROM (SELECT r.ring, r.n, (SELECT ST_SetSRID(ST_MakePoint(avg(ST_X(d.geom)), avg(ST_Y(d.geom))), 4326)`,
        `        FROM ST_DumpPoints(r.ring) d WHERE d.path[1] <= r.n) AS centre`,
        `      FROM (SELECT e.ring, ST_NPoints(e.ring) - 1 AS n FROM (SELECT ST_ExteriorRing(ST_GeometryN(p.geom, 1)) AS ring) e) r) c) rp`,
      ].join('\n');
    case 'overlap_share':
      // Planar areas in degrees: a ratio the engine's affine metric frame leaves unchanged; round-off clamped as there.
      return [
        `SELECT CASE WHEN s.share < 1e-9 THEN 0 WHEN s.share > 1 - 1e-9 THEN 1 ELSE s.share END AS v`,
        `  FROM (SELECT coalesce(CASE WHEN ST_Area(p.geom) > 0 THEN ST_Area(ST_Intersection(p.geom, u.geom)) / ST_Area(p.geom) END, 0) AS share`,
        `    FROM (SELECT ST_Union(ST_CollectionExtract(f.geom, 3)) AS geom FROM noxh_features f`,
        `      WHERE ${src} AND f.geom && p.geom AND ST_Intersects(f.geom, p.geom)) u) s`,
      ].join('\n');
    case 'attribute': {
      const property = spec.property ?? 'landuse_code';
      // The parcel's own code when it has one, else the code of the source polygon (one part of a multipolygon)
      // covering most of it; ties go to the first feature.
      return [
        `SELECT coalesce(nullif(${propText('p', property)}, ''), (`,
        `  SELECT f.props->>${lit(property)} FROM noxh_features f, LATERAL ST_Dump(ST_CollectionExtract(f.geom, 3)) d`,
        `  WHERE ${src} AND f.geom && p.geom AND ST_Intersects(d.geom, p.geom) AND ST_Area(ST_Intersection(d.geom, p.geom)) > 0`,
        `  ORDER BY ST_Area(ST_Intersection(d.geom, p.geom)) DESC, f.fid, d.path LIMIT 1)) AS v`,
      ].join('\n');
    }
    case 'jobs_within_reach':
    case 'jobs_gravity':
      throw new Error('unreachable: refused by refuseInexact');
  }
}

/** transformInto (applyTransform.ts) as a SQL expression of the raw value `v` (NULL for the engine's NaN). */
function transformSql(t: Transform, v: string): string {
  switch (t.type) {
    case 'linear':
      if (t.from === t.to) return `(CASE WHEN ${v} >= ${num(t.to)} THEN 1 ELSE 0 END)::float8`;
      return `(CASE WHEN ${v} IS NULL THEN NULL ELSE least(1::float8, greatest(0::float8, (${v} - ${num(t.from)}) * ${num(1 / (t.to - t.from))})) END)`;
    case 'stepped': {
      if (t.classes.length === 0) return 'NULL::float8';
      const last = t.classes[t.classes.length - 1].value01;
      const whens = t.classes.slice(0, -1).map((c) => `WHEN ${v} <= ${num(c.upTo)} THEN ${num(c.value01)}`);
      return `(CASE WHEN ${v} IS NULL THEN NULL ${whens.join(' ')} ELSE ${num(last)} END)`;
    }
    case 'target_band': {
      const d = `(CASE WHEN ${v} < ${num(t.min)} THEN ${num(t.min)} - ${v} ELSE ${v} - ${num(t.max)} END)`;
      const inv = t.sigma > 0 ? 1 / (2 * t.sigma * t.sigma) : Infinity;
      // exp() of a large negative number is an underflow error in PostgreSQL, 0 in JavaScript.
      const far = inv === Infinity ? '0::float8' : `(CASE WHEN ${d} * ${d} * ${num(inv)} > 700 THEN 0 ELSE exp(-${d} * ${d} * ${num(inv)}) END)`;
      return `(CASE WHEN ${v} IS NULL THEN NULL WHEN ${v} >= ${num(t.min)} AND ${v} <= ${num(t.max)} THEN 1::float8 ELSE ${far} END)`;
    }
    case 'categorical': {
      const whens = Object.entries(t.values).filter(([, x]) => typeof x === 'number').map(([code, x]) => `WHEN ${lit(code)} THEN ${num(x)}`);
      return whens.length ? `(CASE ${v} ${whens.join(' ')} ELSE ${num(t.otherValue01)} END)` : num(t.otherValue01);
    }
  }
}

/** A constraint's (or an exception condition's) test as a condition that is false, never NULL, for a missing value. */
function testSql(test: ConstraintTest, v: string): string {
  if (test.op === 'in') return test.values.length ? `coalesce(${v} IN (${test.values.map(lit).join(', ')}), false)` : 'false';
  const op = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[test.op];
  return `coalesce(${v} ${op} ${num(test.value)}, false)`;
}

/** Why a criterion or constraint cannot be written as exact SQL, or null. */
function refusal(spec: MeasureSpec): 'network' | null {
  return isNetworkDistance(spec) || spec.kind === 'jobs_within_reach' || spec.kind === 'jobs_gravity' ? 'network' : null;
}

function refuseInexact(scenario: Scenario, enabled: Constraint[]) {
  const uses = [
    ...scenario.criteria.map((c) => ({ id: c.id, spec: c.measure, test: null as ConstraintTest | null })),
    ...enabled.flatMap((c) => [{ id: c.id, spec: c.measure, test: c.test }, ...(c.unless ?? []).map((u) => ({ id: c.id, spec: u.measure, test: u.test }))]),
  ];
  for (const u of uses) {
    if (refusal(u.spec)) throw new UserError(msg('sql.network-measure', { id: u.id }));
    // A numeric test on a land-use code would compare the engine's category numbers, which depend on the data's order.
    if (u.test && (u.spec.kind === 'attribute') !== (u.test.op === 'in')) throw new UserError(msg('sql.test-mismatch', { id: u.id }));
  }
}

/** A column name from an id (letters, digits, _), unique among `taken`. */
function columnName(id: string, taken: Set<string>): string {
  const base = `m_${id.toLowerCase().normalize('NFD').replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 50) || 'measure'}`;
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}

/** A measure's column in noxh_scores. */
export interface SqlMeasureColumn {
  name: string;
  /** The engine's measureKey: the column holds what the engine measures under this key. */
  key: string;
  spec: MeasureSpec;
  isCode: boolean;
}

/** One column per distinct measure (the engine's measureKey), named after the first criterion or constraint using it. */
export function sqlMeasureColumns(scenario: Scenario): Map<string, SqlMeasureColumn> {
  const columns = new Map<string, SqlMeasureColumn>();
  const taken = new Set<string>();
  const addMeasure = (spec: MeasureSpec, id: string) => {
    const key = measureKey(spec);
    if (!columns.has(key)) columns.set(key, { name: columnName(id, taken), key, spec, isCode: spec.kind === 'attribute' });
  };
  scenario.criteria.forEach((c) => addMeasure(c.measure, c.id));
  scenario.constraints.filter((c) => c.enabled !== false).forEach((c) => {
    addMeasure(c.measure, c.id);
    (c.unless ?? []).forEach((u, k) => addMeasure(u.measure, `${c.id}_unless_${k + 1}`));
  });
  return columns;
}

/** The scenario as one SQL script for psql (PostgreSQL ≥ 12 with PostGIS ≥ 3; Citus when installed). */
export function writeScenarioSql(scenario: Scenario): string {
  const enabled = scenario.constraints.filter((c) => c.enabled !== false);
  refuseInexact(scenario, enabled);
  const columns = sqlMeasureColumns(scenario);
  const col = (spec: MeasureSpec) => columns.get(measureKey(spec))!.name;

  const weights = effectiveWeights(scenario);
  const terms = scenario.criteria
    .map((c, i) => ({ c, w: weights[i] }))
    .filter(({ w }) => w !== 0)
    .map(({ c, w }) => `${num(100 * w)} * ${transformSql(c.transform, col(c.measure))}  -- ${c.id}`);

  const flag = (c: Constraint) => {
    const broken = testSql(c.test, col(c.measure));
    if (!c.unless?.length) return broken;
    const exempt = c.unless.map((u) => testSql(u.test, col(u.measure))).join(' AND ');
    return `${broken} AND NOT (${exempt})`;
  };
  const exclusions = enabled.filter((c) => !isWarning(c));
  const warnings = enabled.filter(isWarning);
  const excludedBy = [
    `CASE WHEN NOT valid THEN 'invalid_geometry'`,
    ...exclusions.map((c) => `  WHEN ${flag(c)} THEN ${lit(c.id)}`),
    `END`,
  ].join('\n');
  const reasons = [
    `CASE excluded_by WHEN 'invalid_geometry' THEN ${lit(`${INVALID_GEOMETRY_REASON.vi} / ${INVALID_GEOMETRY_REASON.en}`)}`,
    ...exclusions.map((c) => `  WHEN ${lit(c.id)} THEN ${lit(`${c.reason.vi} / ${c.reason.en}`)}`),
    `END`,
  ].join('\n');
  const warnedBy = warnings.length ? ['CASE', ...warnings.map((c) => `  WHEN ${flag(c)} THEN ${lit(c.id)}`), 'END'].join('\n') : 'NULL';

  const measureCols = [...columns.values()];
  const header = [
    `-- NOXH Atlas: scenario "${scenario.label.vi} / ${scenario.label.en}" (${scenario.id}) for PostGIS.`,
    `-- Written by \`npm run noxh -- score … --sql\`; the engine's measures, transforms, weights, constraints and ranking.`,
    `-- Reads noxh_parcels (fid, props jsonb, geom) and noxh_features (fid, layer_id, role, props jsonb, geom), WGS84;`,
    `-- writes noxh_scores. Run: psql -v ON_ERROR_STOP=1 -f this.sql. Loading and Citus: docs/POSTGIS.md.`,
    `-- Measures (column: first criterion or constraint using it):`,
    ...measureCols.map((m) => `--   ${m.name}: ${m.spec.kind}${m.spec.source ? ` of ${m.spec.source.layerId ?? m.spec.source.role}` : ''}${m.spec.source?.filter ? ` where ${m.spec.source.filter.property} ${m.spec.source.filter.op} ${m.spec.source.filter.values.join(', ')}` : ''}`),
    `-- Effective weights: ${scenario.criteria.map((c, i) => `${c.id} ${weights[i].toFixed(4)}`).join(', ')}`,
  ];
  const lateral = measureCols.map((m, k) => `LEFT JOIN LATERAL (\n${indent(measureLateral(m.spec), 2)}\n) AS x${k} ON ${PARCEL_VALID}`);
  return [
    ...header,
    `\\set ON_ERROR_STOP on`,
    `SET client_min_messages = warning;`,
    `-- The measures' cost estimates are high enough to trigger JIT compilation, which costs more than it saves here.`,
    `SET jit = off;`,
    `CREATE EXTENSION IF NOT EXISTS postgis;`,
    `-- The spatial index every measure uses.`,
    `CREATE INDEX IF NOT EXISTS noxh_features_geom_idx ON noxh_features USING gist (geom);`,
    `ANALYZE noxh_features;`,
    `DROP TABLE IF EXISTS noxh_scores;`,
    `CREATE TABLE noxh_scores (`,
    `  fid bigint PRIMARY KEY,`,
    `  valid boolean NOT NULL,`,
    ...measureCols.map((m) => `  ${m.name} ${m.isCode ? 'text' : 'double precision'},`),
    `  excluded_by text,`,
    `  warned_by text,`,
    `  excluded text,`,
    `  score double precision,`,
    `  rank bigint`,
    `);`,
    `-- Citus: noxh_parcels distributed by fid and noxh_features a reference table → the scores sit beside their`,
    `-- parcels, and steps 1 and 2 run on every shard in parallel (pushdown); step 3 ranks on the coordinator.`,
    `DO $$ BEGIN`,
    `  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') AND EXISTS (`,
    `    SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace`,
    `    WHERE c.relname = 'pg_dist_partition' AND s.nspname = 'pg_catalog') THEN`,
    `    EXECUTE 'SELECT create_distributed_table(''noxh_scores'', ''fid'', colocate_with => ''noxh_parcels'')';`,
    `  END IF;`,
    `END $$;`,
    `-- 1. Measures, one LATERAL subquery each (per parcel: pushdown-safe).`,
    `INSERT INTO noxh_scores (fid, valid, ${measureCols.map((m) => m.name).join(', ')})`,
    `SELECT p.fid, ${PARCEL_VALID}, ${measureCols.map((_, k) => `x${k}.v`).join(', ')}`,
    `FROM noxh_parcels p`,
    FRAME_LATERAL,
    ...lateral,
    `;`,
    `-- 2. Constraints (the first enabled one in order excludes; warnings keep the score) and the weighted sum (per row).`,
    `UPDATE noxh_scores SET`,
    `  excluded_by = ${indent(excludedBy, 2).trimStart()},`,
    `  warned_by = ${indent(warnedBy, 2).trimStart()};`,
    `UPDATE noxh_scores SET`,
    `  excluded = ${indent(reasons, 2).trimStart()},`,
    `  score = CASE WHEN excluded_by IS NULL THEN ${terms.length ? `(\n    ${terms.join('\n    + ')}\n  )` : '0::float8'} END;`,
    `-- 3. Rank 1 = best; the engine's order: score to 1e-6, then input order (fid). Runs over (fid, score) only.`,
    `UPDATE noxh_scores s SET rank = r.rank`,
    `FROM (SELECT fid, row_number() OVER (ORDER BY floor((100 - least(100, greatest(0, score))) * 1e6 + 0.5), fid) AS rank`,
    `  FROM noxh_scores WHERE score IS NOT NULL) r`,
    `WHERE s.fid = r.fid;`,
    ``,
  ].join('\n');
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text.split('\n').map((l) => pad + l).join('\n');
}
