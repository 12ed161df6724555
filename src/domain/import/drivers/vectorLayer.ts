// GeoJSON and KML share their second step: features in memory, in WGS84 unless the user or the file says otherwise.
import type { Feature } from 'geojson';
import { rawBbox, swapLatLonInPlace } from '../../validate/detectSwappedLatLon.ts';
import { decideCrs, type DeclaredCrs } from '../decideCrs.ts';
import type { FieldInfo, SourceFormat } from '../importTypes.ts';
import type { DriverContext, RawLayer } from './importDriver.ts';

export function vectorLayer(
  name: string, sourceFormat: SourceFormat, features: (Feature | null)[], fields: FieldInfo[], declaredCrsName: string | undefined, ctx: DriverContext,
): RawLayer {
  const { options } = ctx;
  if (options.swapXY) swapLatLonInPlace(features);
  const declared: DeclaredCrs | undefined = declaredCrsName ? { source: 'crs-member', name: declaredCrsName } : undefined;
  const decision = decideCrs({
    ...(options.crs ? { chosen: options.crs } : {}),
    ...(declared ? { declared } : {}),
    rawBbox: rawBbox(features),
    wgs84ByFormat: true,
    layerName: name,
  });
  ctx.note(...decision.notes);
  if (decision.needed) return { name, sourceFormat, features: [], fields, encoding: null, crs: null, reprojected: true, crsNeeded: decision.needed };
  return { name, sourceFormat, features, fields, encoding: 'utf8', crs: decision.crs, reprojected: false };
}
