// `npm run noxh -- import <file...> [--crs EPSG:5898|vn2000:108|…] [--encoding tcvn3|vni|utf8|cp1258]
//   [--swap-xy] [--role <role>] --out <layer.geojson|layer.fgb> [--report <report.json>]`
// Imports GeoJSON / Shapefile (.zip or .shp with its siblings) / KML / KMZ / CSV / FlatGeobuf to WGS84 GeoJSON or
// FlatGeobuf (by the --out extension) and prints the
// import report, one line a note, Vietnamese then English.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { CliCommand } from '../cli.ts';
import { optionalOption, parseArgs, requireOption } from './_args.ts';
import { writeFeatures } from './_writeFeatureCollection.ts';
import { fileError } from './_readGeoJsonFile.ts';
import { checkOutputPath, writeOutputFile } from './_writeOutput.ts';
import { UserError } from '../../src/domain/model/userError.ts';
import { isLayerRole } from '../../src/domain/model/layerRoles.ts';
import { importFiles } from '../../src/domain/import/importFiles.ts';
import type { ImportFile, ImportNote } from '../../src/domain/import/importTypes.ts';
import { importNoteMessage } from '../../src/domain/import/importNote.ts';
import { msg } from '../../src/i18n/message.ts';
import { renderBoth, renderMessage } from '../../src/i18n/renderMessage.ts';
import { parseEncodingName } from '../../src/domain/encoding/textEncodings.ts';
import { guessFieldMapping } from '../../src/domain/import/guessFieldMapping.ts';
import { applyFieldMapping } from '../../src/domain/import/applyFieldMapping.ts';

const SHAPEFILE_SIBLINGS = ['shx', 'dbf', 'prj', 'cpg'];
const MAX_NOTES_PER_CODE = 30;

/** The files to read: each argument, plus the .shx/.dbf/.prj/.cpg next to a .shp (any case). */
function collectFiles(paths: string[]): ImportFile[] {
  const wanted = new Set<string>();
  for (const path of paths) {
    if (!existsSync(path)) throw new UserError(msg('cli.file-not-found', { path }));
    wanted.add(path);
    if (extname(path).toLowerCase() === '.shp') {
      const stem = basename(path, extname(path)).toLowerCase();
      const dir = dirname(path);
      for (const f of readdirSync(dir)) {
        const ext = extname(f).slice(1).toLowerCase();
        if (basename(f, extname(f)).toLowerCase() === stem && SHAPEFILE_SIBLINGS.includes(ext)) wanted.add(join(dir, f));
      }
    }
  }
  return [...wanted].map((p) => {
    try {
      return { name: basename(p), bytes: plainBytes(readFileSync(p)) };
    } catch (error) {
      throw fileError(p, error);
    }
  });
}

/** A note of the JSON report: its text in both languages follows its params, as report readers had it. */
function withText({ level, code, params, ...place }: ImportNote) {
  return { level, code, params, message: renderBoth(importNoteMessage({ code, params, ...place } as ImportNote)), ...place };
}

function printReport(notes: ImportNote[]): void {
  const perCode = new Map<string, number>();
  for (const n of notes) {
    const seen = (perCode.get(n.code) ?? 0) + 1;
    perCode.set(n.code, seen);
    if (seen > MAX_NOTES_PER_CODE) continue;
    const line = `[${n.level}] ${n.code}: ${renderMessage('vi', importNoteMessage(n))} | ${renderMessage('en', importNoteMessage(n))}`;
    if (n.level === 'error' || n.level === 'rejected' || n.level === 'warning') console.error(line);
    else console.log(line);
  }
  for (const [code, count] of perCode) {
    if (count > MAX_NOTES_PER_CODE) {
      console.log(`[…] ${code}: và ${count - MAX_NOTES_PER_CODE} ghi chú nữa (xem --report) | and ${count - MAX_NOTES_PER_CODE} more (see --report)`);
    }
  }
}

export const command: CliCommand = {
  summary: 'Import GeoJSON / Shapefile / KML / KMZ / CSV / FlatGeobuf (VN-2000, legacy encodings) to WGS84 GeoJSON or FlatGeobuf with a report',
  usage: [
    'npm run noxh -- import <file...> --out <layer.geojson | layer.fgb> [options]',
    '',
    '  <file...>            .geojson/.json (read as a stream: any size), .zip (Shapefile), .shp (its .shx .dbf .prj .cpg',
    '                       are picked up), .kml, .kmz, .csv, .fgb (FlatGeobuf)',
    '  --out <file>         .fgb writes FlatGeobuf (WGS84; QGIS and GDAL read it), anything else GeoJSON',
    '  --crs <spec>         coordinate system of the input when the file has none or a wrong one:',
    '                       EPSG:5898 (VN-2000 108°00′), EPSG:9216 (107°30′), vn2000:108, vn2000:107°30′, vn2000-utm:49, wgs84',
    '  --swap-xy            the first coordinate is the northing (Vietnamese X = northing)',
    '  --encoding <name>    attribute encoding: utf8, cp1258, tcvn3, vni (default: .cpg, else detected)',
    '  --role <role>        map fields to a layer role (industrial_zone, candidate_site, …) with guessed names',
    '  --report <file>      write every note as JSON',
    '',
    'Exit codes: 0 written; 2 nothing importable or a coordinate system is needed (the suggestion is printed).',
    '',
    'Example: npm run noxh -- import thua_dat.shp --crs vn2000:108 --encoding tcvn3 --role candidate_site --out thua_dat.geojson',
  ].join('\n'),
  async run(args) {
    const parsed = parseArgs(args, ['swap-xy']);
    if (parsed.positionals.length === 0) {
      throw new UserError(msg('cli.import-no-files'));
    }
    const out = requireOption(parsed, 'out');
    checkOutputPath(out);
    const encodingName = optionalOption(parsed, 'encoding');
    const encoding = encodingName ? parseEncodingName(encodingName) : undefined;
    if (encodingName && !encoding) {
      throw new UserError(msg('cli.encoding-unknown', { encoding: encodingName }));
    }
    const role = optionalOption(parsed, 'role');
    if (role && !isLayerRole(role)) throw new UserError(msg('cli.role-unknown', { role }));
    const crs = optionalOption(parsed, 'crs');

    const started = performance.now();
    const result = await importFiles(collectFiles(parsed.positionals), {
      crs,
      encoding,
      swapXY: parsed.options.has('swap-xy'),
      xmlParser: new DOMParser(),
    });
    printReport(result.notes);
    const reportPath = optionalOption(parsed, 'report');
    if (reportPath) writeOutputFile(reportPath, JSON.stringify(result.notes.map(withText), null, 1));

    const needing = result.layers.filter((l) => l.crsNeeded);
    for (const layer of needing) {
      const list = layer.crsNeeded!.suggestions.slice(0, 3).map((c) => `${c.id} (${c.label.en})`).join('; ');
      console.error(`Lớp ${layer.name} cần hệ tọa độ: chạy lại với --crs ${layer.crsNeeded!.suggestions[0]?.id ?? '<EPSG:…>'}. Gợi ý: ${list || 'không có'}.`);
      console.error(`Layer ${layer.name} needs a coordinate system: run again with --crs ${layer.crsNeeded!.suggestions[0]?.id ?? '<EPSG:…>'}. Suggestions: ${list || 'none'}.`);
    }
    const ready = result.layers.filter((l) => !l.crsNeeded && l.features.length > 0);
    ready.forEach((layer, i) => {
      let features = layer.features;
      if (role && isLayerRole(role)) {
        const mapping = guessFieldMapping(layer.fields.map((f) => f.name), role);
        console.log(`Ánh xạ trường (${role}) | field mapping: ${Object.entries(mapping).map(([k, v]) => `${k} ← ${v}`).join(', ') || '—'}`);
        features = applyFieldMapping(features, mapping);
      }
      const ext = /\.fgb$/i.test(out) ? '.fgb' : '.geojson';
      const path = ready.length === 1 ? out : out.replace(/(\.geo)?json$|\.fgb$/i, '') + `-${i + 1}-${layer.name}${ext}`;
      const { skipped } = writeFeatures(path, () => features);
      const written = features.length - skipped;
      console.log(`Đã ghi ${written} đối tượng vào ${path} | wrote ${written} features to ${path}`);
      if (skipped > 0) console.error(`${skipped} đối tượng không có hình học, FlatGeobuf không chứa được: không ghi | ${skipped} features without geometry not written (FlatGeobuf cannot hold them)`);
    });
    console.log(`(${((performance.now() - started) / 1000).toFixed(2)} s)`);
    if (needing.length > 0 || ready.length === 0) return 2;
    return 0;
  },
};

/**
 * The file's bytes as a plain Uint8Array: a view of a big file's own buffer (no copy: 130 MB of Shapefile took 70 ms to
 * copy), a copy for a small file that Node placed in its shared pool (readers use `bytes.buffer`).
 */
function plainBytes(buffer: Buffer): Uint8Array {
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
}
