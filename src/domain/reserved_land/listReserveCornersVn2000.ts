// The corner points of a project's reserved parcels in VN-2000 on the province's 3° meridian, as
// Vietnamese land documents list them: X the northing, Y the easting, in metres (docs/DOMAIN.md §4).
// Quảng Ngãi's meridian is 108°00′ (EPSG:5898); ex-Kon Tum files use 107°30′ (EPSG:9216).
import { WGS84_CRS, createCoordinateTransform, crsFromEpsg, formatMeridianDeg } from '../projection/index.ts';
import type { ProjectAudit } from './types.ts';

export interface ReserveCorner {
  parcel: string;
  /** 1, 2, … around each ring (the closing point is not repeated). */
  point: number;
  northingXM: number;
  eastingYM: number;
}

export interface ReserveCorners {
  epsg: number;
  /** "108°00′". */
  meridian: string;
  corners: ReserveCorner[];
}

export function listReserveCornersVn2000(project: ProjectAudit, epsg = 5898): ReserveCorners {
  const crs = crsFromEpsg(epsg);
  if (!crs || crs.kind !== 'vn2000-tm3' || crs.centralMeridianDeg === undefined) throw new Error(`EPSG:${epsg} is not a VN-2000 TM-3 zone`);
  const transform = createCoordinateTransform(WGS84_CRS, crs);
  const corners: ReserveCorner[] = [];
  for (const h of project.highlights) {
    if (h.properties.kind !== 'reserved_parcel') continue;
    const g = h.geometry;
    const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.type === 'MultiPolygon' ? g.coordinates.map((p) => p[0]) : [];
    const parcel = String(h.properties.parcel_id ?? '');
    let point = 0;
    for (const ring of rings) {
      const open = ring.length > 1 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring;
      const xy = open.flatMap((p) => [p[0], p[1]]);
      transform.transformInPlace(xy);
      for (let i = 0; i < xy.length; i += 2) {
        corners.push({ parcel, point: ++point, northingXM: round2(xy[i + 1]), eastingYM: round2(xy[i]) });
      }
    }
  }
  return { epsg, meridian: formatMeridianDeg(crs.centralMeridianDeg), corners };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
