// Candidate parcels as flat typed arrays: fast to measure, and transferable to a worker without copying.
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { Message } from '../../i18n/message.ts';
import { createParcelPacker, type ParcelPacker } from './createParcelPacker.ts';

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
        if (n > 1 && ring[0][0] === ring[n - 1][0] && ring[0][1] === ring[n - 1][1]) n--;
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
  // Count first, then write into typed arrays of the right size: no number[] of millions of boxed pushes.
  const [vertices, rings] = countRingVertices(features);
  const packer = createParcelPacker(attributeKeys, { parcels: count, vertices, rings }, options);
  packFeatures(packer, features, 0, attributeKeys);
  return packer.finish();
}

/** Packs `features` as parcels first, first + 1 … into `packer` (packParcels; a reader packing a stream batch by batch). */
export function packFeatures(packer: ParcelPacker, features: Feature[], first: number, attributeKeys: string[]): void {
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const p = first + i;
    packer.beginParcel(p);
    const geometry = feature?.geometry ?? null;
    const polygonCount = geometry?.type === 'Polygon' ? 1 : geometry?.type === 'MultiPolygon' ? geometry.coordinates.length : 0;
    for (let q = 0; q < polygonCount; q++) {
      const polygon = geometry!.type === 'Polygon' ? geometry!.coordinates : (geometry as MultiPolygon).coordinates[q];
      for (let r = 0; r < polygon.length; r++) {
        // Read where they are: no flat copy of the ring first (the packer takes positions).
        const ring: Position[] = polygon[r];
        packer.addPositions(ring, r === 0);
      }
    }
    packer.endParcel();
    if (attributeKeys.length > 0) {
      const props = feature?.properties;
      for (const key of attributeKeys) {
        const v = props?.[key];
        packer.setAttribute(key, p, v === undefined || v === null ? null : String(v));
      }
    }
  }
}
