// A cadastre's fill colours as deck.gl wants them for a binary layer: RGBA bytes per mesh vertex, so deck.gl
// uploads them as they are (an accessor over 2M parcels would have it fill its own buffer vertex by vertex).
// One pass over the vertices with a 32-bit write each: ~14M vertices at 2M parcels.
import type { ParcelMesh } from '../domain/geo/buildParcelMesh.ts';
import type { Rgba } from './scoreColors.ts';

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const pack = ([r, g, b, a]: Rgba) => (littleEndian ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0);

/** `colorOf(parcel)` for every vertex of the parcel; colours are compared by identity, so reuse a few Rgba objects. */
export function meshVertexColors(mesh: ParcelMesh, colorOf: (parcel: number) => Rgba): Uint8Array {
  const words = new Uint32Array(mesh.vertexParcels.length);
  let last: Rgba | null = null;
  let word = 0;
  for (let p = 0; p < mesh.count; p++) {
    const c = colorOf(p);
    if (c !== last) {
      last = c;
      word = pack(c);
    }
    for (let v = mesh.parcelStarts[p], end = mesh.parcelStarts[p + 1]; v < end; v++) words[v] = word;
  }
  return new Uint8Array(words.buffer);
}
