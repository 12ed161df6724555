// The data side of scoring: which features each measure reads, indexed once per data change.
import type { Feature } from 'geojson';
import type { LayerRole } from '../model/layerRoles.ts';
import { buildFeatureSet, passesFilter, type FeatureSet } from './buildFeatureSet.ts';
import { measureKey, type MeasureSource, type MeasureSpec, type Scenario } from './scenario.ts';

/** A layer as the engine sees it: its id, role and features (WGS84 GeoJSON). */
export interface ScoringLayer {
  id: string;
  role: LayerRole;
  features: Feature[];
}

export interface MeasureContext {
  /** Distinct measures, in a stable order, by key. */
  specs: Map<string, MeasureSpec>;
  /** The indexed source features of each measure (null when it reads only the parcel). */
  sets: Map<string, FeatureSet | null>;
  /** How many source features each measure found: 0 tells the user a layer or filter is empty. */
  sourceCounts: Map<string, number>;
}

/** Every measure a scenario needs: its criteria's and its enabled constraints'. */
export function scenarioMeasures(scenario: Scenario): MeasureSpec[] {
  return [...scenario.criteria.map((c) => c.measure), ...scenario.constraints.filter((c) => c.enabled !== false).map((c) => c.measure)];
}

/** Whether a measure's source reads this layer: the chosen layer, or else every layer of its role. */
export function sourceReadsLayer(source: MeasureSource, layer: { id: string; role: LayerRole }): boolean {
  return source.layerId ? layer.id === source.layerId : layer.role === source.role;
}

function sourceFeatures(spec: MeasureSpec, layers: ScoringLayer[]): Feature[] {
  const source = spec.source;
  if (!source) return [];
  const out: Feature[] = [];
  for (const layer of layers) {
    if (!sourceReadsLayer(source, layer)) continue;
    for (const f of layer.features) if (passesFilter(f.properties, source.filter)) out.push(f);
  }
  return out;
}

/** Builds the spatial indexes for the given measures (the expensive part that is shared by all parcels). */
export function createMeasureContext(layers: ScoringLayer[], specs: MeasureSpec[]): MeasureContext {
  const map = new Map<string, MeasureSpec>();
  for (const s of specs) map.set(measureKey(s), s);
  const sets = new Map<string, FeatureSet | null>();
  const sourceCounts = new Map<string, number>();
  for (const [key, spec] of map) {
    if (spec.kind === 'area' || !spec.source) {
      sets.set(key, null);
      sourceCounts.set(key, 0);
      continue;
    }
    const features = sourceFeatures(spec, layers);
    sourceCounts.set(key, features.length);
    sets.set(key, buildFeatureSet(features, spec.kind === 'attribute' ? (spec.property ?? 'landuse_code') : undefined));
  }
  return { specs: map, sets, sourceCounts };
}
