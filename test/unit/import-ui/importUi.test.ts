// View-model helpers of the import / export / workspace UI, on the real fixtures a planner can open.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { importFiles } from '../../../src/domain/import/importFiles.ts';
import { migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { ROLE_SPECS } from '../../../src/domain/model/layerRoles.ts';
import { listCrsChoices, DEFAULT_EXPORT_CRS_ID } from '../../../src/ui/import/crsChoices.ts';
import { summarizeImportNotes, sortImportNotes } from '../../../src/ui/import/summarizeImportNotes.ts';
import { guessImportRole } from '../../../src/ui/import/guessImportRole.ts';
import { buildImportedLayer, slugify } from '../../../src/ui/import/buildImportedLayer.ts';
import { buildLayerExport } from '../../../src/ui/import/buildLayerExport.ts';
import { draftAfterRerun, draftBlocker, draftsFromResult, rerunWorkerOptions, type LayerDraft, type RerunOptions } from '../../../src/ui/import/importDrafts.ts';
import type { ImportFile } from '../../../src/domain/import/importTypes.ts';
import { parseProjectFile, projectFileName, serialiseProject } from '../../../src/ui/import/projectFile.ts';
import { VN2000_TM3_MERIDIANS_DEG } from '../../../src/domain/projection/index.ts';
import { messageText } from '../renderText.ts';

const file = (path: string) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });
const dir = (d: string) => readdirSync(d).filter((n) => !n.endsWith('.geojson')).map((n) => file(join(d, n)));

describe('CRS choices', () => {
  it('offer every VN-2000 provincial meridian, Quảng Ngãi 108°00′ then ex-Kon Tum 107°30′ first, UTM 48/49 and WGS84', () => {
    const choices = listCrsChoices();
    const tm3 = choices.filter((c) => c.group === 'vn2000-tm3');
    expect(tm3.map((c) => c.crs.centralMeridianDeg).sort()).toEqual([...VN2000_TM3_MERIDIANS_DEG].sort());
    expect(tm3[0].id).toBe('EPSG:5898');
    expect(tm3[1].id).toBe('EPSG:9216');
    expect(choices.filter((c) => c.group === 'vn2000-utm').map((c) => c.id)).toEqual(['EPSG:3405', 'EPSG:3406']);
    // Lon/lat is the only choice that is not metres: the import question disables it for metre files.
    expect(choices.filter((c) => !c.metres).map((c) => c.id)).toEqual(['EPSG:4326']);
    expect(DEFAULT_EXPORT_CRS_ID).toBe('EPSG:5898');
  });
});

describe('import drafts from real fixtures', () => {
  it('the VN-2000 zip: 3 features, the null geometry rejected with its index, role guessed from TenKCN', async () => {
    const files = [file('test/fixtures/import/parcels-vn2000-108.zip')];
    const { drafts, globalNotes } = draftsFromResult(await importFiles(files), files);
    expect(globalNotes).toEqual([]);
    expect(drafts).toHaveLength(1);
    const d = drafts[0];
    expect(d.features).toHaveLength(3);
    expect(d.role).toBe('industrial_zone');
    expect(d.mapping).toMatchObject({ name: 'TenKCN', area_ha: 'DienTich' });
    expect(summarizeImportNotes(d.notes, d.features.length)).toEqual({ accepted: 3, repaired: 0, rejected: 1, warnings: 0, errors: 0 });
    expect(sortImportNotes(d.notes)[0]).toMatchObject({ level: 'rejected', featureIndex: 3 });
    expect(draftBlocker(d)).toBeNull();
  });

  it('metres without .prj: blocked until a CRS is chosen; suggestions carry reasons, VN-2000 108°00′ first', async () => {
    const files = dir('test/fixtures/import/shp-noprj');
    const { drafts } = draftsFromResult(await importFiles(files), files);
    const d = drafts[0];
    expect(d.crsNeeded).toBe(true);
    expect(d.features).toEqual([]);
    expect(d.crsSuggestions[0].crs.id).toBe('EPSG:5898');
    expect(messageText(d.crsSuggestions[0].reason, 'vi')).toMatch(/mét/);
    expect(d.crsChoiceId).toBe('EPSG:5898');
    expect(draftBlocker(d)?.vi).toContain('hãy chọn hệ tọa độ');
  });

  // What rerunDraft does, without the worker: importFiles with the options it sends, then draftAfterRerun.
  async function rerun(draft: LayerDraft, options: RerunOptions, files: ImportFile[]) {
    const sent = rerunWorkerOptions(draft, options);
    return draftAfterRerun(draft, await importFiles(files, sent), options);
  }

  it('a VN-2000 X/Y CSV: X = northing guessed, asks for the system, then lands on the surveyed point', async () => {
    const csv = [file('test/fixtures/csv/diem-moc-vn2000-xy.csv')];
    const [first] = draftsFromResult(await importFiles(csv), csv).drafts;
    expect(first.sourceFormat).toBe('csv');
    expect(first.csv).toMatchObject({ xColumn: 'Tọa độ X (m)', yColumn: 'Tọa độ Y (m)', swapped: true });
    expect(first.csv!.columns).toHaveLength(6);
    expect(first.crsNeeded).toBe(true);
    expect(first.features).toEqual([]);
    expect(first.crsChoiceId).toBe('EPSG:5898');
    expect(first.crsSuggestions[0].swapped).toBe(true);
    expect(first.crsSuggestions.every((s) => !s.crs.isGeographic)).toBe(true);
    // The encoding preview has the detected guesses, with whole lines as samples.
    expect(first.encodingGuesses?.[0].encoding).toBe('utf8');
    // A CSV is points, even before its CRS is known: the role guess is a point role.
    expect(ROLE_SPECS[first.role].geometry).toContain('point');
    const chosen = await rerun(first, { crs: 'EPSG:5898', otherLayerBboxes: [] }, csv);
    expect(chosen.crsNeeded).toBe(false);
    expect(chosen.appliedCrsId).toBe('EPSG:5898');
    expect(chosen.csv).toMatchObject({ xColumn: 'Tọa độ X (m)', swapped: true });
    const [lon, lat] = (chosen.features[0].geometry as { coordinates: number[] }).coordinates;
    // docs/DOMAIN.md §4 test vector: E 587049.939, N 1672803.489 ↔ 108.811727 E, 15.123875 N.
    expect(lon).toBeCloseTo(108.811727, 6);
    expect(lat).toBeCloseTo(15.123875, 6);
    // A layer far from everything loaded gets the overlap warning.
    const far = await rerun(first, { crs: 'EPSG:5898', otherLayerBboxes: [[105, 20, 106, 21]] }, csv);
    expect(far.notes.some((n) => n.code === 'layer-no-overlap')).toBe(true);

    // The user reads X as the easting: the choice is kept when the encoding is changed afterwards.
    const unswapped = await rerun(chosen, { csv: { swapped: false }, otherLayerBboxes: [] }, csv);
    expect(unswapped.csv).toMatchObject({ swapped: false, userSwapped: true });
    expect(unswapped.notes.filter((n) => n.code === 'csv-point-outside-vietnam')).toHaveLength(6);
    const recoded = await rerun(unswapped, { encoding: 'utf8', otherLayerBboxes: [] }, csv);
    expect(rerunWorkerOptions(unswapped, { encoding: 'utf8', otherLayerBboxes: [] })).toMatchObject({ crs: 'EPSG:5898', csv: { swapped: false } });
    expect(recoded.csv!.swapped).toBe(false);
    expect(recoded.appliedEncoding).toBe('utf8');
  });
});

describe('the layer the store adds', () => {
  it('inline data with role properties mapped, a unique URL-safe id and a note naming the file', () => {
    const fc = JSON.parse(readFileSync('test/fixtures/import/shp-vn2000-108/parcels.expected.geojson', 'utf8')) as FeatureCollection;
    const layer = buildImportedLayer({
      features: fc.features.filter((f) => f.geometry),
      role: 'industrial_zone',
      title: 'KCN nhập thử',
      mapping: { name: 'TenKCN', area_ha: 'DienTich', kind: '' },
      fileNames: ['parcels-vn2000-108.zip'],
      takenIds: ['import-kcn-nhap-thu'],
    });
    expect(layer.id).toBe('import-kcn-nhap-thu-2');
    expect(layer.source.kind).toBe('inline');
    const data = (layer.source as { data: FeatureCollection }).data;
    expect(data.features[0].properties).toMatchObject({ TenKCN: 'KCN Tịnh Phong', name: 'KCN Tịnh Phong', area_ha: 140 });
    expect(data.features[0].properties).not.toHaveProperty('kind');
    expect(layer.metadata).toMatchObject({ illustrative: false, note: { vi: 'Nhập từ tệp parcels-vn2000-108.zip.', en: 'Imported from parcels-vn2000-108.zip.' } });
    expect(slugify('Đất ở đô thị — Quảng Ngãi')).toBe('dat-o-do-thi-quang-ngai');
  });

  it('guesses roles from geometry and Vietnamese field names', () => {
    const point = { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [108.8, 15.1] } };
    const line = { type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: [[108.8, 15.1], [108.9, 15.2]] } };
    expect(guessImportRole([point], ['TenTruong', 'Loai'])).toBe('facility');
    expect(guessImportRole([line], ['TenDuong', 'CapDuong'])).toBe('transport');
    expect(guessImportRole([], ['MaLoaiDat', 'TenQH'])).toBe('land_use_plan');
  });

  it('a point list with only names, numbers and notes is guessed as facilities, never transport or housing projects', () => {
    // STT maps to a housing project's id and "Số hiệu" to a road's reference, but neither says what the points are.
    expect(guessImportRole([], ['STT', 'X', 'Y', 'Ten', 'GhiChu'], 'point')).toBe('facility');
    expect(guessImportRole([], ['STT', 'X', 'Y', 'TenDiem', 'GhiChu'], 'point')).toBe('facility');
    expect(guessImportRole([], ['X', 'Y', 'name'], 'point')).toBe('facility');
    expect(guessImportRole([], ['STT', 'Số hiệu mốc', 'Tọa độ X (m)', 'Tọa độ Y (m)', 'Cao độ (m)', 'Ghi chú'], 'point')).toBe('facility');
    // Transport wins on road or stop fields; housing projects on a unit count.
    expect(guessImportRole([], ['STT', 'Tên ga', 'X', 'Y'], 'point')).toBe('transport');
    expect(guessImportRole([], ['STT', 'Ten', 'CapDuong', 'X', 'Y'], 'point')).toBe('transport');
    expect(guessImportRole([], ['STT', 'Ten', 'SoCan', 'X', 'Y'], 'point')).toBe('housing_project');
    // OpenStreetMap bus stops: `ref` (the stop number) is evidence; an `id` column is not.
    expect(guessImportRole([], ['id', 'ref', 'name'], 'point')).toBe('transport');
    expect(guessImportRole([], ['id', 'name'], 'point')).toBe('facility');
    // Lines and polygons with nothing specific keep their fallbacks; a parcel file with an area stays a candidate site.
    expect(guessImportRole([], ['STT', 'Ten'], 'line')).toBe('transport');
    expect(guessImportRole([], ['MaThua', 'Ten', 'DienTich'], 'polygon')).toBe('candidate_site');
  });

  it('every CSV of survey points in the fixtures opens as a facility draft', async () => {
    const dirPath = 'test/fixtures/csv';
    const names = readdirSync(dirPath).filter((n) => n.endsWith('.csv'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const files = [file(join(dirPath, name))];
      const { drafts } = draftsFromResult(await importFiles(files), files);
      expect(drafts.map((d) => [name, d.role])).toEqual([[name, 'facility']]);
    }
  });
});

describe('exports', () => {
  const fc = JSON.parse(readFileSync('test/fixtures/export/khu-dat-ung-vien.geojson', 'utf8')) as FeatureCollection;
  it('CSV starts with the UTF-8 BOM and has the role labels as headers', () => {
    const out = buildLayerExport({ data: fc, role: 'candidate_site', title: 'Khu đất ứng viên', format: 'csv', language: 'vi' });
    expect(out.fileName).toBe('khu-dat-ung-vien.csv');
    expect([...out.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = new TextDecoder().decode(out.bytes).replace(/^\uFEFF/, '').split('\r\n')[0];
    const present = ROLE_SPECS.candidate_site.properties.filter((p) => fc.features.some((f) => f.properties && p.key in f.properties));
    expect(present.length).toBeGreaterThan(0);
    for (const p of present) expect(header).toContain(p.label.vi);
  });
  it('Shapefile zip on the ex-Kon Tum meridian carries a .prj for 107°30′ and a .cpg', () => {
    const out = buildLayerExport({ data: fc, role: 'candidate_site', title: 'Khu đất', format: 'shapefile', language: 'vi', crsId: 'EPSG:9216' });
    expect(out.fileName).toBe('khu-dat-epsg9216.zip');
    const entries = unzipSync(out.bytes);
    const prj = new TextDecoder().decode(entries[Object.keys(entries).find((n) => n.endsWith('.prj'))!]);
    expect(prj).toContain('107.5');
    expect(Object.keys(entries).some((n) => n.endsWith('.cpg'))).toBe(true);
  });
});

describe('project files', () => {
  it('round-trips a project through <title>.noxh.json and refuses non-projects with a Vietnamese message', () => {
    const v1 = readFileSync('test/fixtures/project/v1-sample.noxh.json', 'utf8');
    const parsed = parseProjectFile(v1);
    expect('project' in parsed).toBe(true);
    const project = (parsed as { project: ReturnType<typeof migrateProjectDocument> }).project;
    expect(projectFileName(project.title)).toBe('Dự án mẫu phiên bản 1.noxh.json');
    expect(projectFileName('a/b: c?')).toBe('a-b- c-.noxh.json');
    const again = parseProjectFile(serialiseProject(project));
    expect(again).toEqual({ project });
    expect(parseProjectFile('{"type":"FeatureCollection"')).toMatchObject({ error: { vi: expect.stringContaining('không phải JSON hợp lệ') } });
    expect(parseProjectFile('{"type":"FeatureCollection","features":[]}')).toMatchObject({ error: { vi: expect.stringContaining('không phải là tệp làm việc NOXH Atlas') } });
  });
});

describe('layer export notes (issue 16)', () => {
  it('a Shapefile export returns what the format changed, for the export dialog; GeoJSON has none', () => {
    const fc: import('geojson').FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { 'Ghi chú dài': 'x'.repeat(300) }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } }],
    };
    const shp = buildLayerExport({ data: fc, role: 'candidate_site', title: 'Khu đất', format: 'shapefile', language: 'vi' });
    expect(shp.notes.map((n) => n.code)).toEqual(['export.dbf-name-shortened', 'export.dbf-text-truncated']);
    expect(buildLayerExport({ data: fc, role: 'candidate_site', title: 'Khu đất', format: 'geojson', language: 'vi' }).notes).toEqual([]);
  });
});
