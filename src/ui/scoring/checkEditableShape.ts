// Which parcel shapes can be edited on the map, and whether an edited ring can be saved. terra-draw
// edits one outer ring (no holes); coordinates are rounded to its precision (1e-9°, ~0.1 mm).
import type { Geometry, Polygon, Position } from 'geojson';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { findRingCrossings } from '../../domain/validate/findRingCrossings.ts';
import { geodesicAreaM2 } from '../../domain/geo/geodesicAreaM2.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

/** terra-draw's default coordinate precision (decimal places). */
export const EDIT_PRECISION = 9;

const round = (v: number) => Math.round(v * 10 ** EDIT_PRECISION) / 10 ** EDIT_PRECISION;

/** The closed ring without repeated consecutive vertices, rounded to the editor's precision. */
function cleanRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1) {
    const [a, z] = [out[0], out[out.length - 1]];
    if (a[0] !== z[0] || a[1] !== z[1]) out.push([a[0], a[1]]);
  }
  return out;
}

/**
 * The parcel's shape as one editable polygon (a single outer ring), or why it cannot be edited here.
 * A MultiPolygon of one part without holes is edited (and saved) as a Polygon.
 */
export function editablePolygonOf(geometry: Geometry | null | undefined): Polygon | LocalText {
  let rings: Position[][] | null = null;
  if (geometry?.type === 'Polygon') rings = geometry.coordinates;
  else if (geometry?.type === 'MultiPolygon' && geometry.coordinates.length === 1) rings = geometry.coordinates[0];
  else if (geometry?.type === 'MultiPolygon') {
    return renderBoth(msg('shape.multipart', { parts: geometry.coordinates.length }));
  }
  if (!rings) return renderBoth(msg('shape.not-polygon'));
  if (rings.length > 1) return renderBoth(msg('shape.holes', { holes: rings.length - 1 }));
  const ring = cleanRing(rings[0]);
  if (ring.length < 4) return renderBoth(msg('shape.too-few-vertices'));
  return { type: 'Polygon', coordinates: [ring] };
}

/** Why the edited shape cannot be saved (Vietnamese first), or null when it can. */
export function problemWithEditedShape(polygon: Polygon): LocalText | null {
  const ring = cleanRing(polygon.coordinates[0] ?? []);
  if (ring.length < 4) return renderBoth(msg('shape.needs-three-vertices'));
  if (findRingCrossings([ring]) > 0) return renderBoth(msg('shape.self-crossing'));
  if (geodesicAreaM2(polygon) < 1) return renderBoth(msg('shape.zero-area'));
  return null;
}

/** Same ring, vertex for vertex (after rounding), so "nothing changed" can be told apart. */
export function sameShape(a: Polygon, b: Polygon): boolean {
  const ra = cleanRing(a.coordinates[0] ?? []);
  const rb = cleanRing(b.coordinates[0] ?? []);
  return ra.length === rb.length && ra.every((p, i) => p[0] === rb[i][0] && p[1] === rb[i][1]);
}

/**
 * Where a parcel with `score` ranks among the other scored parcels (its own current score at `index`
 * left out), 1 = best; null when it is excluded (NaN). `outOf` counts the others scored plus itself.
 */
export function rankAmongOthers(scores: ArrayLike<number>, index: number, score: number): { rank: number | null; outOf: number } {
  let others = 0;
  let better = 0;
  for (let i = 0; i < scores.length; i++) {
    if (i === index || Number.isNaN(scores[i])) continue;
    others++;
    if (scores[i] > score) better++;
  }
  return Number.isNaN(score) ? { rank: null, outOf: others } : { rank: better + 1, outOf: others + 1 };
}
