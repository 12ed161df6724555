// Crops a map snapshot to the project (plus a margin and, room permitting, a landscape shape), so the
// sheet's map extract shows the project rather than the whole map pane.
import type { MapController } from '../../map/MapController.ts';

export async function cropMapSnapshot(
  dataUrl: string,
  controller: MapController,
  bounds: [number, number, number, number],
  paddingPx = 36,
  minAspect = 1.6,
): Promise<string> {
  const { width: cssWidth, height: cssHeight } = controller.sizePx();
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const scale = image.naturalWidth / cssWidth;
  const [ax, ay] = controller.project([bounds[0], bounds[3]]);
  const [bx, by] = controller.project([bounds[2], bounds[1]]);
  let x0 = Math.min(ax, bx) - paddingPx;
  let x1 = Math.max(ax, bx) + paddingPx;
  let y0 = Math.min(ay, by) - paddingPx;
  let y1 = Math.max(ay, by) + paddingPx;
  if ((x1 - x0) / (y1 - y0) < minAspect) {
    const extra = ((y1 - y0) * minAspect - (x1 - x0)) / 2;
    x0 -= extra;
    x1 += extra;
  }
  x0 = Math.max(0, x0);
  y0 = Math.max(0, y0);
  x1 = Math.min(cssWidth, x1);
  y1 = Math.min(cssHeight, y1);
  if (x1 - x0 < 80 || y1 - y0 < 80) return dataUrl;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((x1 - x0) * scale);
  canvas.height = Math.round((y1 - y0) * scale);
  canvas.getContext('2d')!.drawImage(image, x0 * scale, y0 * scale, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
