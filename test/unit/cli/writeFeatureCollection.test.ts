// The CLI's GeoJSON writer: the same bytes as JSON.stringify of the whole collection, written in
// pieces (a whole-collection string fails past V8's ~512 MB limit, e.g. 600,000 scored parcels).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeFeatureCollection } from '../../../scripts/cli/_writeFeatureCollection.ts';

const dir = mkdtempSync(join(tmpdir(), 'noxh-write-'));

describe('writeFeatureCollection', () => {
  it('writes exactly JSON.stringify of the collection, over several pieces, with Vietnamese text intact', () => {
    // ~6 MB of JSON: more than one 4-million-character piece.
    const features: Feature[] = Array.from({ length: 12000 }, (_, i) => ({
      type: 'Feature',
      id: i,
      properties: { ten: `Thửa ${i} — đất ở đô thị (ODT)`, note: 'x'.repeat(400), score: i % 7 === 0 ? null : i / 3 },
      geometry: { type: 'Point', coordinates: [108.8 + i * 1e-5, 15.1] },
    }));
    const path = join(dir, 'big.geojson');
    writeFeatureCollection(path, features, true);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
  });

  it('writes an empty collection', () => {
    const path = join(dir, 'empty.geojson');
    writeFeatureCollection(path, []);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
