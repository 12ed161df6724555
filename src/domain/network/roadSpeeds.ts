// Speeds by road class and travel mode (km/h): editable data, the defaults a Vietnamese planner
// recognises. Their basis is in docs/DOMAIN.md ("Travel along the roads"). 0 = the mode may not use
// the class (motorbikes and pedestrians are not allowed on expressways).

export type TravelMode = 'motorbike' | 'walk' | 'car';
export const TRAVEL_MODES: TravelMode[] = ['motorbike', 'walk', 'car'];

/**
 * km/h by `class` of the transport layer, plus `other` (a class not listed) and `access` (the legs
 * from a parcel or a target to the nearest usable road, at walking pace unless changed).
 */
export type SpeedTable = Record<string, number>;

export const DEFAULT_SPEEDS_KMH: Record<TravelMode, SpeedTable> = {
  motorbike: { expressway: 0, national: 40, provincial: 35, urban_main: 30, local: 20, other: 20, access: 5 },
  walk: { expressway: 0, national: 5, provincial: 5, urban_main: 5, local: 5, other: 5, access: 5 },
  car: { expressway: 80, national: 50, provincial: 40, urban_main: 30, local: 20, other: 20, access: 5 },
};

/** The mode's table with the user's changes laid over the defaults. */
export function speedsFor(mode: TravelMode, overrides?: SpeedTable): SpeedTable {
  return { ...DEFAULT_SPEEDS_KMH[mode], ...(overrides ?? {}) };
}
