// KML and KMZ (a zip holding doc.kml, or any .kml): always WGS84 longitude/latitude.
import { ImportError } from '../importError.ts';
import { readKml } from '../readKml.ts';
import { unzipSafely } from '../unzipSafely.ts';
import { baseName, extOf, textOf, zipLimitsOf, type ImportDriver } from './importDriver.ts';
import { vectorLayer } from './vectorLayer.ts';

export const kmlDriver: ImportDriver = {
  label: 'KML',
  detect: (_file, ext) => ext === 'kml',
  read(file, group, ctx) {
    const read = readKml(textOf(file.bytes), baseName(file.name), ctx.options.xmlParser);
    return vectorLayer(group.name, 'kml', read.features, read.fields, undefined, ctx);
  },
};

export const kmzDriver: ImportDriver = {
  label: 'KMZ',
  detect: (_file, ext) => ext === 'kmz',
  read(file, group, ctx) {
    const entries = unzipSafely(baseName(file.name), file.bytes, zipLimitsOf(ctx.options));
    const kmls = entries.filter((e) => extOf(e.name) === 'kml');
    const doc = kmls.find((e) => baseName(e.name).toLowerCase() === 'doc.kml') ?? kmls[0];
    if (!doc) throw new ImportError('kmz-no-kml', { file: baseName(file.name) });
    const read = readKml(textOf(doc.bytes), baseName(file.name), ctx.options.xmlParser);
    return vectorLayer(group.name, 'kmz', read.features, read.fields, undefined, ctx);
  },
};
