// Crops a map snapshot to the project (plus a margin and, room permitting, a landscape shape), so the
// sheet's map extract shows the project rather than the whole map pane; then draws a scale bar and a north
// arrow on it (the map is north-up), so the extract reads as a location map.
import type { MapController } from '../../map/MapController.ts';
import { chooseScaleBar } from '../../domain/geo/chooseScaleBar.ts';

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
  const context = canvas.getContext('2d')!;
  context.drawImage(image, x0 * scale, y0 * scale, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
  // Ground metres per CSS pixel across the project (east–west at its middle latitude).
  const midLatRad = (((bounds[1] + bounds[3]) / 2) * Math.PI) / 180;
  const widthM = ((bounds[2] - bounds[0]) * Math.PI * 6_371_008.8 * Math.cos(midLatRad)) / 180;
  const metresPerPx = Math.abs(bx - ax) > 0 ? widthM / Math.abs(bx - ax) : 0;
  drawScaleBarAndNorthArrow(context, canvas.width, canvas.height, metresPerPx / scale, scale);
  return canvas.toDataURL('image/png');
}

function drawScaleBarAndNorthArrow(context: CanvasRenderingContext2D, width: number, height: number, metresPerPx: number, dpr: number): void {
  const bar = chooseScaleBar(metresPerPx, width * 0.25);
  const unit = 8 * dpr;
  context.save();
  context.font = `${Math.round(11 * dpr)}px 'Noto Sans', sans-serif`;
  context.lineWidth = 1.5 * dpr;
  context.strokeStyle = '#111';
  context.fillStyle = 'rgba(255,255,255,0.85)';
  if (bar) {
    const x = unit;
    const y = height - unit * 1.5;
    context.fillRect(x - unit / 2, y - unit * 2.4, bar.lengthPx + unit * 1.5 + context.measureText(bar.label).width, unit * 3);
    context.fillStyle = '#111';
    context.fillRect(x, y - unit / 2, bar.lengthPx / 2, unit / 2);
    context.strokeRect(x, y - unit / 2, bar.lengthPx, unit / 2);
    context.fillText('0', x - 3 * dpr, y - unit * 0.9);
    context.fillText(bar.label, x + bar.lengthPx + unit / 2, y);
  }
  // North arrow, top right.
  const cx = width - unit * 2.5;
  const cy = unit * 1.5;
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(cx - unit * 1.4, cy - unit * 0.8, unit * 2.8, unit * 5.2);
  context.fillStyle = '#111';
  context.beginPath();
  context.moveTo(cx, cy + unit * 1.4);
  context.lineTo(cx + unit * 0.9, cy + unit * 4.2);
  context.lineTo(cx, cy + unit * 3.5);
  context.lineTo(cx - unit * 0.9, cy + unit * 4.2);
  context.closePath();
  context.fill();
  context.textAlign = 'center';
  // "B" for Bắc (north), as on Vietnamese maps.
  context.fillText('B', cx, cy + unit * 0.9);
  context.restore();
}
