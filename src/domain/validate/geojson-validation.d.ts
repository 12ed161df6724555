declare module 'geojson-validation' {
  /** With trace = true returns the list of problems (empty when valid); otherwise a boolean. */
  export function isGeometryObject(geometry: unknown, trace: true): string[];
  export function isGeometryObject(geometry: unknown, trace?: false): boolean;
  export function valid(object: unknown, trace: true): string[];
  export function valid(object: unknown, trace?: false): boolean;
  const gjv: { isGeometryObject: typeof isGeometryObject; valid: typeof valid };
  export default gjv;
}
