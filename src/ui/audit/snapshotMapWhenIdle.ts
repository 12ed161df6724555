// A PNG of the map once it has finished moving and drawing (tiles, style, deck.gl overlay).
import type { MapController } from '../../map/MapController.ts';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export async function snapshotMapWhenIdle(controller: MapController, timeoutMs = 8000): Promise<string> {
  const map = controller.map;
  // Let React push the latest fit request and overlay to the controller first.
  await frame();
  await frame();
  await new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, timeoutMs);
    const settle = () => {
      map.once('idle', () => {
        window.clearTimeout(timer);
        resolve();
      });
      map.triggerRepaint();
    };
    if (map.isMoving()) map.once('moveend', settle);
    else settle();
  });
  // deck.gl draws on its own animation frame after the map.
  await frame();
  await frame();
  return controller.snapshotDataUrl();
}
