// The communes/wards projects are counted in, from an admin_unit layer: the features whose `level` is
// commune, ward or special_zone (or every feature when none has a level, e.g. a plain communes file). Code and name
// come from `commune_code`/`commune_name` (the 2025 communes) or `code`/`name`; level, former province and
// `formed_from` are kept when the layer has them (the zoom-to-commune search reads them).
import type { FeatureCollection } from 'geojson';
import type { Commune } from './types.ts';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** The commune-level units since 1 July 2025: communes, wards and the Lý Sơn special zone. */
const COMMUNE_LEVELS = new Set(['commune', 'ward', 'special_zone']);

export function readCommunes(collection: FeatureCollection): Commune[] {
  const hasLevel = collection.features.some((f) => text(f.properties?.level) !== '');
  const communes: Commune[] = [];
  collection.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const level = text(p.level);
    if (hasLevel && !COMMUNE_LEVELS.has(level)) return;
    const code = text(p.commune_code) || text(p.code) || `#${i + 1}`;
    const commune: Commune = { code, name: text(p.commune_name) || text(p.name) || code, geometry: f.geometry ?? null };
    if (level) commune.level = level;
    if (text(p.former_province)) commune.formerProvince = text(p.former_province);
    if (text(p.formed_from)) commune.formedFrom = text(p.formed_from);
    communes.push(commune);
  });
  return communes;
}
