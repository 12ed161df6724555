// GeoJSON (.geojson, .json): FeatureCollection, Feature or bare geometry; a legacy `crs` member is honoured.
// Read in slices, never as one string (a file may be larger than V8's longest string).
import { readGeoJson } from '../readGeoJson.ts';
import { baseName, stemOf, type ImportDriver } from './importDriver.ts';
import { vectorLayer } from './vectorLayer.ts';

export const geoJsonDriver: ImportDriver = {
  label: 'GeoJSON',
  detect: (_file, ext) => ext === 'geojson' || ext === 'json',
  layerName: (file) => baseName(stemOf(file.name)),
  read(file, _group, ctx) {
    const name = baseName(stemOf(file.name));
    const read = readGeoJson(file.bytes, baseName(file.name), (read01) => ctx.progress(0.4 * read01));
    ctx.note(...read.notes);
    return vectorLayer(name, 'geojson', read.features, read.fields, read.crsName, ctx);
  },
};
