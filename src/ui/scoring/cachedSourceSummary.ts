// The attribute filter's view of a source — its features and their property summary (≈ 0,5 s per
// 100,000 features) — kept per combination of the source layers' data arrays. A role spanning several
// layers joins them into a new array; keyed by that array the cache never hit. Keyed by the layers'
// own arrays (by identity, in order), every criterion reading the same unchanged data shares one
// summary, and new data (an import, an edit, undo) gets a new one. Weak keys: dropped data is freed.
import type { Feature } from 'geojson';
import { sourceReadsLayer, type ScoringLayer } from '../../domain/scoring/measureContext.ts';
import type { MeasureSource } from '../../domain/scoring/scenario.ts';
import { sourceFeaturesOf, summarizeSourceProperties, type SourceSummary } from './summarizeSourceProperties.ts';

interface CacheNode {
  features?: readonly Feature[];
  summary?: SourceSummary;
  next: WeakMap<readonly Feature[], CacheNode>;
}

const root: CacheNode = { next: new WeakMap() };

/** The cache entry of exactly these data arrays, in this order. */
function nodeOf(matching: readonly ScoringLayer[]): CacheNode {
  let node = root;
  for (const layer of matching) {
    let child = node.next.get(layer.features);
    if (!child) {
      child = { next: new WeakMap() };
      node.next.set(layer.features, child);
    }
    node = child;
  }
  return node;
}

/** The layers a source reads (the engine's selection). */
function matchingLayers(source: MeasureSource, layers: readonly ScoringLayer[]): ScoringLayer[] {
  return layers.filter((layer) => sourceReadsLayer(source, layer));
}

/** The source's features before its filter: the same array while the layers' data is unchanged. */
export function cachedSourceFeatures(source: MeasureSource, layers: readonly ScoringLayer[]): readonly Feature[] {
  const matching = matchingLayers(source, layers);
  const node = nodeOf(matching);
  node.features ??= sourceFeaturesOf(source, matching);
  return node.features;
}

/** The property summary of the source's features, built once per combination of data arrays. */
export function cachedSourceSummary(source: MeasureSource, layers: readonly ScoringLayer[]): SourceSummary {
  const matching = matchingLayers(source, layers);
  const node = nodeOf(matching);
  node.features ??= sourceFeaturesOf(source, matching);
  node.summary ??= summarizeSourceProperties(node.features);
  return node.summary;
}
