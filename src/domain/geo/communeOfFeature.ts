// The commune/ward of one feature: the one its data names (`commune_code` / `commune_name`, as the sample
// layers carry), else the one it lies in by assignCommune (imported features), else none.
import type { Feature } from 'geojson';
import type { CommuneRef } from './assignCommune.ts';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

export function communeOfFeature(feature: Feature, assign: ((geometry: Feature['geometry']) => CommuneRef | null) | null): CommuneRef | null {
  const p = feature.properties ?? {};
  const code = text(p.commune_code);
  const name = text(p.commune_name);
  if (code || name) return { code, name: name || code };
  return assign ? assign(feature.geometry) : null;
}
