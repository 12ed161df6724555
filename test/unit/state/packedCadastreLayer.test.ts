// A cadastre layer (its parcels in typed arrays, never in the document) saved and opened again: the document holds
// its name, role and file only — a few hundred bytes for 2M parcels — it validates, and reopened without its arrays
// the layer says in Vietnamese which file to open again; the rest of the project is as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProjectDocument, migrateProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { AppStore } from '../../../src/state/store.ts';
import { bytesSource, packFlatGeobuf } from '../../../src/domain/import/packFlatGeobuf.ts';
import { finishPackedCadastre } from '../../../src/domain/import/finishPackedCadastre.ts';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { cadastreParcels } from '../../../scripts/bench/writeCadastreFgb.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const cadastre: ProjectLayer = {
  id: 'import-dia-chinh',
  role: 'candidate_site',
  title: { vi: 'Địa chính toàn tỉnh', en: 'Địa chính toàn tỉnh' },
  source: { kind: 'packed-file', fileName: 'dia_chinh_2m.fgb', featureCount: 2_000_000 },
  visible: true,
  style: {},
  metadata: { illustrative: false, note: { vi: 'Bản đồ địa chính', en: 'Cadastre' } },
};
const drawn: ProjectLayer = { ...cadastre, id: 'drawn-sites', title: { vi: 'Khu đất vẽ', en: 'Drawn sites' }, source: { kind: 'inline', data: { type: 'FeatureCollection', features: [] } } };

describe('a cadastre layer in the project document', () => {
  it('a version 4 file (the fixture a planner can open) keeps its cadastre entry and its version 3 part', () => {
    const doc = migrateProjectDocument(JSON.parse(readFileSync('test/fixtures/project/v4-cadastre.noxh.json', 'utf8')));
    expect(doc.version).toBe(4);
    const layer = doc.layers.find((l) => l.source.kind === 'packed-file');
    expect(layer?.source).toEqual({ kind: 'packed-file', fileName: 'dia_chinh_toan_tinh.fgb', featureCount: 2_000_000 });
    expect(doc.slides?.length).toBe(2);
    expect(doc.targets?.length).toBe(2);
  });

  it('is saved by name and opens again as it was', () => {
    const saved = JSON.parse(JSON.stringify(createProjectDocument([drawn, cadastre]))) as unknown;
    expect(JSON.stringify((saved as { layers: unknown[] }).layers[1]).length).toBeLessThan(400);
    const opened = migrateProjectDocument(saved);
    expect(opened.layers[1]).toEqual(cadastre);
    const bad = JSON.parse(JSON.stringify(createProjectDocument([{ ...cadastre, source: { kind: 'packed-file', fileName: 'x.fgb', featureCount: -1 } }]))) as unknown;
    expect(() => migrateProjectDocument(bad)).toThrow(UserError);
  });

  it('reopened without its arrays asks for its file again; given them, draws from them', () => {
    const store = new AppStore(createProjectDocument([drawn, cadastre]), 'vi');
    // The store brings the layer data in line with the document on every change (the app makes many at start).
    store.setLanguage('en');
    const missing = store.getState().layerData[cadastre.id];
    expect(missing?.status).toBe('error');
    expect(missing?.status === 'error' && missing.message.vi).toMatch(/không được lưu trong tệp làm việc.*mở lại tệp dia_chinh_2m\.fgb bằng "Nhập dữ liệu"/);
    expect(store.getState().layerData[drawn.id]?.status).toBe('ready');

    const parts = exportFlatGeobuf([...cadastreParcels(50)]).parts;
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    const done = finishPackedCadastre('dia_chinh_2m.fgb', packFlatGeobuf(bytesSource(bytes)));
    store.setLayerData(cadastre.id, { status: 'packed', parcels: done.parcels, mesh: done.mesh, file: new Blob([bytes]) as Blob & { name: string }, featureOffsets: done.featureOffsets, info: done.info, scoringCopy: { transit: null } });
    // Any later change keeps the arrays (they are never rebuilt from the document).
    store.run({ type: 'setLayerVisible', layerId: drawn.id, visible: false });
    expect(store.getState().layerData[cadastre.id]?.status).toBe('packed');
  });
});
