// CSV export that opens correctly in Excel: UTF-8 WITH BOM (otherwise Excel shows "Diá»‡n tÃ­ch"),
// CRLF line ends, Vietnamese headers from the layer role's property labels; cells by formatCsvCell.ts (RFC 4180
// quoting, text that would run as a formula neutralised).
//
// Numbers are written with a '.' decimal point and no grouping ("1234.5"), not the Vietnamese
// "1.234,5": the file must read back the same in QGIS, scripts and Excel in any locale. Excel set to
// a Vietnamese locale may show such a column as text; Data → From Text/CSV with "English" fixes it.
// The choice is deliberate: a locale-formatted CSV silently breaks every other tool.
import type { Feature, FeatureCollection } from 'geojson';
import { ROLE_SPECS, type LayerRole, type PropertySpec } from '../model/layerRoles.ts';
import { formatGeometryWkt } from './formatGeometryWkt.ts';
import { unitSuffix } from '../../i18n/format.ts';
import { msg } from '../../i18n/message.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { formatCsvCell, formatCsvRow } from './formatCsvCell.ts';

export interface ExportCsvOptions {
  /** The layer's role: its property labels become the headers, in its order, before other columns. */
  role?: LayerRole;
  /** Properties a derived layer adds to its role's (e.g. the score layer's score and rank), after the role's. */
  properties?: PropertySpec[];
  language?: 'vi' | 'en';
  /** Write enum values as their labels ("Đang xây dựng") rather than codes ("under_construction"). Default true. */
  translateEnums?: boolean;
  /** Geometry columns: 'auto' = lon/lat for all-point layers, else WKT; or force one. */
  geometry?: 'auto' | 'lonlat' | 'wkt' | 'none';
}


/** UTF-8 CSV text starting with a BOM (U+FEFF); encode with TextEncoder to get the bytes. */
export function exportCsv(fc: FeatureCollection, options: ExportCsvOptions = {}): string {
  const language = options.language ?? 'vi';
  const translateEnums = options.translateEnums ?? true;
  const specs: PropertySpec[] = [...(options.role ? ROLE_SPECS[options.role].properties : []), ...(options.properties ?? [])];
  const specByKey = new Map(specs.map((s) => [s.key, s]));

  // Role properties first (in the role's order, when any feature has them), then every other key.
  const keys: string[] = [];
  const present = new Set<string>();
  for (const f of fc.features) for (const k of Object.keys(f.properties ?? {})) present.add(k);
  for (const s of specs) if (present.has(s.key)) keys.push(s.key);
  for (const k of present) if (!keys.includes(k)) keys.push(k);

  const header = (key: string): string => {
    const spec = specByKey.get(key);
    if (!spec) return key;
    const unit = spec.unit ? unitSuffix(spec.unit, language) : '';
    return unit ? `${spec.label[language]} (${unit})` : spec.label[language];
  };
  // Two properties can share a label (e.g. "Diện tích"); keep headers unique so the file reads back.
  const headers: string[] = [];
  for (const k of keys) {
    let h = header(k);
    if (headers.includes(h)) h = `${h} [${k}]`;
    headers.push(h);
  }

  const mode =
    options.geometry && options.geometry !== 'auto'
      ? options.geometry
      : fc.features.length > 0 && fc.features.every((f) => f.geometry?.type === 'Point')
        ? 'lonlat'
        : 'wkt';
  const geomHeaders =
    mode === 'lonlat' ? [renderMessage(language, msg('export.csv-longitude')), renderMessage(language, msg('export.csv-latitude'))] : mode === 'wkt' ? ['WKT'] : [];

  const geomCells = (f: Feature): unknown[] => {
    if (mode === 'lonlat') {
      const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : undefined;
      return c ? [c[0], c[1]] : ['', ''];
    }
    if (mode === 'wkt') return [formatGeometryWkt(f.geometry)];
    return [];
  };

  // Every cell, headers included (imported property names are data too), through the one cell writer.
  const lines = [formatCsvRow([...headers, ...geomHeaders])];
  for (const f of fc.features) {
    const props = f.properties ?? {};
    const cells = keys.map((k) => {
      const v = props[k];
      const spec = specByKey.get(k);
      if (translateEnums && spec?.values && typeof v === 'string' && spec.values[v]) return spec.values[v][language];
      return v;
    });
    lines.push([...cells, ...geomCells(f)].map(formatCsvCell).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
