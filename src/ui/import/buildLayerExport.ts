// What "Xuất lớp" downloads: GeoJSON (RFC 7946), CSV (UTF-8 with BOM, Vietnamese headers from the role), a zipped
// Shapefile in WGS84 or VN-2000 on the chosen meridian, or FlatGeobuf (WGS84). Pure: returns the file name, bytes and MIME type.
import type { FeatureCollection } from 'geojson';
import type { LayerRole, PropertySpec } from '../../domain/model/layerRoles.ts';
import type { Language } from '../../i18n/language.ts';
import type { Message } from '../../i18n/message.ts';
import { exportGeoJson } from '../../domain/export/exportGeoJson.ts';
import { exportCsv } from '../../domain/export/exportCsv.ts';
import { exportShapefileZip } from '../../domain/export/exportShapefileZip.ts';
import { exportFlatGeobuf } from '../../domain/export/exportFlatGeobuf.ts';
import { exportGeoParquet } from '../../domain/export/exportGeoParquet.ts';
import { msg } from '../../i18n/message.ts';
import { UserError } from '../../domain/model/userError.ts';
import { resolveCrs } from '../../domain/projection/index.ts';
import { slugify } from './buildImportedLayer.ts';

export type ExportFormat = 'geojson' | 'csv' | 'shapefile' | 'flatgeobuf' | 'geoparquet';

export interface LayerExportRequest {
  data: FeatureCollection;
  role: LayerRole;
  /** Properties a derived layer adds to its role's (CSV headers). */
  properties?: PropertySpec[];
  title: string;
  format: ExportFormat;
  language: Language;
  /** Shapefile only: a resolveCrs spec (`EPSG:4326`, `EPSG:5898`, `vn2000:107.5`). */
  crsId?: string;
}

export interface LayerExportFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  /** What the format changed or could not hold (Shapefile: shortened names, cut texts…), shown to the user. */
  notes: Message[];
}

export function buildLayerExport(request: LayerExportRequest): LayerExportFile {
  const base = slugify(request.title);
  switch (request.format) {
    case 'geojson':
      return { fileName: `${base}.geojson`, bytes: new TextEncoder().encode(exportGeoJson(request.data)), mimeType: 'application/geo+json', notes: [] };
    case 'csv':
      // TextEncoder keeps the U+FEFF at the start as the UTF-8 BOM bytes EF BB BF.
      return {
        fileName: `${base}.csv`,
        bytes: new TextEncoder().encode(exportCsv(request.data, { role: request.role, properties: request.properties, language: request.language })),
        mimeType: 'text/csv;charset=utf-8',
        notes: [],
      };
    case 'shapefile': {
      const crs = resolveCrs(request.crsId ?? 'EPSG:4326');
      const suffix = crs.isGeographic ? 'wgs84' : crs.epsg ? `epsg${crs.epsg}` : `vn2000-${String(crs.centralMeridianDeg).replace('.', '_')}`;
      const name = `${base}-${suffix}`;
      const zip = exportShapefileZip(request.data, { crs, name });
      return { fileName: `${name}.zip`, bytes: zip.bytes, mimeType: 'application/zip', notes: zip.notes };
    }
    case 'flatgeobuf': {
      const { parts, skipped } = exportFlatGeobuf(request.data.features);
      if (skipped > 0) {
        throw new UserError(msg('export.flatgeobuf-no-geometry', { count: skipped }));
      }
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      return { fileName: `${base}.fgb`, bytes, mimeType: 'application/flatgeobuf', notes: [] };
    }
    case 'geoparquet':
      return { fileName: `${base}.parquet`, bytes: exportGeoParquet(request.data.features), mimeType: 'application/vnd.apache.parquet', notes: [] };
  }
}
