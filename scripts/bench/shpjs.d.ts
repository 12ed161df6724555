// shpjs ships no types; only the two functions the import benchmark's naive baseline calls.
declare module 'shpjs' {
  export function parseShp(shp: ArrayBuffer | Uint8Array, prj?: string): import('geojson').Geometry[];
  export function parseDbf(dbf: ArrayBuffer | Uint8Array, cpg?: string): Record<string, unknown>[];
}
