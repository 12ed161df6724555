// Packed parcels (src/domain/scoring/packParcels.ts) as a mesh deck.gl draws with binary attributes: every ring
// closed again (fill and outlines read the same positions), one polygon per parcel (a map pick's index is the
// parcel's index) and the triangles computed here, in the import worker, so the map thread never runs earcut.
// Every array is in the layout deck.gl uploads as it is (positions as float32 pairs, a parcel index per vertex),
// so the map thread converts nothing: at 2M parcels deck.gl's own conversion of float64 positions and its
// per-vertex row indexes held the page for 1.7 s of a 4 s task.
// The positions are Web Mercator offsets from the cadastre's centre, not lon/lat: float32 lon/lat at 108° E
// rounds by up to 0.4 m (visible at zoom 19–20), float32 offsets of a few world units by under 1 cm. Mercator and
// not lon/lat offsets because deck.gl draws LNGLAT_OFFSETS with a 2nd-order series in latitude that is 0.8 m off
// at 0.5° from the origin (2.7 m at 0.75°, a province's half-height); CARTESIAN offsets are drawn linearly.
import earcut from 'earcut';
import type { PackedParcels } from '../scoring/packParcels.ts';

export interface ParcelMesh {
  count: number;
  /**
   * x, y per vertex as float32: Web Mercator in deck.gl's common units (512 per world, y to the north) minus
   * `origin`, rings closed (first vertex repeated), parcels in file order. Under 1 cm of rounding anywhere in a
   * province (deck.gl draws them with COORDINATE_SYSTEM.CARTESIAN and `coordinateOrigin: origin`). Measuring uses
   * the parcels' float64 coordinates, never these.
   */
  positions: Float32Array;
  /** The common-space point the positions are offsets from: the Web Mercator of the parcels' bbox centre. */
  origin: [number, number];
  /** The parcel of each vertex (deck.gl's per-vertex row index: what a pick returns). */
  vertexParcels: Uint32Array;
  /** Vertex index where ring r starts; the last entry is the vertex count (the outlines' paths). */
  ringStarts: Uint32Array;
  /** Vertex index where parcel p starts; the last entry is the vertex count (the fill's polygons). */
  parcelStarts: Uint32Array;
  /** Triangles as vertex indices into `positions` (earcut, each polygon with its holes). */
  indices: Uint32Array;
  /** [west, south, east, north] of every usable parcel, null when none is. */
  bbox: [number, number, number, number] | null;
}

/** deck.gl's common space (math.gl lngLatToWorld): 512 units per world, x east from −180°, y north. */
const UNITS_PER_DEGREE = 512 / 360;
const UNITS_PER_RADIAN = 512 / (2 * Math.PI);
export const commonX = (lon: number) => (lon + 180) * UNITS_PER_DEGREE;
export const commonY = (lat: number) => (Math.PI + Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) * UNITS_PER_RADIAN;

/** Twice the signed area of open ring r (> 0: counter-clockwise). */
function signedArea2(coords: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from, j = to - 1; i < to; j = i++) s += (coords[2 * j] - coords[2 * i]) * (coords[2 * j + 1] + coords[2 * i + 1]);
  return s;
}

/** The mesh of packed parcels (outer rings counter-clockwise, holes clockwise, as packParcels writes them). */
export function buildParcelMesh(parcels: PackedParcels): ParcelMesh {
  const { count, coords, ringStarts: openStarts, parcelRingStarts } = parcels;
  const ringCount = openStarts.length - 1;
  const openVertices = coords.length / 2;
  const vertexCount = openVertices + ringCount;
  const positions = new Float32Array(2 * vertexCount);
  const vertexParcels = new Uint32Array(vertexCount);
  const ringStarts = new Uint32Array(ringCount + 1);
  const parcelStarts = new Uint32Array(count + 1);
  // At most n − 2 + 2h triangles per polygon of n vertices and h holes: ≤ vertices + 2 × rings in all.
  let indices = new Uint32Array(3 * (openVertices + 2 * ringCount));
  let indexCount = 0;
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (let p = 0; p < count; p++) {
    if (parcelRingStarts[p] === parcelRingStarts[p + 1]) continue;
    const b = 4 * p;
    if (parcels.bbox[b] < west) west = parcels.bbox[b];
    if (parcels.bbox[b + 1] < south) south = parcels.bbox[b + 1];
    if (parcels.bbox[b + 2] > east) east = parcels.bbox[b + 2];
    if (parcels.bbox[b + 3] > north) north = parcels.bbox[b + 3];
  }
  const usable = Number.isFinite(west + south + east + north);
  const originX = usable ? commonX((west + east) / 2) : 0;
  const originY = usable ? commonY((south + north) / 2) : 0;
  const holes: number[] = [];
  for (let r = 0; r < ringCount; r++) {
    const from = openStarts[r];
    const to = openStarts[r + 1];
    const at = from + r;
    ringStarts[r] = at;
    for (let v = from, o = 2 * at; v < to; v++, o += 2) {
      positions[o] = commonX(coords[2 * v]) - originX;
      positions[o + 1] = commonY(coords[2 * v + 1]) - originY;
    }
    positions[2 * (at + to - from)] = positions[2 * at];
    positions[2 * (at + to - from) + 1] = positions[2 * at + 1];
  }
  ringStarts[ringCount] = vertexCount;
  for (let p = 0; p < count; p++) {
    const r0 = parcelRingStarts[p];
    const r1 = parcelRingStarts[p + 1];
    parcelStarts[p] = r0 < ringCount ? ringStarts[r0] : vertexCount;
    if (r0 === r1) continue;
    vertexParcels.fill(p, ringStarts[r0], r1 < ringCount ? ringStarts[r1] : vertexCount);
    // A polygon is an outer ring and the clockwise rings after it (its holes).
    for (let r = r0; r < r1; ) {
      let end = r + 1;
      while (end < r1 && signedArea2(coords, openStarts[end], openStarts[end + 1]) < 0) end++;
      const from = openStarts[r];
      holes.length = 0;
      for (let h = r + 1; h < end; h++) holes.push(openStarts[h] - from);
      const triangles = earcut(coords.subarray(2 * from, 2 * openStarts[end]), holes.length ? holes : undefined, 2);
      if (indexCount + triangles.length > indices.length) {
        const grown = new Uint32Array(2 * (indexCount + triangles.length));
        grown.set(indices.subarray(0, indexCount));
        indices = grown;
      }
      for (const t of triangles) {
        // Open vertex t of this polygon → its index in the closed positions (one extra vertex per ring before it).
        let ring = r;
        while (ring + 1 < end && openStarts[ring + 1] - from <= t) ring++;
        indices[indexCount++] = t + from + ring;
      }
      r = end;
    }
  }
  parcelStarts[count] = vertexCount;
  return {
    count,
    positions,
    origin: [originX, originY],
    vertexParcels,
    ringStarts,
    parcelStarts,
    indices: indexCount < indices.length ? indices.slice(0, indexCount) : indices,
    bbox: usable ? [west, south, east, north] : null,
  };
}

/** The arrays of a mesh, to transfer it to another thread without copying. */
export function meshBuffers(mesh: ParcelMesh): ArrayBuffer[] {
  return [mesh.positions.buffer, mesh.vertexParcels.buffer, mesh.ringStarts.buffer, mesh.parcelStarts.buffer, mesh.indices.buffer] as ArrayBuffer[];
}
