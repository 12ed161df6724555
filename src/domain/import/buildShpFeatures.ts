// Turns the flat arrays of readShp into GeoJSON features: polygons get RFC 7946 winding (outer rings
// counter-clockwise, holes clockwise) and every hole is assigned to the outer ring that contains it.
import type { Feature, Geometry, Position } from 'geojson';
import { SHP_MULTIPOINT, SHP_NULL, SHP_POINT, SHP_POLYGON, SHP_POLYLINE, type ShpTable } from './readShp.ts';
import { importNote } from './importNote.ts';
import type { ImportNote } from './importTypes.ts';

type Row = Record<string, string | number | boolean | null>;

/** Twice the signed area of a ring of points [from, to) in `xy`: > 0 counter-clockwise (y up). */
function signedArea2(xy: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from, j = to - 1; i < to; j = i++) sum += (xy[j * 2] - xy[i * 2]) * (xy[j * 2 + 1] + xy[i * 2 + 1]);
  return sum;
}

function ringContains(xy: Float64Array, from: number, to: number, x: number, y: number): boolean {
  let inside = false;
  for (let i = from, j = to - 1; i < to; j = i++) {
    const xi = xy[i * 2];
    const yi = xy[i * 2 + 1];
    const xj = xy[j * 2];
    const yj = xy[j * 2 + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function positions(table: ShpTable, from: number, to: number, reverse: boolean): Position[] {
  const { xy, z } = table;
  const out: Position[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const k = reverse ? to - 1 - (i - from) : i;
    out[i - from] = z ? [xy[k * 2], xy[k * 2 + 1], z[k]] : [xy[k * 2], xy[k * 2 + 1]];
  }
  return out;
}

function polygonGeometry(table: ShpTable, record: number, notes: ImportNote[]): Geometry | null {
  const { recordParts, partStarts, xy } = table;
  // Most parcels are one clockwise ring: its polygon, without the outer/hole bookkeeping below (same result).
  if (recordParts[record + 1] - recordParts[record] === 1) {
    const from = partStarts[recordParts[record]];
    const to = partStarts[recordParts[record] + 1];
    if (to - from >= 1 && signedArea2(xy, from, to) <= 0) return { type: 'Polygon', coordinates: [positions(table, from, to, true)] };
  }
  const outers: { from: number; to: number; area: number; rings: Position[][] }[] = [];
  const holes: { from: number; to: number }[] = [];
  for (let p = recordParts[record]; p < recordParts[record + 1]; p++) {
    const from = partStarts[p];
    const to = partStarts[p + 1];
    if (to - from < 1) continue;
    const area = signedArea2(xy, from, to);
    // Shapefile: outer rings clockwise (area < 0), holes counter-clockwise.
    if (area <= 0) outers.push({ from, to, area: -area, rings: [positions(table, from, to, true)] });
    else holes.push({ from, to });
  }
  for (const hole of holes) {
    let best: (typeof outers)[number] | undefined;
    if (outers.length === 1) best = outers[0];
    else {
      const x = xy[hole.from * 2];
      const y = xy[hole.from * 2 + 1];
      for (const o of outers) {
        if ((!best || o.area < best.area) && ringContains(xy, o.from, o.to, x, y)) best = o;
      }
    }
    if (best) best.rings.push(positions(table, hole.from, hole.to, true));
    else {
      // A counter-clockwise ring inside no outer ring: the writer got the winding wrong. Keep it as an outer ring.
      outers.push({ from: hole.from, to: hole.to, area: 0, rings: [positions(table, hole.from, hole.to, false)] });
      notes.push(importNote('repaired', 'ring-rewound', { orphanHole: true }, record));
    }
  }
  if (outers.length === 0) return null;
  if (outers.length === 1) return { type: 'Polygon', coordinates: outers[0].rings };
  return { type: 'MultiPolygon', coordinates: outers.map((o) => o.rings) };
}

function geometryOf(table: ShpTable, record: number, notes: ImportNote[]): Geometry | null {
  const { kinds, recordParts, partStarts } = table;
  const kind = kinds[record];
  if (kind === SHP_NULL) return null;
  const p0 = recordParts[record];
  const p1 = recordParts[record + 1];
  if (kind === SHP_POINT) return { type: 'Point', coordinates: positions(table, partStarts[p0], partStarts[p0] + 1, false)[0] };
  if (kind === SHP_MULTIPOINT) {
    const pts = positions(table, partStarts[p0], partStarts[p0 + 1], false);
    return pts.length === 0 ? null : { type: 'MultiPoint', coordinates: pts };
  }
  if (kind === SHP_POLYLINE) {
    const lines: Position[][] = [];
    for (let p = p0; p < p1; p++) lines.push(positions(table, partStarts[p], partStarts[p + 1], false));
    if (lines.length === 0) return null;
    return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
  }
  if (kind === SHP_POLYGON) return polygonGeometry(table, record, notes);
  return null;
}

/**
 * One feature per .shp record, in file order (feature i = record i), with the DBF row i as properties.
 * Null shapes become features with `geometry: null`; validation rejects them with a note.
 */
export function buildShpFeatures(table: ShpTable, rows: Row[] | undefined, notes: ImportNote[]): Feature[] {
  const features: Feature[] = new Array(table.recordCount);
  for (let r = 0; r < table.recordCount; r++) {
    features[r] = { type: 'Feature', properties: rows?.[r] ?? {}, geometry: geometryOf(table, r, notes) as Geometry };
  }
  return features;
}
