// The score layer's legend as data: its title and one entry per score class (with its score range), the excluded
// parcels' hatched grey, the compared sites' outline and the rank labels. Pure, so the layer list, a presentation
// legend and a printed map sheet all list the same entries.
import type { LocalText } from '../domain/model/layerRoles.ts';
import { formatNumber } from '../i18n/format.ts';
import { uiTextBoth } from '../i18n/renderMessage.ts';
import type { ScoreLayerSpec } from '../state/overlaySpecs.ts';
import { COMPARE_INK, EXCLUDED_FILL, probabilityGradient, scoreClassColor, type Rgba } from './scoreColors.ts';
import { countScored } from '../domain/scoring/countScored.ts';

export type ScoreLegendEntry =
  /** A score class: parcels scored in [min, max] (the last class includes max). */
  | { kind: 'class'; label: LocalText; color: Rgba; min: number; max: number }
  /** The P(top k) ramp, as a CSS gradient from 0 to 100 %. */
  | { kind: 'ramp'; label: LocalText; gradient: string }
  | { kind: 'excluded'; label: LocalText; color: Rgba }
  | { kind: 'compare'; label: LocalText; color: Rgba }
  | { kind: 'rank'; label: LocalText };

export interface ScoreLegendData {
  title: LocalText;
  entries: ScoreLegendEntry[];
}

const both = (f: (language: 'vi' | 'en') => string): LocalText => ({ vi: f('vi'), en: f('en') });
const score = (v: number, language: 'vi' | 'en') => formatNumber(v, language, 1);

/** Best class first, as legends of a ranking read. */
export function buildScoreLegend(spec: Pick<ScoreLayerSpec, 'breaks' | 'probability' | 'excludedBy' | 'topN' | 'compare'>): ScoreLegendData {
  const entries: ScoreLegendEntry[] = [];
  let title: LocalText;
  if (spec.probability) {
    const k = spec.probability.topK;
    title = uiTextBoth((t, language) => `${t.scoreLayer.legendTopK} ${formatNumber(k, language)}`);
    entries.push({ kind: 'ramp', label: uiTextBoth((t) => t.scoreLayer.legendRampEnds), gradient: probabilityGradient() });
  } else {
    title = uiTextBoth((t) => t.scoreLayer.legendClasses);
    const count = spec.breaks.length - 1;
    for (let i = count - 1; i >= 0; i--) {
      const [min, max] = [spec.breaks[i], spec.breaks[i + 1]];
      entries.push({ kind: 'class', color: scoreClassColor(i, count), min, max, label: both((l) => `${score(min, l)} – ${score(max, l)}`) });
    }
  }
  const excluded = spec.excludedBy.length - countScored(spec.excludedBy);
  if (excluded > 0) {
    entries.push({ kind: 'excluded', color: EXCLUDED_FILL, label: uiTextBoth((t, language) => `${t.scoreLayer.legendExcluded} (${formatNumber(excluded, language)})`) });
  }
  if (spec.topN > 0) entries.push({ kind: 'rank', label: uiTextBoth((t, language) => `#1 … #${formatNumber(spec.topN, language)}: ${t.scoreLayer.legendRanks}`) });
  if (spec.compare.length > 0) entries.push({ kind: 'compare', color: COMPARE_INK, label: uiTextBoth((t) => t.scoreLayer.legendCompare) });
  return { title, entries };
}

