// The commune assigner of a list of communes read from an admin_unit layer (readCommunes): only the units with
// a polygon can hold a feature; none → null (no assigner), so callers fall back to what the data names.
import type { Geometry } from 'geojson';
import type { Commune } from '../targets/types.ts';
import { assignCommune, type CommuneRef } from './assignCommune.ts';
import { isPolygonal } from './polygonalGeometry.ts';

export function assignCommuneOfCommunes(communes: Commune[]): ((geometry: Geometry | null | undefined) => CommuneRef | null) | null {
  const units = communes.flatMap((c) => (isPolygonal(c.geometry) ? [{ code: c.code, name: c.name, geometry: c.geometry }] : []));
  return units.length ? assignCommune(units) : null;
}
