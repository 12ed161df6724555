// Copies mapped source fields onto the role's property keys (source fields are kept under their own names too,
// so nothing is lost). Areas are converted when the source unit differs from the property's (m² ↔ ha).
import type { Feature } from 'geojson';
import type { FieldMapping } from './guessFieldMapping.ts';

export type AreaUnit = 'm2' | 'ha';

/**
 * Guesses whether area values are m² or ha from their median, for a property whose unit is `target`.
 * Parcels are tens to thousands of m²; zones are tens to thousands of ha. A median above 5,000 is read as m²
 * when the target is ha; a median under 50 is read as ha when the target is m². Otherwise: already in target.
 */
export function guessAreaUnit(values: unknown[], target: AreaUnit): AreaUnit {
  const nums = values.map(Number).filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (nums.length === 0) return target;
  const median = nums[Math.floor(nums.length / 2)];
  if (target === 'ha') return median > 5000 ? 'm2' : 'ha';
  return median < 50 ? 'ha' : 'm2';
}

export interface ApplyFieldMappingOptions {
  /** Unit of the source field mapped to an `_m2` / `_ha` key; guessed from the values when not given. */
  areaUnits?: Record<string, AreaUnit>;
}

/** Returns new features with role properties filled from the mapping; the source properties stay alongside. */
export function applyFieldMapping(features: Feature[], mapping: FieldMapping, options: ApplyFieldMappingOptions = {}): Feature[] {
  const factors: Record<string, number> = {};
  for (const [key, field] of Object.entries(mapping)) {
    const target: AreaUnit | undefined = key.endsWith('_m2') ? 'm2' : key.endsWith('_ha') ? 'ha' : undefined;
    if (!target) continue;
    const source = options.areaUnits?.[field] ?? guessAreaUnit(features.map((f) => f.properties?.[field]), target);
    factors[key] = source === target ? 1 : source === 'm2' ? 1 / 10000 : 10000;
  }
  return features.map((f) => {
    const properties: Record<string, unknown> = { ...(f.properties ?? {}) };
    for (const [key, field] of Object.entries(mapping)) {
      const value = f.properties?.[field];
      if (value === undefined) continue;
      if (factors[key] !== undefined && value !== null && value !== '') {
        const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
        properties[key] = Number.isFinite(n) ? n * factors[key] : null;
      } else properties[key] = value;
    }
    return { ...f, properties };
  });
}
