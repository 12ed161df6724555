// The web-mercator camera that fits [west, south, east, north] in a map of `widthPx` × `heightPx` CSS pixels
// with `paddingPx` around (what MapLibre's fitBounds computes, for a slide made without a map: the CLI's).
import type { MapView } from '../model/projectDocument.ts';

const TILE_PX = 512;
const mercatorY = (latDeg: number) => {
  const phi = (Math.max(-85.05, Math.min(85.05, latDeg)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};

export function viewForBounds(bounds: [number, number, number, number], widthPx: number, heightPx: number, paddingPx = 40, maxZoom = 16): MapView {
  const [west, south, east, north] = bounds;
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const zoom = Math.log2(Math.min((widthPx - 2 * paddingPx) / (spanX * TILE_PX), (heightPx - 2 * paddingPx) / (spanY * TILE_PX)));
  const yc = (y0 + y1) / 2;
  const latC = (Math.atan(Math.sinh(Math.PI * (1 - 2 * yc))) * 180) / Math.PI;
  return { center: [(west + east) / 2, latC], zoom: Math.max(0, Math.min(maxZoom, zoom)), bearing: 0, pitch: 0 };
}
