// The source features of one measure (e.g. national roads, flood zones with high severity), indexed
// once per data change: segments and points in a Flatbush (R-tree), points in a KDBush for radius
// counts, polygons with their own bbox index for containment tests.
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import type { Feature, Position } from 'geojson';
import type { AttributeFilter } from './scenario.ts';

export interface FeatureSet {
  /** Segments x1, y1, x2, y2 (lon/lat); points are stored as zero-length segments. */
  segments: Float64Array;
  /** For each segment: the polygon it bounds, or -1 for lines and points. */
  segmentPolygon: Int32Array;
  segmentCount: number;
  /** R-tree over segment bboxes (null when there are none). */
  segmentIndex: Flatbush | null;
  /**
   * Runs of consecutive connected segments (≤ 16 segments, ≤ ~500 m across): chunk c holds segments
   * chunkStarts[c] … chunkStarts[c+1]. Distances search chunks first, then the few chunks that can
   * hold the nearest segment, so a cell loads tens of chunks instead of hundreds of short edges.
   */
  chunkStarts: Uint32Array;
  /** minLon, minLat, maxLon, maxLat per chunk. */
  chunkBoxes: Float64Array;
  /** R-tree over chunk bboxes, in chunk order (null when there are no segments). */
  chunkIndex: Flatbush | null;
  /** Point features (lon, lat pairs) and their KD-tree (null when there are none). */
  points: Float64Array;
  pointIndex: KDBush | null;
  /** Polygon rings, flat and open: polygon g owns rings polygonRingStarts[g]…[g+1]. */
  polygonCoords: Float64Array;
  ringStarts: Uint32Array;
  polygonRingStarts: Uint32Array;
  polygonCount: number;
  polygonIndex: Flatbush | null;
  /** minLon, minLat, maxLon, maxLat per polygon (a cheap reject before the ring walk). */
  polygonBoxes: Float64Array;
  /** Attribute value per polygon (for categorical measures), when asked for. */
  polygonCodes: (string | null)[];
}

export function passesFilter(properties: Record<string, unknown> | null, filter: AttributeFilter | undefined): boolean {
  if (!filter) return true;
  const raw = properties?.[filter.property];
  const values = filter.values;
  switch (filter.op) {
    case 'in':
      return raw !== undefined && raw !== null && values.some((v) => String(v) === String(raw));
    case 'not_in':
      return !values.some((v) => String(v) === String(raw));
    case 'eq':
      return raw !== undefined && raw !== null && String(raw) === String(values[0]);
    case 'ne':
      return String(raw) !== String(values[0]);
    default: {
      const x = Number(raw);
      const v = Number(values[0]);
      if (raw === null || raw === undefined || raw === '' || !Number.isFinite(x)) return false;
      if (filter.op === 'gt') return x > v;
      if (filter.op === 'gte') return x >= v;
      if (filter.op === 'lt') return x < v;
      return x <= v;
    }
  }
}

/** Builds the indexed set from features that already passed the measure's filter. */
export function buildFeatureSet(features: Feature[], codeProperty?: string): FeatureSet {
  const segs: number[] = [];
  const segPoly: number[] = [];
  const pts: number[] = [];
  const polyCoords: number[] = [];
  const ringStarts: number[] = [0];
  const polyRingStarts: number[] = [0];
  const polygonCodes: (string | null)[] = [];

  const addLine = (line: Position[]) => {
    for (let i = 0; i + 1 < line.length; i++) {
      segs.push(+line[i][0], +line[i][1], +line[i + 1][0], +line[i + 1][1]);
      segPoly.push(-1);
    }
    if (line.length === 1) addPoint(line[0]);
  };
  const addPoint = (p: Position) => {
    pts.push(+p[0], +p[1]);
    segs.push(+p[0], +p[1], +p[0], +p[1]);
    segPoly.push(-1);
  };
  const addPolygon = (rings: Position[][], code: string | null) => {
    const g = polyRingStarts.length - 1;
    let added = 0;
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r];
      let n = ring.length;
      if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
      if (n < 3) continue;
      let signed = 0;
      for (let i = 0, j = n - 1; i < n; j = i++) signed += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
      const reverse = r === 0 ? !(signed > 0) : signed > 0;
      const start = polyCoords.length / 2;
      for (let k = 0; k < n; k++) {
        const v = ring[reverse ? n - 1 - k : k];
        polyCoords.push(+v[0], +v[1]);
      }
      for (let k = 0; k < n; k++) {
        const a = start + k;
        const b = start + ((k + 1) % n);
        segs.push(polyCoords[2 * a], polyCoords[2 * a + 1], polyCoords[2 * b], polyCoords[2 * b + 1]);
        segPoly.push(g);
      }
      ringStarts.push(polyCoords.length / 2);
      added++;
    }
    if (added > 0) {
      polyRingStarts.push(ringStarts.length - 1);
      polygonCodes.push(code);
    }
  };

  for (const feature of features) {
    const g = feature.geometry;
    if (!g) continue;
    const code = codeProperty ? (feature.properties?.[codeProperty] ?? null) : null;
    const codeText = code === null || code === undefined ? null : String(code);
    const visit = (geometry: typeof g) => {
      switch (geometry.type) {
        case 'Point':
          addPoint(geometry.coordinates);
          break;
        case 'MultiPoint':
          geometry.coordinates.forEach(addPoint);
          break;
        case 'LineString':
          addLine(geometry.coordinates);
          break;
        case 'MultiLineString':
          geometry.coordinates.forEach(addLine);
          break;
        case 'Polygon':
          addPolygon(geometry.coordinates, codeText);
          break;
        case 'MultiPolygon':
          geometry.coordinates.forEach((p) => addPolygon(p, codeText));
          break;
        case 'GeometryCollection':
          geometry.geometries.forEach(visit);
          break;
      }
    };
    visit(g);
  }

  const segments = Float64Array.from(segs);
  const segmentCount = segPoly.length;
  let segmentIndex: Flatbush | null = null;
  if (segmentCount > 0) {
    segmentIndex = new Flatbush(segmentCount);
    for (let i = 0; i < segmentCount; i++) {
      const x1 = segments[4 * i], y1 = segments[4 * i + 1], x2 = segments[4 * i + 2], y2 = segments[4 * i + 3];
      segmentIndex.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    segmentIndex.finish();
  }
  const { chunkStarts, chunkBoxes, chunkIndex } = chunkSegments(segments, segmentCount);
  const points = Float64Array.from(pts);
  let pointIndex: KDBush | null = null;
  if (points.length > 0) {
    pointIndex = new KDBush(points.length / 2);
    for (let i = 0; i < points.length; i += 2) pointIndex.add(points[i], points[i + 1]);
    pointIndex.finish();
  }
  const polygonCoords = Float64Array.from(polyCoords);
  const polygonRingStarts = Uint32Array.from(polyRingStarts);
  const rs = Uint32Array.from(ringStarts);
  const polygonCount = polygonRingStarts.length - 1;
  let polygonIndex: Flatbush | null = null;
  const polygonBoxes = new Float64Array(4 * polygonCount);
  if (polygonCount > 0) {
    polygonIndex = new Flatbush(polygonCount);
    for (let g = 0; g < polygonCount; g++) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (let v = rs[polygonRingStarts[g]]; v < rs[polygonRingStarts[g + 1]]; v++) {
        const x = polygonCoords[2 * v], y = polygonCoords[2 * v + 1];
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
      polygonIndex.add(minX, minY, maxX, maxY);
      polygonBoxes[4 * g] = minX;
      polygonBoxes[4 * g + 1] = minY;
      polygonBoxes[4 * g + 2] = maxX;
      polygonBoxes[4 * g + 3] = maxY;
    }
    polygonIndex.finish();
  }
  return {
    segments, segmentPolygon: Int32Array.from(segPoly), segmentCount, segmentIndex, chunkStarts, chunkBoxes, chunkIndex,
    points, pointIndex, polygonCoords, ringStarts: rs, polygonRingStarts, polygonCount, polygonIndex, polygonBoxes, polygonCodes,
  };
}

const CHUNK_MAX_SEGMENTS = 16;
/** ~500 m in latitude; chunks stay small so their boxes bound the distance tightly. */
const CHUNK_MAX_EXTENT_DEG = 0.0045;

/** Groups consecutive segments that continue one another (a line's or ring's run) into chunks. */
function chunkSegments(segments: Float64Array, segmentCount: number) {
  const starts: number[] = [];
  const boxes: number[] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < segmentCount; i++) {
    const x1 = segments[4 * i], y1 = segments[4 * i + 1], x2 = segments[4 * i + 2], y2 = segments[4 * i + 3];
    const sx0 = Math.min(x1, x2), sy0 = Math.min(y1, y2), sx1 = Math.max(x1, x2), sy1 = Math.max(y1, y2);
    const open = starts.length > 0;
    const continues = open && x1 === segments[4 * i - 2] && y1 === segments[4 * i - 1] && i - starts[starts.length - 1] < CHUNK_MAX_SEGMENTS &&
      Math.max(maxX, sx1) - Math.min(minX, sx0) <= CHUNK_MAX_EXTENT_DEG && Math.max(maxY, sy1) - Math.min(minY, sy0) <= CHUNK_MAX_EXTENT_DEG;
    if (!continues) {
      if (open) boxes.push(minX, minY, maxX, maxY);
      starts.push(i);
      minX = sx0; minY = sy0; maxX = sx1; maxY = sy1;
    } else {
      if (sx0 < minX) minX = sx0;
      if (sy0 < minY) minY = sy0;
      if (sx1 > maxX) maxX = sx1;
      if (sy1 > maxY) maxY = sy1;
    }
  }
  if (starts.length > 0) boxes.push(minX, minY, maxX, maxY);
  starts.push(segmentCount);
  const chunkStarts = Uint32Array.from(starts);
  const chunkBoxes = Float64Array.from(boxes);
  const chunkCount = chunkStarts.length - 1;
  let chunkIndex: Flatbush | null = null;
  if (chunkCount > 0) {
    chunkIndex = new Flatbush(chunkCount);
    for (let c = 0; c < chunkCount; c++) chunkIndex.add(chunkBoxes[4 * c], chunkBoxes[4 * c + 1], chunkBoxes[4 * c + 2], chunkBoxes[4 * c + 3]);
    chunkIndex.finish();
  }
  return { chunkStarts, chunkBoxes, chunkIndex };
}
