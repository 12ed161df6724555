// The legend of what the map shows: the visible layers, top-most first, each with its role's symbols from the
// same table the map is drawn with (roleStyles.ts), so a legend in presentation mode or on a printed sheet
// cannot disagree with the map. A layer's own colour (style.color) replaces the role's colours, as on the map.
// Any layer in the project's list (an imported one, a scoring result) appears as soon as it is visible.
import type { ProjectLayer } from '../domain/model/projectDocument.ts';
import type { SheetLegendEntry } from '../domain/export/composeMapSheet.ts';
import type { Language } from '../i18n/language.ts';
import { legendFor, type LegendSection } from './roleStyles.ts';

export interface MapLegendEntry extends SheetLegendEntry {
  layerId: string;
}

export function buildLegend(
  layers: readonly ProjectLayer[],
  language: Language,
  legendOf: (layer: ProjectLayer) => LegendSection[] = (layer) => legendFor(layer.role),
): MapLegendEntry[] {
  return layers
    .filter((layer) => layer.visible)
    .reverse()
    .map((layer) => ({
      layerId: layer.id,
      title: layer.title[language],
      sections: legendOf(layer)
        .map((section) => ({
          ...(section.title ? { title: section.title[language] } : {}),
          items: section.items.map((item) => ({ label: item.label[language], color: layer.style.color ?? item.color, shape: item.shape })),
        }))
        .filter((section) => section.items.length > 0),
    }));
}
