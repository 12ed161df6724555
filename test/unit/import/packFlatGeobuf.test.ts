// The packed FlatGeobuf reader (the whole-cadastre path): a file read straight into typed arrays gives exactly
// what packing its GeoJSON features gives (the sample's 425 candidate parcels, Vietnamese attributes, holes,
// multipolygons, a point among the parcels), read through a window of any size; one feature read back on demand
// equals the `flatgeobuf` package's reading; a GDAL-written file with a spatial index reads the same; a cut or
// foreign file says what is wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { describe, expect, it } from 'vitest';
import { exportFlatGeobuf } from '../../../src/domain/export/exportFlatGeobuf.ts';
import { bytesSource, createFlatGeobufPacker, packFlatGeobuf } from '../../../src/domain/import/packFlatGeobuf.ts';
import { readFlatGeobufFeature } from '../../../src/domain/import/readFlatGeobufFeature.ts';
import { packParcels, type PackedParcels } from '../../../src/domain/scoring/packParcels.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const sample = (JSON.parse(readFileSync('data/candidate_sites.geojson', 'utf8')) as FeatureCollection).features;

const extra: Feature[] = [
  {
    type: 'Feature',
    properties: { id: 'LỖ-1', landuse_code: 'ODT', ten: 'Thửa có lỗ — phường Cẩm Thành', so: 12 },
    geometry: { type: 'Polygon', coordinates: [
      [[108.80, 15.10], [108.80, 15.12], [108.82, 15.12], [108.82, 15.10], [108.80, 15.10]], // clockwise outer: must be turned
      [[108.805, 15.105], [108.815, 15.105], [108.815, 15.115], [108.805, 15.115], [108.805, 15.105]],
    ] },
  },
  {
    type: 'Feature',
    properties: { id: 'ĐA-2', landuse_code: 'TMD', so: 7.5 },
    geometry: { type: 'MultiPolygon', coordinates: [
      [[[108.9, 14.8], [108.91, 14.8], [108.91, 14.81], [108.9, 14.8]]],
      [[[108.95, 14.85], [108.96, 14.85], [108.96, 14.86], [108.95, 14.85]]],
    ] },
  },
  { type: 'Feature', properties: { id: 'ĐIỂM-3', landuse_code: '' }, geometry: { type: 'Point', coordinates: [108.7, 15.0] } },
];

function fileOf(features: Feature[]): Uint8Array {
  const { parts } = exportFlatGeobuf(features);
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function expectSamePacking(a: PackedParcels, b: PackedParcels): void {
  expect(a.count).toBe(b.count);
  expect(Array.from(a.coords)).toEqual(Array.from(b.coords));
  expect(Array.from(a.ringStarts)).toEqual(Array.from(b.ringStarts));
  expect(Array.from(a.parcelRingStarts)).toEqual(Array.from(b.parcelRingStarts));
  expect(Array.from(a.bbox)).toEqual(Array.from(b.bbox));
  expect(a.attributes).toEqual(b.attributes);
  expect(a.invalid.map((i) => i.featureIndex)).toEqual(b.invalid.map((i) => i.featureIndex));
}

describe('packFlatGeobuf', () => {
  const features = [...sample, ...extra];
  const bytes = fileOf(features);

  it('packs the sample parcels exactly as packParcels packs their GeoJSON', () => {
    const packed = packFlatGeobuf(bytesSource(bytes), { attributeKeys: ['landuse_code', 'so'] });
    expect(packed.info.featureCount).toBe(features.length);
    expect(packed.info.crsCode).toBe(4326);
    expectSamePacking(packed.parcels, packParcels(features, ['landuse_code', 'so']));
    expect(packed.parcels.invalid.map((i) => i.featureIndex)).toEqual([features.length - 1]); // the point
    expect(packed.parcels.attributes.so.slice(-3)).toEqual(['12', '7.5', null]);
    expect(packed.featureOffsets.length).toBe(features.length + 1);
    expect(packed.featureOffsets[features.length]).toBe(bytes.length);
  });

  it('reads through a small window (features cut across window ends) and in steps, with the same result', () => {
    const whole = packFlatGeobuf(bytesSource(bytes), { attributeKeys: ['landuse_code'] });
    let reads = 0;
    const copying = { byteLength: bytes.length, read: (o: number, n: number) => { reads++; return bytes.slice(o, Math.min(bytes.length, o + n)); } };
    const packer = createFlatGeobufPacker(copying, { attributeKeys: ['landuse_code'], windowBytes: 1000 });
    let steps = 0;
    while (!packer.step(50)) steps++;
    expect(steps).toBe(Math.ceil(features.length / 50) - 1);
    expect(packer.doneFeatures).toBe(features.length);
    const stepped = packer.result();
    expect(reads).toBeGreaterThan(bytes.length / 1000 - 2);
    expectSamePacking(stepped.parcels, whole.parcels);
    expect(Array.from(stepped.featureOffsets)).toEqual(Array.from(whole.featureOffsets));
  });

  it('allocates shared arrays on request (for measuring threads)', () => {
    const packed = packFlatGeobuf(bytesSource(bytes), { shared: true });
    expect(packed.parcels.coords.buffer).toBeInstanceOf(SharedArrayBuffer);
    expectSamePacking(packed.parcels, packParcels(features));
  });

  it('reads one feature back on demand as the flatgeobuf package reads it', async () => {
    const packed = packFlatGeobuf(bytesSource(bytes));
    const theirs: Feature[] = [];
    for await (const f of deserialize(bytes)) theirs.push(f as Feature);
    for (const i of [0, 1, 200, features.length - 3, features.length - 2, features.length - 1]) {
      const mine = readFlatGeobufFeature(bytesSource(bytes), packed.info, packed.featureOffsets[i]);
      expect(mine.geometry).toEqual(theirs[i].geometry);
      expect(mine.properties).toEqual(theirs[i].properties);
    }
    expect(readFlatGeobufFeature(bytesSource(bytes), packed.info, packed.featureOffsets[features.length - 3]).properties).toMatchObject({ ten: 'Thửa có lỗ — phường Cẩm Thành' });
  });

  it('says what is wrong with a file cut short or not FlatGeobuf, naming the file', () => {
    const cut = bytes.subarray(0, bytes.length - 30);
    expect(() => packFlatGeobuf(bytesSource(cut), { fileName: 'dia_chinh.fgb' })).toThrow(UserError);
    expect(() => packFlatGeobuf(bytesSource(cut), { fileName: 'dia_chinh.fgb' })).toThrow(/dia_chinh\.fgb.*cut short/);
    expect(() => packFlatGeobuf(bytesSource(new TextEncoder().encode('{"type":"FeatureCollection"}')), { fileName: 'x.fgb' })).toThrow(/x\.fgb.*not a FlatGeobuf/);
  });

  const hasOgr = spawnSync('ogr2ogr', ['--version']).status === 0;
  it.skipIf(!hasOgr)('reads a file GDAL wrote with its spatial index as it reads ours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noxh-fgb-'));
    writeFileSync(join(dir, 'in.geojson'), JSON.stringify({ type: 'FeatureCollection', features: sample }));
    execFileSync('ogr2ogr', ['-f', 'FlatGeobuf', join(dir, 'gdal.fgb'), join(dir, 'in.geojson'), '-lco', 'SPATIAL_INDEX=YES']);
    const gdal = new Uint8Array(readFileSync(join(dir, 'gdal.fgb')));
    const packed = packFlatGeobuf(bytesSource(gdal), { attributeKeys: ['landuse_code'] });
    expect(packed.info.featureCount).toBe(sample.length);
    // GDAL writes features in its index's order: compare parcel by parcel through the id column.
    const byId = new Map(sample.map((f, i) => [String(f.properties!.id), i]));
    const ours = packParcels(sample, ['landuse_code']);
    for (let p = 0; p < sample.length; p++) {
      const f = readFlatGeobufFeature(bytesSource(gdal), packed.info, packed.featureOffsets[p]);
      const q = byId.get(String(f.properties!.id))!;
      expect(Array.from(packed.parcels.bbox.subarray(4 * p, 4 * p + 4))).toEqual(Array.from(ours.bbox.subarray(4 * q, 4 * q + 4)));
      expect(packed.parcels.attributes.landuse_code[p]).toBe(ours.attributes.landuse_code[q]);
      const mine = packed.parcels.coords.subarray(2 * packed.parcels.ringStarts[packed.parcels.parcelRingStarts[p]], 2 * packed.parcels.ringStarts[packed.parcels.parcelRingStarts[p + 1]]);
      const theirs = ours.coords.subarray(2 * ours.ringStarts[ours.parcelRingStarts[q]], 2 * ours.ringStarts[ours.parcelRingStarts[q + 1]]);
      expect(Array.from(mine)).toEqual(Array.from(theirs));
    }
  });
});
