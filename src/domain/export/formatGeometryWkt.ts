// OGC WKT for a GeoJSON geometry (for the geometry column of CSV exports; QGIS and Excel users
// can load it back with "Delimited text → WKT").
import type { Geometry, Position } from 'geojson';

const pos = (p: Position) => `${p[0]} ${p[1]}`;
const list = (ps: Position[]) => `(${ps.map(pos).join(', ')})`;
const rings = (rs: Position[][]) => `(${rs.map(list).join(', ')})`;

export function formatGeometryWkt(g: Geometry | null): string {
  if (!g) return '';
  switch (g.type) {
    case 'Point':
      return g.coordinates.length ? `POINT (${pos(g.coordinates)})` : 'POINT EMPTY';
    case 'MultiPoint':
      return g.coordinates.length ? `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})` : 'MULTIPOINT EMPTY';
    case 'LineString':
      return g.coordinates.length ? `LINESTRING ${list(g.coordinates)}` : 'LINESTRING EMPTY';
    case 'MultiLineString':
      return g.coordinates.length ? `MULTILINESTRING ${rings(g.coordinates)}` : 'MULTILINESTRING EMPTY';
    case 'Polygon':
      return g.coordinates.length ? `POLYGON ${rings(g.coordinates)}` : 'POLYGON EMPTY';
    case 'MultiPolygon':
      return g.coordinates.length ? `MULTIPOLYGON (${g.coordinates.map(rings).join(', ')})` : 'MULTIPOLYGON EMPTY';
    case 'GeometryCollection':
      return g.geometries.length ? `GEOMETRYCOLLECTION (${g.geometries.map(formatGeometryWkt).join(', ')})` : 'GEOMETRYCOLLECTION EMPTY';
  }
}
