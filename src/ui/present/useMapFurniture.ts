// The legend, sources and illustrative-data note of the map as it is now (buildMapFurniture), for the
// presentation furniture and the map sheet dialog alike.
import { useMemo } from 'react';
import { buildMapFurniture, type MapFurniture } from '../../map/buildMapFurniture.ts';
import { useAppSelector, useLanguage } from '../useAppState.ts';

export function useMapFurniture(): MapFurniture {
  const layers = useAppSelector((s) => s.history.workspace.project.layers);
  const basemap = useAppSelector((s) => s.history.workspace.project.basemap);
  const derived = useAppSelector((s) => s.derivedLayers);
  const datasetNote = useAppSelector((s) => s.datasetNote);
  const language = useLanguage();
  return useMemo(() => buildMapFurniture({ layers, basemap, derived, datasetNote }, language), [layers, basemap, derived, datasetNote, language]);
}
