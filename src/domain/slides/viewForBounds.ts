// The web-mercator camera that fits [west, south, east, north] in a map of `widthPx` × `heightPx` CSS pixels
// with `paddingPx` around (what MapLibre's fitBounds computes, for a slide made without a map: the CLI's). An
// uneven padding (room for the slide caption at the bottom) shifts the centre so the bounds sit in what is left.
import type { MapView } from '../model/projectDocument.ts';

const TILE_PX = 512;
const mercatorY = (latDeg: number) => {
  const phi = (Math.max(-85.05, Math.min(85.05, latDeg)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};

export interface PaddingPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function viewForBounds(bounds: [number, number, number, number], widthPx: number, heightPx: number, paddingPx: number | PaddingPx = 40, maxZoom = 16): MapView {
  const pad = typeof paddingPx === 'number' ? { top: paddingPx, right: paddingPx, bottom: paddingPx, left: paddingPx } : paddingPx;
  const [west, south, east, north] = bounds;
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const fitted = Math.log2(Math.min((widthPx - pad.left - pad.right) / (spanX * TILE_PX), (heightPx - pad.top - pad.bottom) / (spanY * TILE_PX)));
  const zoom = Math.max(0, Math.min(maxZoom, fitted));
  // The bounds' centre sits at the middle of the padded box: the map's centre is that far off, in world units.
  const worldPx = TILE_PX * 2 ** zoom;
  const xc = (x0 + x1) / 2 + (pad.right - pad.left) / 2 / worldPx;
  const yc = (y0 + y1) / 2 + (pad.bottom - pad.top) / 2 / worldPx;
  const latC = (Math.atan(Math.sinh(Math.PI * (1 - 2 * yc))) * 180) / Math.PI;
  return { center: [xc * 360 - 180, latC], zoom, bearing: 0, pitch: 0 };
}
