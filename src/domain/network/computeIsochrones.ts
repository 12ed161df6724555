// Isochrones from one place (an industrial park, a station, a point picked on the map): how many minutes
// along the roads it takes to get THERE from everywhere around (the commute to the park), binned in bands
// (default 5 / 10 / 15 / 30 min). Drawn as the road pieces of each band (traceIsochroneBands.ts) and as
// the ground of each band: square cells of `cellM` whose centre reaches the place within the band's limit,
// its access leg to the nearest road walked at the access speed — the same definition as a parcel's
// travel_min criterion. Each band counts the candidate parcels (their representative point, as the
// criterion does) and the population, an ESTIMATE: each commune's published population spread evenly
// over the commune's published area, summed over the band's cells (by the commune holding the cell centre).
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';
import { geodesicAreaM2 } from '../geo/geodesicAreaM2.ts';
import { localScaleM } from '../geo/localScaleM.ts';
import { buildRoadGraph } from './buildRoadGraph.ts';
import type { RoadGraph } from './roadGraph.ts';
import { buildTravelField } from './buildTravelField.ts';
import { speedsFor, type SpeedTable, type TravelMode } from './roadSpeeds.ts';
import { DEFAULT_BANDS_MIN, traceIsochroneBands } from './traceIsochroneBands.ts';
import { travelCostFromPoint } from './travelCostFromPoint.ts';

export interface IsochroneRequest extends IsochroneParameters {
  /** The transport layers' features (lines; interchange points). */
  roads: Feature[];
}

/** An isochrone request over a road graph built beforehand (the travel worker builds it once per road network). */
export interface IsochroneParameters {
  /** The place: a point, or a park's polygon (its vertices are the targets, as for a distance criterion). */
  origin: Geometry;
  mode: TravelMode;
  bandsMin?: number[];
  speedsKmh?: SpeedTable;
  /** Commune polygons with a `population` property (administrative units; the province outline is skipped). */
  communes: Feature[];
  /** Candidate parcels (polygons). */
  parcels: Feature[];
  /** Side of the ground cells (m). Default 250. */
  cellM?: number;
}

export interface IsochroneBand {
  /** The band's upper limit (minutes); it starts at the previous band's limit (0 for the first). */
  bandMin: number;
  /** Candidate parcels whose travel time falls in the band. */
  parcels: number;
  /** Estimated population of the band's ground (persons). */
  population: number;
  /** Area of the band's ground (m²). */
  areaM2: number;
}

export interface IsochroneResult {
  bandsMin: number[];
  bands: IsochroneBand[];
  /** Parcel numbers (input order) in each band, and their minutes (Infinity when unreachable). */
  parcelMinutes: Float64Array;
  /** Road pieces by band, with `band_min`. */
  roads: Feature<LineString, { band_min: number }>[];
  /** The band ground as rectangles (runs of cells of one band along a row), with `band_min`. */
  ground: Feature<Polygon, { band_min: number }>[];
  /** False when the place is not near any usable road (nothing is reachable). */
  reached: boolean;
}

const ADMIN_SKIPPED_LEVELS = new Set(['province']);

function vertices(g: Geometry, out: number[]) {
  const visit = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(+c[0], +c[1]);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => vertices(x, out));
  else visit(g.coordinates);
}

/** A parcel's representative point: its vertex centroid when inside, else its first vertex (as the measures). */
function representativePoint(f: Feature): Position | null {
  const g = f.geometry;
  const ring = g?.type === 'Polygon' ? g.coordinates[0] : g?.type === 'MultiPolygon' ? g.coordinates[0]?.[0] : null;
  if (!ring || ring.length === 0) return null;
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
  const pts = closed ? ring.slice(0, -1) : ring;
  const c: Position = [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
  return booleanPointInPolygon(c, g as Polygon) ? c : ring[0];
}

/** The band index of a travel time (-1 beyond the last limit). */
function bandIndex(bands: number[], minutes: number): number {
  for (let i = 0; i < bands.length; i++) if (minutes <= bands[i]) return i;
  return -1;
}

export function computeIsochrones(request: IsochroneRequest): IsochroneResult {
  return computeIsochronesOnGraph(buildRoadGraph(request.roads), request);
}

/** The same over a road graph already built (`buildRoadGraph` of the transport layers' features). */
export function computeIsochronesOnGraph(graph: RoadGraph, request: IsochroneParameters): IsochroneResult {
  const bandsMin = [...new Set((request.bandsMin ?? DEFAULT_BANDS_MIN).filter((b) => b > 0))].sort((a, b) => a - b);
  const maxMin = bandsMin[bandsMin.length - 1] ?? 0;
  const bands: IsochroneBand[] = bandsMin.map((bandMin) => ({ bandMin, parcels: 0, population: 0, areaM2: 0 }));
  const parcelMinutes = new Float64Array(request.parcels.length).fill(Infinity);
  const targets: number[] = [];
  vertices(request.origin, targets);
  const speeds = speedsFor(request.mode, request.speedsKmh);
  if (graph.edgeCount === 0 || targets.length === 0 || bandsMin.length === 0) return { bandsMin, bands, parcelMinutes, roads: [], ground: [], reached: false };
  const field = buildTravelField(graph, targets, speeds, 'min');
  const reached = field.seedsByEdge.size > 0;

  // Parcels.
  request.parcels.forEach((f, i) => {
    const p = representativePoint(f);
    if (!p) return;
    const minutes = travelCostFromPoint(field, p[0], p[1]).cost;
    parcelMinutes[i] = minutes;
    const b = bandIndex(bandsMin, minutes);
    if (b >= 0) bands[b].parcels++;
  });

  // The ground: cells over the box of the nodes reached within the last limit, widened by what the access
  // leg can walk in that time (at most 3 km).
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let n = 0; n < graph.nodeCount; n++) {
    if (!(field.nodeCost[n] <= maxMin)) continue;
    x0 = Math.min(x0, graph.nodeLon[n]);
    x1 = Math.max(x1, graph.nodeLon[n]);
    y0 = Math.min(y0, graph.nodeLat[n]);
    y1 = Math.max(y1, graph.nodeLat[n]);
  }
  const ground: Feature<Polygon, { band_min: number }>[] = [];
  if (x0 <= x1) {
    const cellM = request.cellM ?? 250;
    const accessKmh = speeds.access ?? 5;
    const marginM = Math.min(3000, (maxMin / 60) * accessKmh * 1000);
    const { kx, ky } = localScaleM((y0 + y1) / 2);
    x0 -= marginM / kx;
    x1 += marginM / kx;
    y0 -= marginM / ky;
    y1 += marginM / ky;
    const dLat = cellM / ky;
    const rows = Math.ceil((y1 - y0) / dLat);

    // Communes: density = published population / area, found by the cell centre.
    const communes = request.communes.filter((f) => {
      const t = f.geometry?.type;
      return (t === 'Polygon' || t === 'MultiPolygon') && !ADMIN_SKIPPED_LEVELS.has(String(f.properties?.level ?? ''));
    });
    // Persons per m²: the published population over the published area (`area_ha`), else the polygon's area;
    // worked out for the communes the bands reach only (a real boundary has thousands of vertices).
    const density = new Float64Array(communes.length).fill(NaN);
    const densityOf = (k: number) => {
      if (Number.isNaN(density[k])) {
        const p = communes[k].properties ?? {};
        const pop = Number(p.population);
        const area = Number(p.area_ha) > 0 ? Number(p.area_ha) * 10_000 : geodesicAreaM2(communes[k]);
        density[k] = pop > 0 && area > 0 ? pop / area : 0;
      }
      return density[k];
    };
    let index: Flatbush | null = null;
    if (communes.length > 0) {
      index = new Flatbush(communes.length);
      for (const f of communes) {
        let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
        const pts: number[] = [];
        vertices(f.geometry, pts);
        for (let k = 0; k < pts.length; k += 2) {
          a = Math.min(a, pts[k]);
          c = Math.max(c, pts[k]);
          b = Math.min(b, pts[k + 1]);
          d = Math.max(d, pts[k + 1]);
        }
        index.add(a, b, c, d);
      }
      index.finish();
    }
    const densityAt = (lon: number, lat: number) => {
      if (!index) return 0;
      for (const k of index.search(lon, lat, lon, lat)) if (booleanPointInPolygon([lon, lat], communes[k].geometry as Polygon)) return densityOf(k);
      return 0;
    };

    for (let r = 0; r < rows; r++) {
      const lat = y0 + (r + 0.5) * dLat;
      const { kx: kxr } = localScaleM(lat);
      const dLon = cellM / kxr;
      const cols = Math.ceil((x1 - x0) / dLon);
      const cellAreaM2 = cellM * cellM;
      let runStart = 0, runBand = -1;
      const flush = (end: number) => {
        if (runBand < 0) return;
        const w = x0 + runStart * dLon, e = x0 + end * dLon, s = y0 + r * dLat, n = s + dLat;
        ground.push({ type: 'Feature', properties: { band_min: bandsMin[runBand] }, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } });
      };
      for (let c = 0; c < cols; c++) {
        const lon = x0 + (c + 0.5) * dLon;
        const b = bandIndex(bandsMin, travelCostFromPoint(field, lon, lat).cost);
        if (b >= 0) {
          bands[b].areaM2 += cellAreaM2;
          bands[b].population += densityAt(lon, lat) * cellAreaM2;
        }
        if (b !== runBand) {
          flush(c);
          runStart = c;
          runBand = b;
        }
      }
      flush(cols);
    }
  }
  return { bandsMin, bands, parcelMinutes, roads: traceIsochroneBands(field, bandsMin), ground, reached };
}
