// Shapefile: the .shp with its parts (.dbf attributes, .prj system, .cpg encoding; .shx not needed). Read in steps,
// with progress and cancel between them: geometry → attributes → coordinate system → reprojection → features.
import { decodeText } from '../../encoding/decodeText.ts';
import { parseEncodingName, type TextEncodingId } from '../../encoding/textEncodings.ts';
import { reprojectPartsInPlace } from '../../projection/reprojectPartsInPlace.ts';
import { WGS84_CRS } from '../../projection/wellKnownCrs.ts';
import { buildShpFeatures } from '../buildShpFeatures.ts';
import { decideCrs } from '../decideCrs.ts';
import { importNote } from '../importNote.ts';
import type { ImportNote, ImportOptions } from '../importTypes.ts';
import { readDbf, type DbfTable } from '../readDbf.ts';
import { readShp, type ShpTable } from '../readShp.ts';
import type { DriverContext, FileGroup, ImportDriver, RawLayer } from './importDriver.ts';

export const shapefileDriver: ImportDriver = {
  label: 'Shapefile',
  parts: ['shp', 'shx', 'dbf', 'prj', 'cpg', 'qix', 'sbn', 'sbx', 'xml', 'qmd', 'fix', 'qpj'],
  detect: (_file, ext) => ext === 'shp',
  checkGroup: (group) =>
    group.files.has('dbf') && !group.files.has('shp') ? [importNote('error', 'shp-missing', { name: group.name })] : [],
  read: (_file, group, ctx) => readShapefileGroup(group, ctx),
};

async function readShapefileGroup(group: FileGroup, ctx: DriverContext): Promise<RawLayer> {
  const { name } = group;
  const table = readGeometry(group, ctx);
  await ctx.step(0.05);
  const { dbf, encoding } = readAttributes(group, table.recordCount, ctx);
  await ctx.step(0.15);
  const fields = dbf?.fields ?? [];
  if (ctx.options.swapXY) swapPairs(table.xy);
  const prj = group.files.get('prj');
  const decision = decideCrs({
    ...(ctx.options.crs ? { chosen: ctx.options.crs } : {}),
    ...(prj ? { declared: { source: 'prj' as const, name, text: decodeText(prj.bytes, 'latin1') } } : {}),
    rawBbox: flatBbox(table.xy),
    layerName: name,
  });
  ctx.note(...decision.notes);
  if (decision.needed) return { name, sourceFormat: 'shapefile', features: [], fields, encoding, crs: null, reprojected: true, crsNeeded: decision.needed };
  const crs = decision.crs;
  if (crs && crs.proj4 !== WGS84_CRS.proj4) {
    const failed = reprojectPartsInPlace(table.xy, table.partStarts, crs, WGS84_CRS);
    ctx.note(importNote(failed ? 'warning' : 'info', 'reprojected', { crs: crs.label, points: table.xy.length / 2, failed }));
  }
  await ctx.step(0.3);
  const shpNotes: ImportNote[] = [];
  const features = buildShpFeatures(table, dbf?.rows, shpNotes);
  ctx.note(...shpNotes);
  return { name, sourceFormat: 'shapefile', features, fields, encoding, encodingGuesses: dbf?.guesses, crs, reprojected: true, plainValues: dbf ? dbf.plainText : true };
}

/** The .shp, with notes for a cut-short file, unsupported shapes and a missing .shx. */
function readGeometry(group: FileGroup, ctx: DriverContext): ShpTable {
  const { name } = group;
  const table = readShp(group.files.get('shp')!.bytes);
  if (table.truncatedAt >= 0) ctx.note(importNote('warning', 'shp-truncated', { name, count: table.truncatedAt }));
  for (const index of table.damaged) ctx.note(importNote('rejected', 'shp-record-damaged', {}, index));
  for (const [index, shapeType] of table.unsupported) ctx.note(importNote('rejected', 'shp-unsupported-shape', { shapeType }, index));
  if (!group.files.has('shx')) ctx.note(importNote('info', 'shx-missing', { name }));
  return table;
}

/** The .dbf in its encoding (the option, else the .cpg, else detected), with notes on how it was chosen. */
function readAttributes(group: FileGroup, shapeCount: number, ctx: DriverContext): { dbf?: DbfTable; encoding: TextEncodingId | null } {
  const { name } = group;
  const dbfFile = group.files.get('dbf');
  if (!dbfFile) {
    ctx.note(importNote('warning', 'dbf-missing', { name }));
    return { encoding: null };
  }
  const chosen = chooseEncoding(group, ctx.options, ctx);
  const dbf = readDbf(dbfFile.bytes, chosen);
  if (dbf.guesses && !chosen && dbf.guesses[0].sample.length > 0) {
    const best = dbf.guesses[0];
    const params = { encoding: best.encoding, confidencePct: Math.round(best.confidence * 100), samples: best.sample.slice(0, 3) };
    ctx.note(best.confidence < 0.6 ? importNote('warning', 'encoding-uncertain', params) : importNote('info', 'encoding-detected', params));
  }
  if (dbf.declaredCount > dbf.rows.length) ctx.note(importNote('warning', 'dbf-records-missing', { name, declared: dbf.declaredCount, read: dbf.rows.length }));
  if (dbf.rows.length !== shapeCount) ctx.note(importNote('warning', 'dbf-count-mismatch', { name, records: dbf.rows.length, shapes: shapeCount }));
  for (const r of dbf.deleted) if (r < shapeCount) ctx.note(importNote('warning', 'dbf-deleted-record', {}, r));
  return { dbf, encoding: dbf.encoding };
}

/** The user's encoding, else the one the .cpg names; undefined = detect. */
function chooseEncoding(group: FileGroup, options: ImportOptions, ctx: DriverContext): TextEncodingId | undefined {
  const { name } = group;
  if (options.encoding) {
    ctx.note(importNote('info', 'encoding-from-option', { encoding: options.encoding }));
    return options.encoding;
  }
  const cpg = group.files.get('cpg');
  if (!cpg) return undefined;
  const cpgText = decodeText(cpg.bytes, 'latin1').trim();
  const fromCpg = parseEncodingName(cpgText);
  if (fromCpg) ctx.note(importNote('info', 'encoding-from-cpg', { name, cpg: cpgText }));
  else ctx.note(importNote('warning', 'cpg-unknown', { name, cpg: cpgText }));
  return fromCpg;
}

function swapPairs(xy: Float64Array): void {
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i];
    xy[i] = xy[i + 1];
    xy[i + 1] = x;
  }
}

function flatBbox(xy: Float64Array): [number, number, number, number] | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i], y = xy[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}
