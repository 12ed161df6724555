// Recognises the coordinate system in a Shapefile .prj (ESRI WKT, OGC WKT1 or WKT2).
// VN-2000 files come with many names ("VN_2000_TM_3_zone_108", "VN-2000 / TM-3 108-00",
// "VN2000_KT108_mui3", …), so we match by PARAMETERS and DATUM, never by the name alone.
import proj4 from 'proj4';
import type { CrsDefinition } from './crsDefinition.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { findAllWktNodes, findWktNode, parseWkt, type WktNode } from './parseWkt.ts';
import { VN2000_TOWGS84_PARAMS, createVn2000Tm3Crs, createVn2000UtmCrs } from './vn2000Zones.ts';
import { VN2000_GEOGRAPHIC_CRS, WGS84_CRS, createWgs84UtmCrs } from './wellKnownCrs.ts';

const WGS84_A = 6378137;
const WGS84_RF = 298.257223563;

type Datum = 'vn2000' | 'wgs84' | 'other';

interface PrjFacts {
  name: string;
  projected: boolean;
  datum: Datum;
  ellipsoidIsWgs84: boolean;
  towgs84?: number[];
  method?: string;
  params: Map<string, number>;
  /** Linear unit in metres (1 for metre). */
  unitM: number;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The CRS a .prj describes, or null when the text is not WKT proj4 can read.
 * VN-2000 always gets the official datum shift (docs/DOMAIN.md §4), whatever TOWGS84 the file carries
 * (many files carry EPSG's coordinate-frame signs, 1–2 m off); a note says when one was replaced.
 */
export function parsePrj(wkt: string): CrsDefinition | null {
  const text = wkt.replace(/^\uFEFF/, '').trim();
  const tree = parseWkt(text);
  if (!tree) return null;
  const facts = readFacts(tree);
  if (facts) {
    const known = matchKnown(facts);
    if (known) return known;
  }
  return customFromWkt(text, tree, facts);
}

function readFacts(root: WktNode): PrjFacts | null {
  let node = root;
  if (node.keyword === 'COMPD_CS' || node.keyword === 'COMPOUNDCRS') {
    const inner = node.children.find((c) => /^(PROJCS|PROJCRS|PROJECTEDCRS|GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)$/.test(c.keyword));
    if (!inner) return null;
    node = inner;
  }
  const projected = /^(PROJCS|PROJCRS|PROJECTEDCRS)$/.test(node.keyword);
  const geographic = /^(GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)$/.test(node.keyword);
  if (!projected && !geographic) return null;

  const name = String(node.values[0] ?? '');
  const datumNode = findWktNode(node, 'DATUM', 'GEODETICDATUM', 'TRF');
  const geogNode = projected ? findWktNode(node, 'GEOGCS', 'BASEGEOGCRS', 'BASEGEODCRS', 'GEOGCRS') : node;
  const spheroid = findWktNode(node, 'SPHEROID', 'ELLIPSOID');
  const towgsNode = findWktNode(node, 'TOWGS84');
  const towgs84 = towgsNode?.values.filter((v): v is number => typeof v === 'number');

  const a = Number(spheroid?.values[1]);
  const rf = Number(spheroid?.values[2]);
  const ellipsoidIsWgs84 = Math.abs(a - WGS84_A) < 0.01 && Math.abs(rf - WGS84_RF) < 1e-6;

  const names = [String(datumNode?.values[0] ?? ''), String(geogNode?.values[0] ?? ''), name].map(norm);
  let datum: Datum = 'other';
  if (names.some((n) => /vn2000|vietnam2000|vn2k/.test(n))) datum = 'vn2000';
  else if (towgs84 && towgs84.length >= 3 && Math.abs(towgs84[0] - VN2000_TOWGS84_PARAMS[0]) < 5 && Math.abs(towgs84[2] - VN2000_TOWGS84_PARAMS[2]) < 5)
    datum = 'vn2000';
  else if (names.slice(0, 2).some((n) => /wgs(19)?84|worldgeodeticsystem1984/.test(n))) datum = 'wgs84';

  let method: string | undefined;
  const params = new Map<string, number>();
  let unitM = 1;
  if (projected) {
    const proj = findWktNode(node, 'PROJECTION', 'METHOD');
    method = proj ? norm(String(proj.values[0] ?? '')) : undefined;
    for (const param of findAllWktNodes(node, 'PARAMETER')) {
      const value = param.values[1];
      if (typeof value === 'number') params.set(norm(String(param.values[0])), value);
    }
    // WKT1: the PROJCS's own UNIT (a direct child); WKT2: a LENGTHUNIT.
    const unit = node.children.find((c) => c.keyword === 'UNIT') ?? findWktNode(node, 'LENGTHUNIT');
    if (unit && typeof unit.values[1] === 'number') unitM = unit.values[1];
  }
  return { name, projected, datum, ellipsoidIsWgs84, towgs84, method, params, unitM };
}

function param(facts: PrjFacts, ...keys: string[]): number | undefined {
  for (const key of keys) {
    const v = facts.params.get(key);
    if (v !== undefined) return v;
  }
  return undefined;
}

const near = (a: number | undefined, b: number, tol: number) => a !== undefined && Math.abs(a - b) <= tol;

function matchKnown(facts: PrjFacts): CrsDefinition | null {
  if (!facts.projected) {
    if (facts.datum === 'vn2000' && facts.ellipsoidIsWgs84) return withShiftNote(VN2000_GEOGRAPHIC_CRS, facts);
    if (facts.datum === 'wgs84') return WGS84_CRS;
    return null;
  }
  const isTm = facts.method !== undefined && /transversemercator|gausskruger|tmerc/.test(facts.method);
  if (!isTm || !facts.ellipsoidIsWgs84 || Math.abs(facts.unitM - 1) > 1e-9) return null;
  const lon0 = param(facts, 'centralmeridian', 'longitudeofnaturalorigin', 'longitudeoforigin', 'longitudeofcenter');
  const k = param(facts, 'scalefactor', 'scalefactoratnaturalorigin');
  const fe = param(facts, 'falseeasting');
  const fn = param(facts, 'falsenorthing') ?? 0;
  const lat0 = param(facts, 'latitudeoforigin', 'latitudeofnaturalorigin') ?? 0;
  if (lon0 === undefined || !near(fe, 500000, 1e-6) || !near(fn, 0, 1e-6) || !near(lat0, 0, 1e-12)) return null;
  // Round to the nearest arc-minute so "107.499999999" from a 107°30′ DMS conversion still matches.
  const meridian = Math.round(lon0 * 60) / 60;
  if (facts.datum === 'vn2000') {
    if (near(k, 0.9999, 1e-9)) return withShiftNote(createVn2000Tm3Crs(meridian), facts);
    if (near(k, 0.9996, 1e-9) && (meridian === 105 || meridian === 111))
      return withShiftNote(createVn2000UtmCrs(meridian === 105 ? 48 : 49), facts);
    return null;
  }
  if (facts.datum === 'wgs84' && near(k, 0.9996, 1e-9) && (meridian === 105 || meridian === 111))
    return createWgs84UtmCrs(meridian === 105 ? 48 : 49);
  return null;
}

/** Adds a note when the file's TOWGS84 was not the official VN-2000 shift and was replaced by it. */
function withShiftNote(crs: CrsDefinition, facts: PrjFacts): CrsDefinition {
  const given = facts.towgs84;
  if (!given || given.length === 0) return crs;
  const official = VN2000_TOWGS84_PARAMS;
  const same = given.length === 7 && given.every((v, i) => Math.abs(v - official[i]) < 1e-6);
  if (same) return crs;
  const flipped =
    given.length === 7 &&
    given.every((v, i) => (i >= 3 && i <= 5 ? Math.abs(v + official[i]) < 1e-6 : Math.abs(v - official[i]) < 1e-6));
  const note = flipped ? msg('prj.towgs84-flipped') : msg('prj.towgs84-replaced', { given });
  return { ...crs, notes: [...(crs.notes ?? []), note] };
}

function customFromWkt(text: string, tree: WktNode, facts: PrjFacts | null): CrsDefinition | null {
  try {
    proj4(text); // throws when proj4 cannot use this WKT
  } catch {
    return null;
  }
  const name = String(tree.values[0] ?? 'WKT');
  const isGeographic = facts ? !facts.projected : /^(GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS)$/.test(tree.keyword);
  return {
    id: `custom:${hashText(text)}`,
    label: renderBoth(msg('crs.label.from-prj', { name })),
    proj4: text,
    isGeographic,
    kind: 'custom',
    notes: [msg('prj.custom-system', { name })],
  };
}

/** FNV-1a, enough to give a custom CRS a stable id. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
