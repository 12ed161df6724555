// Packed parcels (src/domain/scoring/packParcels.ts) as a mesh deck.gl draws with binary attributes: every ring
// closed again (fill and outlines read the same positions), one polygon per parcel (a map pick's index is the
// parcel's index) and the triangles computed here, in the import worker, so the map thread never runs earcut.
// Every array is in the layout deck.gl uploads as it is (positions as float32 pairs, a parcel index per vertex),
// so the map thread converts nothing: at 2M parcels deck.gl's own conversion of float64 positions and its
// per-vertex row indexes held the page for 1.7 s of a 4 s task.
import earcut from 'earcut';
import type { PackedParcels } from '../scoring/packParcels.ts';

export interface ParcelMesh {
  count: number;
  /**
   * lon, lat per vertex as float32, rings closed (first vertex repeated), parcels in file order. Float32 is what
   * the GPU draws: about 0.4 m of rounding at the province's longitudes, under a pixel below zoom 18. Measuring
   * uses the parcels' float64 coordinates, never these.
   */
  positions: Float32Array;
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
  const holes: number[] = [];
  for (let r = 0; r < ringCount; r++) {
    const from = openStarts[r];
    const to = openStarts[r + 1];
    const at = from + r;
    ringStarts[r] = at;
    positions.set(coords.subarray(2 * from, 2 * to), 2 * at);
    positions[2 * (at + to - from)] = coords[2 * from];
    positions[2 * (at + to - from) + 1] = coords[2 * from + 1];
  }
  ringStarts[ringCount] = vertexCount;
  for (let p = 0; p < count; p++) {
    const r0 = parcelRingStarts[p];
    const r1 = parcelRingStarts[p + 1];
    parcelStarts[p] = r0 < ringCount ? ringStarts[r0] : vertexCount;
    if (r0 === r1) continue;
    vertexParcels.fill(p, ringStarts[r0], r1 < ringCount ? ringStarts[r1] : vertexCount);
    const b = 4 * p;
    if (parcels.bbox[b] < west) west = parcels.bbox[b];
    if (parcels.bbox[b + 1] < south) south = parcels.bbox[b + 1];
    if (parcels.bbox[b + 2] > east) east = parcels.bbox[b + 2];
    if (parcels.bbox[b + 3] > north) north = parcels.bbox[b + 3];
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
    vertexParcels,
    ringStarts,
    parcelStarts,
    indices: indexCount < indices.length ? indices.slice(0, indexCount) : indices,
    bbox: Number.isFinite(west + south + east + north) ? [west, south, east, north] : null,
  };
}

/** The arrays of a mesh, to transfer it to another thread without copying. */
export function meshBuffers(mesh: ParcelMesh): ArrayBuffer[] {
  return [mesh.positions.buffer, mesh.vertexParcels.buffer, mesh.ringStarts.buffer, mesh.parcelStarts.buffer, mesh.indices.buffer] as ArrayBuffer[];
}
