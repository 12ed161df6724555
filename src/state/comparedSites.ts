// The sites ticked for comparison, between the scoring session (parcel indices across the candidate layers, in
// the score arrays' order) and a slide (layer id + feature index, like a selection: still right when another
// candidate layer is added or removed before the slide is played).
import type { SiteRef } from '../domain/slides/slide.ts';

/** Where one candidate layer's parcels are in the score arrays. */
export interface ParcelRange {
  layerId: string;
  offset: number;
  count: number;
}

/** The ranges of a score layer (or of a scoring input): the candidate layers by offset, or the one cadastre. */
export function parcelRanges(layout: { candidateLayers: { id: string; data: { features: unknown[] } }[]; offsets: Record<string, number>; packed?: { layerId: string; count: number } }): ParcelRange[] {
  if (layout.packed) return [{ layerId: layout.packed.layerId, offset: 0, count: layout.packed.count }];
  return layout.candidateLayers.flatMap((l) => (layout.offsets[l.id] === undefined ? [] : [{ layerId: l.id, offset: layout.offsets[l.id], count: l.data.features.length }]));
}

/** Parcel indices → sites (an index outside every range is dropped). */
export function siteRefsOf(indices: readonly number[], ranges: readonly ParcelRange[]): SiteRef[] {
  return indices.flatMap((i) => {
    const range = ranges.find((r) => i >= r.offset && i < r.offset + r.count);
    return range ? [{ layerId: range.layerId, featureIndex: i - range.offset }] : [];
  });
}

/** Sites → parcel indices (a site whose layer is gone or shorter now is dropped). */
export function parcelIndicesOf(sites: readonly SiteRef[], ranges: readonly ParcelRange[]): number[] {
  return sites.flatMap((site) => {
    const range = ranges.find((r) => r.layerId === site.layerId);
    return range && site.featureIndex < range.count ? [range.offset + site.featureIndex] : [];
  });
}
