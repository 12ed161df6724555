// The measure kernels (per-cell candidate lists, lower bounds that skip exact distances, measures shared
// between criteria with the same sources) against a brute-force reference that looks at EVERY source
// segment, point and polygon for every parcel, with no index, no cell and no pruning. Random layouts at
// three latitudes of Vietnam (9°, 16°, 22.5° N) with the cases a planner meets: parcels with holes,
// parcels inside a zone or inside a zone's hole, roads that touch a parcel at a corner or run along an
// edge, stops inside a parcel, and a source filter that selects nothing.
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { localScaleM } from '../../../src/domain/geo/localScaleM.ts';
import { pointInFlatRings } from '../../../src/domain/geo/planarSegmentDistance.ts';
import { createMeasureContext, type ScoringLayer } from '../../../src/domain/scoring/measureContext.ts';
import { measureParcels } from '../../../src/domain/scoring/measureParcels.ts';
import { packParcels } from '../../../src/domain/scoring/packParcels.ts';
import { mulberry32 } from '../../../src/domain/scoring/runSensitivity.ts';
import { measureKey, type MeasureSpec } from '../../../src/domain/scoring/scenario.ts';

const random = mulberry32(17);

interface Site {
  lon0: number;
  lat0: number;
}
const SITES: Site[] = [
  { lon0: 105.2, lat0: 9.0 }, // Cà Mau
  { lon0: 108.2, lat0: 16.0 }, // Đà Nẵng
  { lon0: 105.8, lat0: 22.5 }, // Cao Bằng
];

/** (x, y) metres east and north of the site → lon/lat (the site's scale: the layout is only approximately metric, which does not matter). */
function at(s: Site, x: number, y: number): Position {
  const { kx, ky } = localScaleM(s.lat0);
  return [s.lon0 + x / kx, s.lat0 + y / ky];
}
const ring = (s: Site, xy: [number, number][]): Position[] => [...xy.map(([x, y]) => at(s, x, y)), at(s, xy[0][0], xy[0][1])];
const rectXY = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
const feature = (geometry: Feature['geometry'], properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry });
const uniform = (a: number, b: number) => a + random() * (b - a);

/** A random convex-ish quadrilateral parcel around (cx, cy), some with a hole. */
function randomParcel(s: Site, cx: number, cy: number): Feature {
  const w = uniform(20, 150), h = uniform(20, 150);
  const outer: [number, number][] = [[cx - w / 2 + uniform(-5, 5), cy - h / 2], [cx + w / 2, cy - h / 2 + uniform(-5, 5)], [cx + w / 2 + uniform(-5, 5), cy + h / 2], [cx - w / 2, cy + h / 2 + uniform(-5, 5)]];
  const rings = [ring(s, outer)];
  if (random() < 0.25) rings.push(ring(s, rectXY(cx - w / 6, cy - h / 6, cx + w / 6, cy + h / 6).reverse()));
  return feature({ type: 'Polygon', coordinates: rings });
}

function layout(s: Site) {
  const parcels: Feature[] = [];
  for (let i = 0; i < 140; i++) parcels.push(randomParcel(s, uniform(-3000, 3000), uniform(-3000, 3000)));
  // Edge cases: a parcel inside the zone, one inside the zone's hole, one the road touches at a corner,
  // one a road runs along, one with a stop inside, one crossed by a road.
  parcels.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(3600, 3600, 3700, 3700))] })); // inside zone A
  parcels.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(4400, 4400, 4500, 4500))] })); // inside zone A's hole
  parcels.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(-4000, -4000, -3900, -3900))] })); // road touches its NE corner
  parcels.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(-4000, 4000, -3900, 4100))] })); // road along its south edge
  parcels.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(4000, -4000, 4100, -3900))] })); // a stop inside
  parcels.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(0, 4600, 100, 4700))] })); // a road crosses it

  const roads: Feature[] = [];
  for (let r = 0; r < 12; r++) {
    let x = uniform(-3500, 3500), y = uniform(-3500, 3500);
    const heading = uniform(0, 2 * Math.PI);
    const xy: [number, number][] = [[x, y]];
    for (let k = 0; k < 12; k++) {
      const a = heading + uniform(-0.6, 0.6);
      x += 150 * Math.cos(a);
      y += 150 * Math.sin(a);
      xy.push([x, y]);
    }
    roads.push(feature({ type: 'LineString', coordinates: xy.map(([px, py]) => at(s, px, py)) }, { class: r % 2 ? 'national' : 'local' }));
  }
  roads.push(feature({ type: 'LineString', coordinates: [at(s, -3900, -3900), at(s, -3700, -3700)] }, { class: 'national' }));
  roads.push(feature({ type: 'LineString', coordinates: [at(s, -4200, 4000), at(s, -3700, 4000)] }, { class: 'national' }));
  roads.push(feature({ type: 'LineString', coordinates: [at(s, 50, 4500), at(s, 50, 4800)] }, { class: 'national' }));
  const stops: Feature[] = [];
  for (let k = 0; k < 40; k++) stops.push(feature({ type: 'Point', coordinates: at(s, uniform(-3500, 3500), uniform(-3500, 3500)) }, { kind: 'market' }));
  stops.push(feature({ type: 'Point', coordinates: at(s, 4050, -3950) }, { kind: 'market' }));

  const zones: Feature[] = [];
  // Zone A with a hole (skewed: no hole edge parallel to the parcel inside it, whose distance would then
  // be a tie between pairs at different latitudes); random blobs elsewhere.
  const hole: [number, number][] = [[4200, 4230], [4800, 4200], [4770, 4800], [4230, 4770]];
  zones.push(feature({ type: 'Polygon', coordinates: [ring(s, rectXY(3000, 3000, 5000, 5000)), ring(s, hole.reverse())] }, { kind: 'KCN' }));
  for (let z = 0; z < 5; z++) {
    const cx = uniform(-2500, 2500), cy = uniform(-2500, 2500), r0 = uniform(200, 900);
    const xy: [number, number][] = [];
    for (let k = 0; k < 40; k++) {
      const a = (k / 40) * 2 * Math.PI;
      const r = r0 * uniform(0.7, 1);
      xy.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    zones.push(feature({ type: 'Polygon', coordinates: [ring(s, xy)] }, { kind: z % 2 ? 'KCN' : 'CCN' }));
  }
  const layers: ScoringLayer[] = [
    { id: 'roads', role: 'transport', features: [...roads, ...stops.map((f) => ({ ...f, properties: { class: 'bus_stop' } }))] },
    { id: 'facilities', role: 'facility', features: stops },
    { id: 'zones', role: 'industrial_zone', features: zones },
  ];
  return { parcels, roads, stops, zones, layers };
}

// ---- The brute-force reference ----------------------------------------------------------------------

type Rings = Position[][];
const ringsOf = (f: Feature): Rings => (f.geometry as { coordinates: Rings }).coordinates;

function segmentsOf(f: Feature): [Position, Position][] {
  const g = f.geometry;
  if (g.type === 'Point') return [[g.coordinates, g.coordinates]];
  if (g.type === 'LineString') return g.coordinates.slice(1).map((p, i) => [g.coordinates[i], p]);
  if (g.type === 'Polygon') return g.coordinates.flatMap((r) => r.slice(1).map((p, i): [Position, Position] => [r[i], p]));
  throw new Error(g.type);
}

function inRings(lon: number, lat: number, rings: Rings): boolean {
  const flat: number[] = [];
  const starts = [0];
  for (const r of rings) {
    for (const p of r.slice(0, -1)) flat.push(p[0], p[1]);
    starts.push(flat.length / 2);
  }
  return pointInFlatRings(lon, lat, flat, starts, 0, rings.length);
}

/** Closest point of segment a–b to p (planar). */
function closest(px: number, py: number, ax: number, ay: number, bx: number, by: number): [number, number] {
  const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return [ax + dx * t, ay + dy * t];
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return o(ax, ay, bx, by, cx, cy) * o(ax, ay, bx, by, dx, dy) < 0 && o(cx, cy, dx, dy, ax, ay) * o(cx, cy, dx, dy, bx, by) < 0;
}

/** Parcel boundary to the nearest source, m: every parcel edge against every source segment. */
function bruteDistanceM(parcel: Feature, sources: Feature[]): number {
  if (sources.length === 0) return Infinity;
  const rings = ringsOf(parcel);
  const lat0 = rings[0][0][1], lon0 = rings[0][0][0];
  const { kx, ky } = localScaleM(lat0);
  const X = (p: Position) => (p[0] - lon0) * kx, Y = (p: Position) => (p[1] - lat0) * ky;
  let best = Infinity;
  let pair: [number, number, number, number] = [0, 0, 0, 0];
  for (const src of sources) {
    // Inside a source polygon, or a source line or point inside the parcel: 0.
    if (src.geometry.type === 'Polygon' && inRings(rings[0][0][0], rings[0][0][1], ringsOf(src))) return 0;
    for (const [c, d] of segmentsOf(src)) {
      if (src.geometry.type !== 'Polygon' && inRings(c[0], c[1], rings)) return 0;
      const cx = X(c), cy = Y(c), dx = X(d), dy = Y(d);
      for (const r of rings) {
        for (let i = 0; i + 1 < r.length; i++) {
          const ax = X(r[i]), ay = Y(r[i]), bx = X(r[i + 1]), by = Y(r[i + 1]);
          if (cross(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
          const candidates: [number, number, number, number][] = [
            [ax, ay, ...closest(ax, ay, cx, cy, dx, dy)], [bx, by, ...closest(bx, by, cx, cy, dx, dy)],
            [cx, cy, ...closest(cx, cy, ax, ay, bx, by)], [dx, dy, ...closest(dx, dy, ax, ay, bx, by)],
          ];
          for (const q of candidates) {
            const e = Math.hypot(q[0] - q[2], q[1] - q[3]);
            if (e < best) {
              best = e;
              pair = q;
            }
          }
        }
      }
    }
  }
  if (best === 0) return 0;
  // The pair re-measured with the scale factors of its own mid-latitude (as the engine does).
  const midLat = lat0 + (pair[1] + pair[3]) / 2 / ky;
  const s = localScaleM(midLat);
  return Math.hypot(((pair[0] - pair[2]) / kx) * s.kx, ((pair[1] - pair[3]) / ky) * s.ky);
}

/** Points inside the parcel or within r metres of its boundary. */
function bruteCount(parcel: Feature, points: Feature[], radiusM: number): number {
  return points.filter((p) => bruteDistanceM(parcel, [p]) <= radiusM).length;
}

/** 1 when the parcel's representative point (vertex centroid if inside, else first vertex) is in a polygon. */
function bruteInside(parcel: Feature, polygons: Feature[]): number {
  const rings = ringsOf(parcel);
  const outer = rings[0].slice(0, -1);
  const c = [outer.reduce((a, p) => a + p[0], 0) / outer.length, outer.reduce((a, p) => a + p[1], 0) / outer.length];
  const q = inRings(c[0], c[1], rings) ? c : outer[0];
  return polygons.some((z) => inRings(q[0], q[1], ringsOf(z))) ? 1 : 0;
}

// ---- The comparison ---------------------------------------------------------------------------------

const near = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 + 1e-7 * Math.abs(b);

describe('measure kernels against a brute-force reference (every source for every parcel)', () => {
  for (const site of SITES) {
    it(`agree at ${site.lat0}° N: distances to lines, points and polygons (with holes), counts, inside, and shared measures`, () => {
      const { parcels, roads, stops, zones, layers } = layout(site);
      const specs: MeasureSpec[] = [
        { kind: 'distance_to_nearest', source: { role: 'transport', filter: { property: 'class', op: 'in', values: ['national'] } } },
        { kind: 'distance_to_nearest', source: { role: 'transport', filter: { property: 'class', op: 'in', values: ['bus_stop'] } } },
        { kind: 'distance_to_nearest', source: { role: 'industrial_zone' } },
        // The same zones through a filter every zone passes: measured once, values copied.
        { kind: 'distance_to_nearest', source: { role: 'industrial_zone', filter: { property: 'kind', op: 'in', values: ['KCN', 'CCN'] } } },
        // A filter that selects nothing: no source.
        { kind: 'distance_to_nearest', source: { role: 'industrial_zone', filter: { property: 'kind', op: 'in', values: ['none'] } } },
        { kind: 'count_within_radius', source: { role: 'facility' }, radiusM: 300 },
        { kind: 'count_within_radius', source: { role: 'facility', filter: { property: 'kind', op: 'eq', values: ['market'] } }, radiusM: 300 },
        { kind: 'inside_polygon', source: { role: 'industrial_zone', filter: { property: 'kind', op: 'in', values: ['KCN'] } } },
      ];
      const m = measureParcels(createMeasureContext(layers, specs), packParcels(parcels, []));
      const v = (k: number) => m.values[measureKey(specs[k])];
      const national = roads.filter((r) => r.properties!.class === 'national');
      const kcn = zones.filter((z) => z.properties!.kind === 'KCN');
      const bad: string[] = [];
      parcels.forEach((parcel, i) => {
        const expected: [number, number][] = [
          [v(0)[i], bruteDistanceM(parcel, national)],
          [v(1)[i], bruteDistanceM(parcel, stops)],
          [v(2)[i], bruteDistanceM(parcel, zones)],
          [v(3)[i], bruteDistanceM(parcel, zones)],
          [v(4)[i], Infinity],
          [v(5)[i], bruteCount(parcel, stops, 300)],
          [v(6)[i], bruteCount(parcel, stops, 300)],
          [v(7)[i], bruteInside(parcel, kcn)],
        ];
        expected.forEach(([got, want], k) => {
          if (!near(got, want)) bad.push(`parcel ${i}, measure ${k}: engine ${got}, brute force ${want}`);
        });
      });
      expect(bad).toEqual([]);
      // The edge cases came out as laid out (not just equal to the reference).
      const n = parcels.length;
      expect(v(2)[n - 6]).toBe(0); // inside zone A
      expect(v(2)[n - 5]).toBeGreaterThan(150); // in zone A's hole: ≥ 150 m from the hole's edge
      expect(v(0)[n - 4]).toBe(0); // the road touches its corner
      expect(v(0)[n - 3]).toBe(0); // the road runs along its edge
      expect(v(1)[n - 2]).toBe(0); // a stop inside
      expect(v(0)[n - 1]).toBe(0); // crossed by a road
      expect(Array.from(v(3))).toEqual(Array.from(v(2)));
    });
  }
});
