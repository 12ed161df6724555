// What a criterion's attribute filter can pick from: the properties present in its source features
// (with how many features carry each), their distinct values and numeric range, and how many
// features pass a filter. Pure: the filter test itself is the engine's `passesFilter`, so the count
// shown in the editor is the count the scoring engine will use.
import type { Feature } from 'geojson';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { passesFilter } from '../../domain/scoring/buildFeatureSet.ts';
import { sourceReadsLayer, type ScoringLayer } from '../../domain/scoring/measureContext.ts';
import type { AttributeFilter, MeasureSource } from '../../domain/scoring/scenario.ts';
import type { LayerData } from '../../state/store.ts';

/** At most this many distinct values per property are tracked while scanning (ids would grow without bound). */
export const MAX_TRACKED_DISTINCT = 5000;

export interface ValueCount {
  /** The value as text: `passesFilter` compares `String(value)`, so this is what a filter stores. */
  value: string;
  count: number;
}

export interface PropertySummary {
  name: string;
  /** Features whose value is neither missing, null nor empty text. */
  featureCount: number;
  /** Distinct values, most frequent first (ties in natural order), at most `maxValues`. */
  values: ValueCount[];
  /** How many distinct values were seen (a lower bound when `distinctCapped`). */
  distinctCount: number;
  /** True when more than `MAX_TRACKED_DISTINCT` distinct values exist (counts of later ones are not kept). */
  distinctCapped: boolean;
  /** Values a numeric filter (gt/gte/lt/lte) reads as numbers, and their range; null when none. */
  numeric: { count: number; min: number; max: number } | null;
}

export interface SourceSummary {
  featureCount: number;
  /** In the order the properties first appear in the data (the attribute-table column order). */
  properties: PropertySummary[];
}

/** The layers the engine may read sources from: loaded, and not candidate parcels (as in collectScoringInput). */
export function sourceLayersOf(projectLayers: readonly ProjectLayer[], layerData: Record<string, LayerData>): ScoringLayer[] {
  const out: ScoringLayer[] = [];
  for (const l of projectLayers) {
    const d = layerData[l.id];
    if (l.role !== 'candidate_site' && d?.status === 'ready') out.push({ id: l.id, role: l.role, features: d.data.features });
  }
  return out;
}

/**
 * The features a measure source reads, before its filter: one layer by id, or every layer of the role.
 * Same selection as the engine (src/domain/scoring/measureContext.ts), given the same source layers.
 */
export function sourceFeaturesOf(source: MeasureSource, layers: ScoringLayer[]): readonly Feature[] {
  const matching = layers.filter((layer) => sourceReadsLayer(source, layer));
  // One layer: its own array, so a summary cached by array identity is reused while the data is unchanged.
  if (matching.length === 1) return matching[0].features;
  return matching.flatMap((layer) => layer.features);
}

const isEmpty = (raw: unknown) => raw === undefined || raw === null || raw === '';

/** The same "is a number" rule as `passesFilter` for gt/gte/lt/lte. */
function numericValue(raw: unknown): number | null {
  if (isEmpty(raw)) return null;
  const x = Number(raw);
  return Number.isFinite(x) ? x : null;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function summarizeSourceProperties(features: readonly Feature[], maxValues = 200): SourceSummary {
  interface Acc {
    name: string;
    featureCount: number;
    counts: Map<string, number>;
    capped: boolean;
    numericCount: number;
    min: number;
    max: number;
  }
  const byName = new Map<string, Acc>();
  for (const feature of features) {
    const props = feature.properties;
    if (!props) continue;
    for (const name of Object.keys(props)) {
      const raw: unknown = props[name];
      let acc = byName.get(name);
      if (!acc) {
        acc = { name, featureCount: 0, counts: new Map(), capped: false, numericCount: 0, min: Infinity, max: -Infinity };
        byName.set(name, acc);
      }
      if (isEmpty(raw)) continue;
      acc.featureCount++;
      // Nested objects and arrays cannot be matched by a filter value; they count as present only.
      if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
        const key = String(raw);
        const seen = acc.counts.get(key);
        if (seen !== undefined) acc.counts.set(key, seen + 1);
        else if (acc.counts.size < MAX_TRACKED_DISTINCT) acc.counts.set(key, 1);
        else acc.capped = true;
      }
      const x = numericValue(raw);
      if (x !== null) {
        acc.numericCount++;
        if (x < acc.min) acc.min = x;
        if (x > acc.max) acc.max = x;
      }
    }
  }
  const properties: PropertySummary[] = [];
  for (const acc of byName.values()) {
    const values = [...acc.counts].map(([value, count]) => ({ value, count }));
    values.sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
    properties.push({
      name: acc.name,
      featureCount: acc.featureCount,
      values: values.slice(0, maxValues),
      distinctCount: acc.counts.size,
      distinctCapped: acc.capped,
      numeric: acc.numericCount > 0 ? { count: acc.numericCount, min: acc.min, max: acc.max } : null,
    });
  }
  return { featureCount: features.length, properties };
}

/** How many features the filter keeps, by the engine's own test. */
export function countPassingFilter(features: readonly Feature[], filter: AttributeFilter | undefined): number {
  let n = 0;
  for (const f of features) if (passesFilter(f.properties, filter)) n++;
  return n;
}

/** A property to start a new filter with: a classifying one the roles use (`kind`, `class`, …), else the most common. */
export function defaultFilterProperty(summary: SourceSummary): string {
  const present = summary.properties.filter((p) => p.featureCount > 0);
  for (const name of ['kind', 'class', 'landuse_code', 'severity', 'status']) if (present.some((p) => p.name === name)) return name;
  const categorical = present.filter((p) => !p.distinctCapped && p.distinctCount > 0 && p.distinctCount <= 50 && p.distinctCount < p.featureCount);
  const pool = categorical.length > 0 ? categorical : present;
  let best = pool[0];
  for (const p of pool) if (p.featureCount > best.featureCount) best = p;
  return best?.name ?? 'kind';
}
