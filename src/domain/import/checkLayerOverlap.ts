// A layer far from all the others almost always means a wrong coordinate system (or swapped axes).
import { importNote } from './importNote.ts';
import type { ImportNote } from './importTypes.ts';

type Bbox = [number, number, number, number];

const intersects = (a: Bbox, b: Bbox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * A warning note when `bbox` overlaps none of `otherBboxes` (all WGS84 [west, south, east, north]), else null.
 * With no other layers there is nothing to compare with: null.
 */
export function checkLayerOverlap(bbox: Bbox, otherBboxes: Bbox[], layerName = ''): ImportNote | null {
  if (otherBboxes.length === 0 || otherBboxes.some((o) => intersects(bbox, o))) return null;
  const note = importNote('warning', 'layer-no-overlap', { layer: layerName, centreLat: (bbox[1] + bbox[3]) / 2, centreLon: (bbox[0] + bbox[2]) / 2 });
  if (layerName) note.layer = layerName;
  return note;
}
