// What a map shown in a meeting (presentation mode) or printed (a map sheet) carries besides the map, built once
// for both so they cannot differ: the legend of the visible layers (buildLegend; the score layer's classes
// through legendOfLayer), the sources to credit with the basemap's attribution (listSources), and the sample's
// illustrative-data note when a shown layer is sample data.
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { BasemapId, ProjectLayer } from '../domain/model/projectDocument.ts';
import type { Language } from '../i18n/language.ts';
import { uiText } from '../i18n/renderMessage.ts';
import type { ScoreLayerSpec } from '../state/overlaySpecs.ts';
import { buildLegend, type MapLegendEntry } from './buildLegend.ts';
import { legendOfLayer } from './legendOfLayer.ts';
import { listSources } from './listSources.ts';

export interface MapFurnitureInput {
  layers: readonly ProjectLayer[];
  basemap: BasemapId;
  /** The store's derived layers (the score layer's classes); a score layer not scored yet has no entries. */
  derived: Record<string, ScoreLayerSpec>;
  /** The sample's illustrative-data note (store.datasetNote), null when no sample is loaded. */
  datasetNote: LocalText | null;
}

export interface MapFurniture {
  /** The visible layers, top-most first. */
  legend: MapLegendEntry[];
  /** Distinct source lines, top-most layer first, the basemap's attribution last when it is shown. */
  sources: string[];
  /** Printed and shown when a visible layer is illustrative sample data. */
  illustrativeNote: string | null;
}

export function buildMapFurniture(input: MapFurnitureInput, language: Language): MapFurniture {
  const { sources, illustrative } = listSources(input.layers, input.basemap, uiText(language).app.basemapAttribution);
  return {
    legend: buildLegend(input.layers, language, (layer) => legendOfLayer(layer, input.derived)),
    sources,
    illustrativeNote: illustrative && input.datasetNote ? input.datasetNote[language] : null,
  };
}
