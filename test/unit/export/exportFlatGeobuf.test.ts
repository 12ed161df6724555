// FlatGeobuf out and in: a layer written by exportFlatGeobuf and read back through importFiles (the
// FlatGeobuf driver) keeps its geometry (bit for bit: FlatGeobuf stores doubles) and its Vietnamese
// attributes; every property of every feature becomes a column; GDAL's ogrinfo reads what we write
// (where ogrinfo is installed: `apt-get install gdal-bin`; skipped otherwise).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { importFiles } from '../../../src/domain/import/importFiles.ts';

const features: Feature[] = [
  {
    type: 'Feature',
    properties: { ten: 'Thửa số 1 — Nghĩa Hành', dien_tich: 1234.5, hop_le: true, ghi_chu: null, chi_tiet: { loai: 'ODT', so: 3 } },
    geometry: { type: 'Polygon', coordinates: [[[108.7987654, 15.1], [108.81, 15.1], [108.81, 15.11], [108.7987654, 15.1]]] },
  },
  {
    type: 'Feature',
    properties: { ten: 'Đức Phổ', dien_tich: 7, hop_le: false, ghi_chu: 'đất trồng lúa', ma: 'KCN-01' },
    geometry: { type: 'MultiPolygon', coordinates: [[[[108.9, 14.8], [108.91, 14.8], [108.91, 14.81], [108.9, 14.8]]], [[[108.95, 14.85], [108.96, 14.85], [108.96, 14.86], [108.95, 14.85]]]] },
  },
];

function bytesOf(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('exportFlatGeobuf', () => {
  it('round-trips geometry and Vietnamese attributes through the FlatGeobuf import driver', async () => {
    const { parts, skipped } = exportFlatGeobuf(features);
    expect(skipped).toBe(0);
    const result = await importFiles([{ name: 'thua_dat.fgb', bytes: bytesOf(parts) }]);
    expect(result.notes.filter((n) => n.level === 'error' || n.level === 'rejected')).toEqual([]);
    const [layer] = result.layers;
    expect(layer.sourceFormat).toBe('flatgeobuf');
    expect(layer.crs?.id).toBe('EPSG:4326');
    expect(layer.features.map((f) => f.geometry)).toEqual(features.map((f) => f.geometry));
    expect(layer.features[0].properties).toEqual({ ten: 'Thửa số 1 — Nghĩa Hành', dien_tich: 1234.5, hop_le: true, chi_tiet: { loai: 'ODT', so: 3 } });
    expect(layer.features[1].properties).toEqual({ ten: 'Đức Phổ', dien_tich: 7, hop_le: false, ghi_chu: 'đất trồng lúa', ma: 'KCN-01' });
    expect(layer.fields.map((f) => f.name)).toEqual(['ten', 'dien_tich', 'hop_le', 'ghi_chu', 'chi_tiet', 'ma']);
  });

  it('does not write features without geometry, and says how many', () => {
    const { skipped } = exportFlatGeobuf([...features, { type: 'Feature', properties: { ten: 'x' }, geometry: null as never }]);
    expect(skipped).toBe(1);
  });

  it('a file that is not FlatGeobuf is an error note with the reader’s reason', async () => {
    const result = await importFiles([{ name: 'hong.fgb', bytes: new TextEncoder().encode('not a flatgeobuf file at all') }]);
    expect(result.layers).toHaveLength(0);
    expect(result.notes[0]).toMatchObject({ level: 'error', code: 'flatgeobuf-invalid' });
  });

  const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;
  it.skipIf(!hasOgrinfo)('GDAL ogrinfo reads the file: count, fields, WGS84, Vietnamese text', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'noxh-fgb-')), 'thua_dat.fgb');
    writeFileSync(path, bytesOf(exportFlatGeobuf(features).parts));
    const info = execFileSync('ogrinfo', ['-al', '-so', path], { encoding: 'utf8' });
    expect(info).toContain('Feature Count: 2');
    expect(info).toMatch(/ten: String/);
    expect(info).toMatch(/dien_tich: Real/);
    expect(info).toMatch(/EPSG",\s*4326|WGS 84/);
    const all = execFileSync('ogrinfo', ['-al', path], { encoding: 'utf8' });
    expect(all).toContain('Thửa số 1 — Nghĩa Hành');
    expect(all).toContain('MULTIPOLYGON');
  });
});

describe('buildLayerExport (FlatGeobuf)', () => {
  it('downloads the layer as a .fgb the import reads back', async () => {
    const { buildLayerExport } = await import('../../../src/ui/import/buildLayerExport.ts');
    const file = buildLayerExport({ data: { type: 'FeatureCollection', features }, role: 'candidate_site', title: 'Khu đất ứng viên', format: 'flatgeobuf', language: 'vi' });
    expect(file.fileName).toBe('khu-dat-ung-vien.fgb');
    const result = await importFiles([{ name: file.fileName, bytes: file.bytes }]);
    expect(result.layers[0].features).toHaveLength(2);
  });
});
