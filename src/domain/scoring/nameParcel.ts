// How a candidate parcel is named in tooltips, rankings and the meeting package: its `id` (else the caller's
// fallback, e.g. "layer#3") and its `name` (empty when it has none).
import type { Feature } from 'geojson';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function nameParcel(feature: Feature, fallbackId: string): { id: string; name: string } {
  const p = feature.properties ?? {};
  return { id: text(p.id) || fallbackId, name: text(p.name) };
}
