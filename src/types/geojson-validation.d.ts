// geojson-validation ships no types; these cover the calls the project makes.
declare module 'geojson-validation' {
  type Check = (object: unknown, trace?: boolean) => boolean | string[];
  export const valid: Check;
  export const isGeoJSONObject: Check;
  export const isFeature: Check;
  export const isFeatureCollection: Check;
  export const isGeometryObject: Check;
  export const isPolygon: Check;
  export const isMultiPolygon: Check;
  export const isLineString: Check;
  export const isPoint: Check;
  const all: {
    valid: Check;
    isGeoJSONObject: Check;
    isFeature: Check;
    isFeatureCollection: Check;
    isGeometryObject: Check;
    isPolygon: Check;
    isMultiPolygon: Check;
    isLineString: Check;
    isPoint: Check;
  };
  export default all;
}
