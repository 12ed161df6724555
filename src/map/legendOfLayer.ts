// A layer's legend sections for the presentation legend and the map sheet: a role's symbols (roleStyles.ts), or,
// for the score layer (a derived layer), its score classes, excluded parcels, rank labels and compared sites
// (buildScoreLegend.ts) — the same entries the layer list shows, so a projected or printed legend matches the map.
import { isDerivedLayer } from '../domain/model/scoreResultLayer.ts';
import type { ProjectLayer } from '../domain/model/projectDocument.ts';
import type { ScoreLayerSpec } from '../state/overlaySpecs.ts';
import { buildScoreLegend } from './buildScoreLegend.ts';
import { legendFor, type LegendItem, type LegendSection } from './roleStyles.ts';
import type { Rgba } from './scoreColors.ts';

const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

export function scoreLegendSections(spec: ScoreLayerSpec): LegendSection[] {
  const legend = buildScoreLegend(spec);
  const items: LegendItem[] = [];
  for (const entry of legend.entries) {
    if (entry.kind === 'class' || entry.kind === 'excluded') items.push({ label: entry.label, color: hex(entry.color), shape: 'fill' });
    else if (entry.kind === 'compare') items.push({ label: entry.label, color: hex(entry.color), shape: 'outline' });
    else if (entry.kind === 'rank') items.push({ label: entry.label, color: '#1f2933', shape: 'circle' });
    // The P(top k) ramp has no single colour: its title says what the colours mean.
  }
  return [{ title: legend.title, items }];
}

/** `derived`: the store's derived layers (store.derivedLayers); a score layer not scored yet has no entries. */
export function legendOfLayer(layer: ProjectLayer, derived: Record<string, ScoreLayerSpec>): LegendSection[] {
  if (!isDerivedLayer(layer)) return legendFor(layer.role);
  const spec = derived[layer.id];
  return spec ? scoreLegendSections(spec) : [];
}
