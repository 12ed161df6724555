// Candidate parcels as flat typed arrays: fast to measure, and transferable to a worker without copying.
import type { Feature, MultiPolygon, Position } from 'geojson';
import { msg, type Message } from '../../i18n/message.ts';

export interface PackedParcels {
  count: number;
  /** lon, lat pairs of every ring vertex; rings are open (the closing vertex is dropped). */
  coords: Float64Array;
  /** Ring r spans vertex pairs ringStarts[r] … ringStarts[r+1]. */
  ringStarts: Uint32Array;
  /** Parcel p owns rings parcelRingStarts[p] … parcelRingStarts[p+1]; none when its geometry is unusable. */
  parcelRingStarts: Uint32Array;
  /** minLon, minLat, maxLon, maxLat per parcel (NaN when it has no rings). */
  bbox: Float64Array;
  /** Land-use code (or other parcel attribute) per parcel when the scenario reads one, by property name. */
  attributes: Record<string, (string | null)[]>;
  /** Parcels whose geometry cannot be scored, with a reason the user can act on. */
  invalid: { featureIndex: number; message: Message }[];
}

function isSame(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Vertices and rings packParcels will write at most (rings of ≥ 3 distinct-ended vertices). */
function countRingVertices(features: Feature[]): [number, number] {
  let vertices = 0;
  let rings = 0;
  for (let p = 0; p < features.length; p++) {
    const geometry = features[p]?.geometry ?? null;
    const polygonCount = geometry?.type === 'Polygon' ? 1 : geometry?.type === 'MultiPolygon' ? geometry.coordinates.length : 0;
    for (let q = 0; q < polygonCount; q++) {
      const polygon = geometry!.type === 'Polygon' ? geometry!.coordinates : (geometry as MultiPolygon).coordinates[q];
      for (let r = 0; r < polygon.length; r++) {
        const ring = polygon[r];
        let n = ring.length;
        if (n > 1 && isSame(ring[0], ring[n - 1])) n--;
        if (n < 3) continue;
        vertices += n;
        rings++;
      }
    }
  }
  return [vertices, rings];
}

export interface PackOptions {
  /** Allocate the arrays on SharedArrayBuffers (for measuring threads: then nothing is copied to share them). */
  shared?: boolean;
}

/** Packs parcel polygons; `attributeKeys` are the parcel properties kept (e.g. `landuse_code`). */
export function packParcels(features: Feature[], attributeKeys: string[] = [], options: PackOptions = {}): PackedParcels {
  const count = features.length;
  // Count first, then write into typed arrays of the right size: no number[] of millions of boxed
  // pushes, and one large allocation each (every large ArrayBuffer allocation can make V8 run a
  // full garbage collection over whatever GeoJSON is on the heap: ~0.6 s at 1M features).
  const [vertexCount, ringTotal] = countRingVertices(features);
  const buffer = (bytes: number) => (options.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  let coords = new Float64Array(buffer(16 * vertexCount));
  let coordCount = 0;
  let ringStarts = new Uint32Array(buffer(4 * (ringTotal + 1)));
  let ringCount = 0;
  const parcelRingStarts = new Uint32Array(buffer(4 * (count + 1)));
  const bbox = new Float64Array(buffer(32 * count));
  const invalid: PackedParcels['invalid'] = [];
  const attributes: Record<string, (string | null)[]> = {};
  for (const key of attributeKeys) attributes[key] = new Array<string | null>(count).fill(null);

  for (let p = 0; p < count; p++) {
    const feature = features[p];
    parcelRingStarts[p] = ringCount;
    const firstCoord = coordCount;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    // No per-parcel allocation: with a million fresh GeoJSON features on the heap, every young-generation
    // collection triggered here would also have to promote them.
    const geometry = feature?.geometry ?? null;
    let rings = 0;
    const polygonCount = geometry?.type === 'Polygon' ? 1 : geometry?.type === 'MultiPolygon' ? geometry.coordinates.length : 0;
    for (let q = 0; q < polygonCount; q++) {
      const polygon = geometry!.type === 'Polygon' ? geometry!.coordinates : (geometry as MultiPolygon).coordinates[q];
      for (let r = 0; r < polygon.length; r++) {
        const ring = polygon[r];
        let n = ring.length;
        if (n > 1 && isSame(ring[0], ring[n - 1])) n--;
        if (n < 3) continue;
        // Orientation matters for the overlap-area formula: outer rings counter-clockwise, holes clockwise.
        let signed = 0;
        for (let i = 0, j = n - 1; i < n; j = i++) signed += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
        const ccw = signed > 0;
        const reverse = r === 0 ? !ccw : ccw;
        if (2 * (coordCount + n) > coords.length) {
          const grown = new Float64Array(buffer(8 * Math.max(2 * coords.length, 2 * (coordCount + n))));
          grown.set(coords.subarray(0, 2 * coordCount));
          coords = grown;
        }
        for (let k = 0; k < n; k++) {
          const v = ring[reverse ? n - 1 - k : k];
          const x = Number(v[0]);
          const y = Number(v[1]);
          coords[2 * coordCount] = x;
          coords[2 * coordCount + 1] = y;
          coordCount++;
          if (x < minX) minX = x;
          if (y < minY) minY = y;
          if (x > maxX) maxX = x;
          if (y > maxY) maxY = y;
        }
        if (ringCount + 2 > ringStarts.length) {
          const grown = new Uint32Array(buffer(8 * ringStarts.length));
          grown.set(ringStarts);
          ringStarts = grown;
        }
        ringStarts[++ringCount] = coordCount;
        rings++;
      }
    }
    if (rings === 0 || !Number.isFinite(minX + minY + maxX + maxY)) {
      // Drop any partial rings of a parcel we cannot use, and say why.
      ringCount = parcelRingStarts[p];
      coordCount = firstCoord;
      invalid.push({ featureIndex: p, message: msg('scoring.parcel-invalid', { featureIndex: p }) });
      bbox.fill(NaN, 4 * p, 4 * p + 4);
    } else {
      bbox[4 * p] = minX;
      bbox[4 * p + 1] = minY;
      bbox[4 * p + 2] = maxX;
      bbox[4 * p + 3] = maxY;
    }
    if (attributeKeys.length > 0) {
      const props = feature?.properties;
      for (const key of attributeKeys) {
        const v = props?.[key];
        attributes[key][p] = v === undefined || v === null || v === '' ? null : String(v);
      }
    }
  }
  parcelRingStarts[count] = ringCount;
  return {
    count,
    // Slack only when an invalid parcel's rings were dropped (shared arrays keep their buffer).
    coords: 2 * coordCount < coords.length ? (options.shared ? coords.subarray(0, 2 * coordCount) : coords.slice(0, 2 * coordCount)) : coords,
    ringStarts: ringCount + 1 < ringStarts.length ? (options.shared ? ringStarts.subarray(0, ringCount + 1) : ringStarts.slice(0, ringCount + 1)) : ringStarts,
    parcelRingStarts,
    bbox,
    attributes,
    invalid,
  };
}
