// One packed parcel back as a GeoJSON polygon (geometry only): the map's highlight of a clicked cadastre parcel.
import type { Feature, Position } from 'geojson';
import type { PackedParcels } from '../scoring/packParcels.ts';

/** Parcel `index` as a MultiPolygon (each outer ring with the clockwise rings after it); null when it has no ring. */
export function packedParcelFeature(parcels: PackedParcels, index: number): Feature | null {
  if (!(index >= 0 && index < parcels.count)) return null;
  const { coords, ringStarts, parcelRingStarts } = parcels;
  const polygons: Position[][][] = [];
  for (let r = parcelRingStarts[index]; r < parcelRingStarts[index + 1]; r++) {
    const ring: Position[] = [];
    let signed = 0;
    const from = ringStarts[r];
    const to = ringStarts[r + 1];
    for (let i = from, j = to - 1; i < to; j = i++) signed += (coords[2 * j] - coords[2 * i]) * (coords[2 * j + 1] + coords[2 * i + 1]);
    for (let i = from; i < to; i++) ring.push([coords[2 * i], coords[2 * i + 1]]);
    ring.push([coords[2 * from], coords[2 * from + 1]]);
    // Packed outer rings are counter-clockwise; a clockwise ring is a hole of the polygon before it.
    if (signed < 0 && polygons.length > 0) polygons[polygons.length - 1].push(ring);
    else polygons.push([ring]);
  }
  if (polygons.length === 0) return null;
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}
