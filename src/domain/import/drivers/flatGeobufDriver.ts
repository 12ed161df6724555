// FlatGeobuf (.fgb): features with typed columns and the file's coordinate system (EPSG code in the header).
// Read one feature at a time with the `flatgeobuf` package, with progress and cancel every 20,000 features.
import type { Feature } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { ImportError } from '../importError.ts';
import { diagnoseFlatGeobuf } from '../diagnoseFlatGeobuf.ts';
import { bytesSource } from '../readFlatGeobufHeader.ts';
import type { FieldInfo } from '../importTypes.ts';
import { baseName, stemOf, type ImportDriver } from './importDriver.ts';
import { vectorLayer } from './vectorLayer.ts';

const STEP_FEATURES = 20000;

function fieldType(type: ColumnType): string {
  if (type === ColumnType.Bool) return 'boolean';
  if (type === ColumnType.String || type === ColumnType.Json || type === ColumnType.DateTime) return 'string';
  if (type === ColumnType.Binary) return 'object';
  return 'number';
}

export const flatGeobufDriver: ImportDriver = {
  label: 'FlatGeobuf',
  detect: (_file, ext) => ext === 'fgb',
  layerName: (file) => baseName(stemOf(file.name)),
  async read(file, _group, ctx) {
    const name = baseName(stemOf(file.name));
    let header: HeaderMeta | undefined;
    const features: Feature[] = [];
    try {
      for await (const f of deserialize(file.bytes, { headerMetaFn: (h) => (header = h) })) {
        features.push(f as Feature);
        if (features.length % STEP_FEATURES === 0) await ctx.step(header?.featuresCount ? (0.4 * features.length) / header.featuresCount : 0);
      }
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new ImportError('flatgeobuf-invalid', { file: file.name, ...diagnoseFlatGeobuf(bytesSource(file.bytes), file.name, error, features.length) });
    }
    const fields: FieldInfo[] = (header?.columns ?? []).map((c) => ({ name: c.name, type: fieldType(c.type) }));
    const crs = header?.crs;
    const crsName = crs && crs.code > 0 && (crs.org === null || crs.org.toUpperCase() === 'EPSG') ? `EPSG:${crs.code}` : undefined;
    return vectorLayer(name, 'flatgeobuf', features, fields, crsName, ctx);
  },
};
