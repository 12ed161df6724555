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

/**
 * Vietnam with a margin for its sea (the Hoàng Sa and Trường Sa islands, the EEZ): a layer whose box misses it lies
 * "far outside Vietnam" — a Mars .prj, a wrong meridian, swapped axes (issue 16).
 */
const VIETNAM_WITH_SEA: Bbox = [100, 5, 119, 25];

/** A warning note when `bbox` (WGS84) does not touch Vietnam and its sea, else null. */
export function checkOutsideVietnam(bbox: Bbox, layerName: string): ImportNote | null {
  if (intersects(bbox, VIETNAM_WITH_SEA)) return null;
  const note = importNote('warning', 'layer-outside-vietnam', { layer: layerName, centreLat: (bbox[1] + bbox[3]) / 2, centreLon: (bbox[0] + bbox[2]) / 2 });
  note.layer = layerName;
  return note;
}
