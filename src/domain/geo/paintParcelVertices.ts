// A cadastre's score colours per mesh vertex (RGBA bytes, the layout of buildParcelMesh: rings closed, parcels in
// order), made where the scores are made — the scoring worker — so the page's thread only hands them to the GPU.
// `palettes[n]` holds the colours of n classes (the map's, given by the page); a parcel's class comes from the
// class limits (classOfScore), an excluded parcel (NaN) gets `excluded`.
import { classOfScore } from '../scoring/computeQuantileBreaks.ts';
import type { PackedParcels } from '../scoring/packParcels.ts';

export type Rgba = [number, number, number, number];

export interface VertexPaint {
  palettes: Rgba[][];
  excluded: Rgba;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const word = ([r, g, b, a]: Rgba) => (littleEndian ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0);

export function paintParcelVertices(parcels: PackedParcels, scores: Float64Array, breaks: readonly number[], paint: VertexPaint): Uint8Array {
  const { ringStarts, parcelRingStarts, count } = parcels;
  const ringCount = ringStarts.length - 1;
  const words = new Uint32Array(ringStarts[ringCount] + ringCount);
  const classes = Math.max(0, breaks.length - 1);
  const palette = (paint.palettes[classes] ?? []).map(word);
  const excluded = word(paint.excluded);
  for (let p = 0; p < count; p++) {
    const r0 = parcelRingStarts[p];
    const r1 = parcelRingStarts[p + 1];
    if (r0 === r1) continue;
    const k = classOfScore(scores[p], breaks);
    const w = k < 0 ? excluded : (palette[k] ?? excluded);
    // Closed vertices: one more per ring before it than the open coordinates.
    words.fill(w, ringStarts[r0] + r0, ringStarts[r1] + r1);
  }
  return new Uint8Array(words.buffer);
}
