import { createContext, useContext } from 'react';
import type { MapController } from '../map/MapController.ts';

/** The live map controller, for panels that need the map itself (drawing, printing). Null until the map exists. */
export const MapControllerContext = createContext<MapController | null>(null);

export function useMapController(): MapController | null {
  return useContext(MapControllerContext);
}
