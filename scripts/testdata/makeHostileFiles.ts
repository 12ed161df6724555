// The big hostile files, made on demand instead of committed (test/fixtures/hostile/README.md lists every class):
// properties nested 200,000 deep, and self-crossing polygons of any vertex count.
// `npx tsx scripts/testdata/makeHostileFiles.ts <folder>` writes them as files to open in the app or QGIS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Polygon, Position } from 'geojson';

/** GeoJSON text of two points near Quảng Ngãi: the first's property `a` is `depth` nested arrays, the second is plain. */
export function deeplyNestedGeoJson(depth = 200_000): string {
  const point = '{"type":"Point","coordinates":[108.8,15.1]}';
  return (
    '{"type":"FeatureCollection","features":[' +
    `{"type":"Feature","geometry":${point},"properties":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}},` +
    `{"type":"Feature","geometry":${point},"properties":{"ten":"Thửa bình thường"}}]}`
  );
}

/**
 * A saw-tooth ring near Quảng Ngãi whose `vertices` teeth cross its back edge: about vertices/2 crossings, the worst
 * case for the repair (a union that rebuilds every crossing).
 */
export function sawToothPolygon(vertices: number): Feature<Polygon> {
  const ring: Position[] = [];
  const teeth = Math.max(4, vertices - 3);
  for (let i = 0; i < teeth; i++) ring.push([108.8 + (i * 0.02) / teeth, 15.1 + (i % 2 ? 0.01 : -0.01)]);
  ring.push([108.82, 15.0], [108.8, 15.2], ring[0]);
  return { type: 'Feature', properties: { ten: `Răng cưa ${vertices} đỉnh` }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A circle of `vertices` points with one bow-tie twist: two crossings however big it is. */
export function twistedCircle(vertices: number): Feature<Polygon> {
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const a = (2 * Math.PI * i) / vertices;
    ring.push([108.8 + 0.01 * Math.cos(a), 15.1 + 0.01 * Math.sin(a)]);
  }
  const k = Math.floor(vertices / 2);
  [ring[1], ring[k]] = [ring[k], ring[1]];
  ring.push(ring[0]);
  return { type: 'Feature', properties: { ten: `Vòng xoắn ${vertices} đỉnh` }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

if (process.argv[1]?.endsWith('makeHostileFiles.ts')) {
  const dir = process.argv[2] ?? '.';
  writeFileSync(join(dir, 'properties-200000-deep.geojson'), deeplyNestedGeoJson());
  for (const n of [10_000, 100_000, 1_000_000]) {
    writeFileSync(join(dir, `self-crossing-${n}.geojson`), JSON.stringify({ type: 'FeatureCollection', features: [sawToothPolygon(n)] }));
  }
  console.log(`written to ${dir}`);
}
