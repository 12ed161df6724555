// Writes a synthetic cadastre as FlatGeobuf, for the browser test (test/e2e/cadastre.e2e.test.ts) and the
// app's cadastre measurements (docs/PERFORMANCE.md):
//   npx tsx scripts/bench/writeCadastreFgb.ts <parcels> <file.fgb>
// Parcels of 40–150 m in the former Quảng Ngãi lowlands (where the sample's roads, zones and services are), with
// Vietnamese names and land-use codes; every 997th parcel has a courtyard (a hole) and every 1009th is in two parts.
// Deterministic (its own seeded generator), written feature by feature: a file of millions of parcels is made
// with little memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Feature, Position } from 'geojson';
import { planFlatGeobuf, writeFlatGeobuf } from '../../src/domain/export/exportFlatGeobuf.ts';
import { mulberry32 } from '../../src/domain/scoring/runSensitivity.ts';

const WEST = 108.62, EAST = 108.95, SOUTH = 14.62, NORTH = 15.38;
const LAND_USE = ['ONT', 'ODT', 'CLN', 'LUC', 'BHK', 'SKC', 'TMD', 'DGT'];


const box = (x: number, y: number, w: number, h: number): Position[] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];

/** The n parcels, in order (the same n gives the same parcels). */
export function* cadastreParcels(n: number): Generator<Feature> {
  const random = mulberry32(17);
  for (let i = 0; i < n; i++) {
    const x = WEST + random() * (EAST - WEST);
    const y = SOUTH + random() * (NORTH - SOUTH);
    const w = (40 + random() * 110) / 107500;
    const h = (40 + random() * 110) / 110650;
    const properties = { id: `TD-${String(i + 1).padStart(7, '0')}`, name: `Thửa ${(i % 500) + 1}, tờ bản đồ số ${Math.floor(i / 500) + 1}`, landuse_code: LAND_USE[i % LAND_USE.length] };
    const geometry: Feature['geometry'] =
      i % 1009 === 1008
        ? { type: 'MultiPolygon', coordinates: [[box(x, y, w / 2, h)], [box(x + 0.6 * w, y, 0.4 * w, h)]] }
        : i % 997 === 996
          ? { type: 'Polygon', coordinates: [box(x, y, w, h), box(x + w / 3, y + h / 3, w / 3, h / 3).reverse()] }
          : { type: 'Polygon', coordinates: [box(x, y, w, h)] };
    yield { type: 'Feature', properties, geometry };
  }
}

export function writeCadastreFgb(n: number, path: string): void {
  const plan = planFlatGeobuf(cadastreParcels(n));
  const fd = openSync(path, 'w');
  try {
    for (const part of writeFlatGeobuf(cadastreParcels(n), plan)) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [n, path] = process.argv.slice(2);
  if (!n || !path) throw new Error('usage: writeCadastreFgb.ts <parcels> <file.fgb>');
  const t0 = performance.now();
  writeCadastreFgb(Number(n), path);
  console.log(`${path}: ${n} parcels in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
