// What a map in a meeting or on paper must credit: the sources of the visible layers (the text of their ⓘ
// note), the basemap's attribution when it is shown, and whether any shown layer is illustrative sample data
// (then the sample's "dữ liệu minh họa" note is printed with it).
import type { BasemapId, ProjectLayer } from '../domain/model/projectDocument.ts';

export interface MapSources {
  /** Distinct source lines, in layer order (top-most first). */
  sources: string[];
  /** True when a visible layer is the authored illustrative sample. */
  illustrative: boolean;
}

export function listSources(layers: readonly ProjectLayer[], basemap: BasemapId, basemapAttribution: string): MapSources {
  const visible = layers.filter((layer) => layer.visible).reverse();
  const sources: string[] = [];
  for (const layer of visible) {
    const source = layer.metadata.source?.trim();
    if (source && !sources.includes(source)) sources.push(source);
  }
  if (basemap === 'osm') sources.push(basemapAttribution);
  return { sources, illustrative: visible.some((layer) => layer.metadata.illustrative) };
}
