// The map view in the URL hash, so a view can be bookmarked or sent to a colleague:
//   #map=<zoom>/<lat>/<lon>&layers=<id>,<id>&lang=vi&basemap=none&mode=present&slide=<n>
// Pure parse/serialise; anything malformed is ignored rather than breaking the app.
import { isLanguage, type Language } from '../i18n/language.ts';
import type { BasemapId } from '../domain/model/projectDocument.ts';

export interface UrlState {
  center?: [number, number];
  zoom?: number;
  /** Ids of the visible layers; undefined means "as the project says". */
  visibleLayers?: string[];
  language?: Language;
  basemap?: BasemapId;
  /** `mode=present`: open in presentation mode (filling the window). */
  mode?: 'present';
  /** The slide shown (1-based, as the caption counts): `slide=2` opens the project's second slide. */
  slide?: number;
}

export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = {};
  const map = params.get('map');
  if (map) {
    const [zoom, lat, lon] = map.split('/').map(Number);
    if ([zoom, lat, lon].every(Number.isFinite) && zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) {
      state.zoom = zoom;
      state.center = [lon, lat];
    }
  }
  const layers = params.get('layers');
  if (layers !== null) state.visibleLayers = layers.split(',').filter(Boolean);
  const lang = params.get('lang');
  if (isLanguage(lang)) state.language = lang;
  const basemap = params.get('basemap');
  if (basemap === 'none' || basemap === 'osm') state.basemap = basemap;
  if (params.get('mode') === 'present') state.mode = 'present';
  const slide = Number(params.get('slide') ?? NaN);
  if (Number.isInteger(slide) && slide >= 1 && slide <= 10_000) state.slide = slide;
  return state;
}

export function serialiseUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.center && state.zoom !== undefined) {
    parts.push(`map=${state.zoom.toFixed(2)}/${state.center[1].toFixed(5)}/${state.center[0].toFixed(5)}`);
  }
  if (state.visibleLayers) parts.push(`layers=${state.visibleLayers.map(encodeURIComponent).join(',')}`);
  if (state.language) parts.push(`lang=${state.language}`);
  if (state.basemap) parts.push(`basemap=${state.basemap}`);
  if (state.mode) parts.push(`mode=${state.mode}`);
  if (state.slide !== undefined) parts.push(`slide=${state.slide}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
