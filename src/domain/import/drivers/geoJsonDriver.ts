// GeoJSON (.geojson, .json): FeatureCollection, Feature or bare geometry; a legacy `crs` member is honoured.
import { readGeoJson } from '../readGeoJson.ts';
import { baseName, stemOf, textOf, type ImportDriver } from './importDriver.ts';
import { vectorLayer } from './vectorLayer.ts';

export const geoJsonDriver: ImportDriver = {
  label: 'GeoJSON',
  detect: (_file, ext) => ext === 'geojson' || ext === 'json',
  layerName: (file) => baseName(stemOf(file.name)),
  read(file, _group, ctx) {
    const name = baseName(stemOf(file.name));
    const read = readGeoJson(textOf(file.bytes), baseName(file.name));
    ctx.note(...read.notes);
    return vectorLayer(name, 'geojson', read.features, read.fields, read.crsName, ctx);
  },
};
