// The data side of scoring: which features each measure reads, indexed once per data change.
import type { Feature } from 'geojson';
import type { LayerRole } from '../model/layerRoles.ts';
import { buildRoadGraph, type RoadGraphOptions } from '../network/buildRoadGraph.ts';
import { buildTravelField, type TravelField } from '../network/buildTravelField.ts';
import type { RoadGraph } from '../network/roadGraph.ts';
import { speedsFor } from '../network/roadSpeeds.ts';
import type { JobsReach } from './measure/measureJobsWithinReach.ts';
import { buildFeatureSet, passesFilter, type FeatureSet } from './buildFeatureSet.ts';
import { isJobsMeasure, isNetworkDistance, measureKey, straightDistance, type MeasureSource, type MeasureSpec, type Scenario } from './scenario.ts';

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
  /**
   * Distances along the roads: the graph of the transport layers searched once from the measure's
   * targets (null when there is no road line). Absent when no measure goes along the roads.
   */
  travel?: Map<string, TravelField | JobsReach | null>;
}

/**
 * Every measure a scenario needs: its criteria's and its enabled constraints' (with their exceptions'), and for a distance along
 * the roads also the straight distance (a parcel's explanation shows both).
 */
export function scenarioMeasures(scenario: Scenario): MeasureSpec[] {
  const constraints = scenario.constraints.filter((c) => c.enabled !== false);
  const specs = [...scenario.criteria.map((c) => c.measure), ...constraints.flatMap((c) => [c.measure, ...(c.unless ?? []).map((u) => u.measure)])];
  return [...specs, ...specs.filter(isNetworkDistance).map(straightDistance)];
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
export function createMeasureContext(layers: ScoringLayer[], specs: MeasureSpec[], roadOptions: RoadGraphOptions = {}): MeasureContext {
  const map = new Map<string, MeasureSpec>();
  for (const s of specs) map.set(measureKey(s), s);
  const sets = new Map<string, FeatureSet | null>();
  const sourceCounts = new Map<string, number>();
  const travel = new Map<string, TravelField | JobsReach | null>();
  let roads: RoadGraph | undefined;
  for (const [key, spec] of map) {
    if (spec.kind === 'area' || !spec.source) {
      sets.set(key, null);
      sourceCounts.set(key, 0);
      continue;
    }
    const features = sourceFeatures(spec, layers);
    sourceCounts.set(key, features.length);
    sets.set(key, buildFeatureSet(features, spec.kind === 'attribute' ? (spec.property ?? 'landuse_code') : undefined));
    if (isNetworkDistance(spec)) {
      // One graph for every road measure of the run: the lines of the transport layers.
      if (roads === undefined) roads = buildRoadGraph(layers.filter((l) => l.role === 'transport').flatMap((l) => l.features), roadOptions);
      const speeds = speedsFor(spec.travelMode ?? 'motorbike', spec.speedsKmh);
      travel.set(key, roads.edgeCount > 0 ? buildTravelField(roads, targetPoints(features), speeds, spec.distanceMode === 'travel_min' ? 'min' : 'm') : null);
    }
    if (isJobsMeasure(spec)) {
      if (roads === undefined) roads = buildRoadGraph(layers.filter((l) => l.role === 'transport').flatMap((l) => l.features), roadOptions);
      const speeds = speedsFor(spec.travelMode ?? 'motorbike', spec.speedsKmh);
      // One field per feature with workers (planned parks count with their planned workers).
      const counted = features.map((f) => ({ f, workers: Number(f.properties?.[spec.property ?? 'workers']) })).filter((x) => x.workers > 0);
      const graph = roads;
      travel.set(key, graph.edgeCount > 0 ? { fields: counted.map(({ f }) => buildTravelField(graph, targetPoints([f]), speeds, 'min')), workers: counted.map((x) => x.workers) } : null);
    }
  }
  return { specs: map, sets, sourceCounts, ...(travel.size > 0 ? { travel } : {}) };
}

/** The points a road distance goes to: point features, and the vertices of target lines and polygons. */
function targetPoints(features: Feature[]): number[] {
  const out: number[] = [];
  const visit = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(+c[0], +c[1]);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'GeometryCollection') g.geometries.forEach((x) => 'coordinates' in x && visit(x.coordinates));
    else if (g) visit(g.coordinates);
  }
  return out;
}
