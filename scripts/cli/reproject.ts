// `npm run noxh -- reproject --from <crs> --to <crs> <in.geojson|in.csv> --out <out.geojson|out.csv|out.zip>
//   [--x <column> --y <column> --swapped true|false]`
// CRS specs: EPSG:4326, EPSG:5898, EPSG:9216, EPSG:3405/3406, vn2000:108, vn2000:107°30', vn2000-utm:49, wgs84,
// a proj4 string or WKT. A .zip output is a Shapefile (.shp .shx .dbf .prj .cpg) in the --to system.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { UserError } from '../../src/domain/model/userError.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderMessage } from '../../src/i18n/renderMessage.ts';
import { importNoteMessage } from '../../src/domain/import/importNote.ts';
import { resolveCrs } from '../../src/domain/projection/resolveCrs.ts';
import { reprojectFeatureCollection, type RejectedCoordinate } from '../../src/domain/projection/reprojectFeatureCollection.ts';
import { WGS84_CRS } from '../../src/domain/projection/wellKnownCrs.ts';
import { readCsv } from '../../src/domain/import/readCsv.ts';
import { exportGeoJson } from '../../src/domain/export/exportGeoJson.ts';
import { exportCsv } from '../../src/domain/export/exportCsv.ts';
import { exportShapefileZip } from '../../src/domain/export/exportShapefileZip.ts';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { writeOutputFile } from './_writeOutput.ts';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new UserError(msg('cli.file-unreadable', { path, quoted: true }));
  }
}

export const command: CliCommand = {
  summary: 'Chuyển hệ tọa độ / reproject GeoJSON or CSV between WGS84 and VN-2000 (--from --to --out)',
  usage: [
    '--from <crs> --to <crs> <in.geojson|in.csv> --out <out.geojson|out.csv|out.zip>',
    'CRS: EPSG:4326, EPSG:5898 (VN-2000 TM-3 108°00′, Quảng Ngãi), EPSG:9216 (107°30′, ex-Kon Tum), vn2000:<meridian>,',
    '     vn2000:<province name>, vn2000-utm:48|49, a proj4 string or WKT.',
    'CSV: [--x <column>] [--y <column>] [--swapped true|false] (true: X is northing, the Vietnamese surveying convention).',
    'A .zip output is a Shapefile with .prj and .cpg.',
  ].join('\n'),
  async run(args) {
    const parsed = parseArgs(args, [], ['from', 'out', 'swapped', 'to', 'x', 'y']);
    const from = resolveCrs(requireOption(parsed, 'from'));
    const to = resolveCrs(requireOption(parsed, 'to'));
    const out = requireOption(parsed, 'out');
    const input = parsed.positionals[0];
    if (!input) throw new UserError(msg('cli.input-missing'));

    // Everything goes through WGS84, the app's storage system.
    let wgs84: FeatureCollection;
    if (/\.csv$/i.test(input)) {
      const swappedText = optionalOption(parsed, 'swapped');
      const csv = readCsv(readText(input), {
        crs: from,
        xColumn: optionalOption(parsed, 'x'),
        yColumn: optionalOption(parsed, 'y'),
        swapped: swappedText === undefined ? undefined : swappedText === 'true',
      });
      for (const n of csv.notes) if (n.level !== 'info') console.error(`[${n.level}] ${renderMessage('vi', importNoteMessage(n))}`);
      if (csv.features.length === 0) throw new UserError(msg('cli.csv-no-points'));
      console.log(`CSV: X = "${csv.guess.xColumn}", Y = "${csv.guess.yColumn}"${csv.guess.swapped ? ' (X là tọa độ Bắc / X is northing)' : ''}`);
      wgs84 = { type: 'FeatureCollection', features: csv.features };
    } else {
      let json: FeatureCollection;
      try {
        json = JSON.parse(readText(input)) as FeatureCollection;
      } catch {
        throw new UserError(msg('cli.not-json', { path: input, quoted: true }));
      }
      if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
        throw new UserError(msg('cli.not-feature-collection', { path: input, quoted: true }));
      const rejected: RejectedCoordinate[] = [];
      wgs84 = reprojectFeatureCollection(json, from, WGS84_CRS, undefined, rejected);
      for (const r of rejected) {
        const m = msg('crs.coordinate-not-number', r);
        console.error(`[rejected] ${renderMessage('vi', m)} | ${renderMessage('en', m)}`);
      }
      if (wgs84.features.length === 0 && json.features.length > 0) throw new UserError(msg('crs.coordinate-not-number', rejected[0]));
    }

    let bytes: Uint8Array | string;
    if (/\.zip$/i.test(out)) {
      const zip = exportShapefileZip(wgs84, { crs: to, name: out.replace(/^.*[\\/]/, '').replace(/\.zip$/i, '') });
      for (const note of zip.notes) console.error(`[warning] ${renderMessage('vi', note)}`);
      bytes = zip.bytes;
    } else {
      const target = reprojectFeatureCollection(wgs84, WGS84_CRS, to);
      if (/\.csv$/i.test(out)) {
        const allPoints = target.features.every((f) => f.geometry?.type === 'Point');
        if (!to.isGeographic && allPoints) {
          // Vietnamese convention for projected points: X = northing, Y = easting.
          const rows: FeatureCollection = {
            type: 'FeatureCollection',
            features: target.features.map((f) => {
              const [e, n] = (f.geometry as { coordinates: number[] }).coordinates;
              return { ...f, properties: { ...f.properties, 'X (Bắc, m)': Number(n.toFixed(3)), 'Y (Đông, m)': Number(e.toFixed(3)) } };
            }),
          };
          bytes = exportCsv(rows, { geometry: 'none' });
        } else bytes = exportCsv(target);
      } else {
        if (!to.isGeographic || to.id !== 'EPSG:4326')
          console.error(`Lưu ý: GeoJSON theo ${to.label.vi} không theo chuẩn RFC 7946 (chỉ WGS84). / Note: GeoJSON in ${to.label.en} is not RFC 7946.`);
        bytes = exportGeoJson(target, { coordinateUnit: to.isGeographic ? 'degree' : 'metre' });
      }
    }
    writeOutputFile(out, bytes);
    console.log(`${wgs84.features.length} đối tượng: ${from.label.vi} → ${to.label.vi}\n→ ${out}`);
    return 0;
  },
};
