// A polygon no commune border can cross is placed without clipping (one point-in-polygon test): the answers must be
// the rule's own — the commune holding the largest part of its area, the smaller code on a tie — computed here by
// clipping each polygon against every commune whose box it meets (intersectPolygons, geodesicAreaM2), on the
// sample's candidate sites, on parcels of the generated 200,000-parcel cadastre and on the shared-border fixture.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { bbox, bboxClip } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { assignCommune, type CommuneUnit } from '../../../src/domain/geo/assignCommune.ts';
import { geodesicAreaM2 } from '../../../src/domain/geo/geodesicAreaM2.ts';
import { bboxesOverlap, intersectPolygons } from '../../../src/domain/geo/intersectPolygons.ts';
import { isPolygonal, type PolygonalGeometry } from '../../../src/domain/geo/polygonalGeometry.ts';
import { readCommunes } from '../../../src/domain/targets/readCommunes.ts';
import { cadastreParcels } from '../../../scripts/bench/writeCadastreFgb.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
const sampleCommunes: CommuneUnit[] = readCommunes(read('data/admin_units.geojson')).flatMap((c) =>
  isPolygonal(c.geometry) ? [{ code: c.code, name: c.name, geometry: c.geometry }] : [],
);

/**
 * The rule, by clipping against every commune whose box the polygon's box meets (the commune cut to that box first,
 * as whole communes of ~2,000 vertices are slow to clip): largest overlap, ties (1e-9 of the area) to the smaller
 * code; and how many communes hold part of it (2+: a border crosses it, the clipping path).
 */
function cutToBox(g: PolygonalGeometry, box: [number, number, number, number]): PolygonalGeometry | null {
  const cut = bboxClip(g, box).geometry as PolygonalGeometry;
  // Clipping leaves rings flattened on the box's edge (fewer than 3 distinct points): no area, dropped.
  const polygons = (cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates)
    .map((rings) => rings.filter((ring) => new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3))
    .filter((rings) => rings.length > 0);
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function largestOverlap(communes: CommuneUnit[], g: PolygonalGeometry): { code: string | null; holding: number } {
  let best: string | null = null;
  let bestArea = 0;
  let holding = 0;
  const box = bbox(g) as [number, number, number, number];
  for (const c of [...communes].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    if (!bboxesOverlap(g, c.geometry)) continue;
    const local = cutToBox(c.geometry, box);
    const area = local ? geodesicAreaM2(intersectPolygons(g, local)) : 0;
    if (area > 0) holding++;
    if (area > bestArea * (1 + 1e-9)) {
      best = c.code;
      bestArea = area;
    }
  }
  return { code: bestArea > 0 ? best : null, holding };
}

function compare(communes: CommuneUnit[], geometries: Geometry[]): number[] {
  const assign = assignCommune(communes);
  return geometries.filter(isPolygonal).map((g) => {
    const expected = largestOverlap(communes, g);
    expect(assign(g)?.code ?? null).toBe(expected.code);
    return expected.holding;
  });
}

describe('assignCommune without clipping, same answers as the clipping', () => {
  it('on the sample’s candidate sites', () => {
    const held = compare(sampleCommunes, read('data/candidate_sites.geojson').features.map((f) => f.geometry));
    expect(held.length).toBeGreaterThan(50);
  });

  it('on every 1000th parcel of the generated 200,000-parcel cadastre and parcels laid across borders', () => {
    const parcels: Feature[] = [];
    let i = 0;
    for (const f of cadastreParcels(200_000)) if (i++ % 1000 === 0) parcels.push(f);
    // Parcels of 100 m centred on border vertices of the first communes: crossed by a border, clipped.
    const across = sampleCommunes.slice(0, 12).map((c) => {
      const [x, y] = (c.geometry.type === 'Polygon' ? c.geometry.coordinates[0] : c.geometry.coordinates[0][0])[5];
      const d = 0.0005;
      return { type: 'Polygon', coordinates: [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]] } as Geometry;
    });
    const held = compare(sampleCommunes, [...parcels.map((f) => f.geometry), ...across]);
    expect(held).toHaveLength(212);
    // Both ways are taken: most parcels lie inside one commune, the ones laid across a border are in two.
    expect(held.filter((n) => n === 1).length).toBeGreaterThan(100);
    expect(held.filter((n) => n >= 2).length).toBeGreaterThan(5);
  });

  it('on the shared-border fixture (communes that meet, a parcel split in two, one outside)', () => {
    const fixture = read('test/fixtures/communes/shared-border.geojson');
    const communes: CommuneUnit[] = fixture.features
      .filter((f) => f.properties?.kind === 'commune')
      .map((f) => ({ code: f.properties!.code as string, name: f.properties!.name as string, geometry: f.geometry as PolygonalGeometry }));
    compare(communes, fixture.features.filter((f) => f.properties?.kind !== 'commune').map((f) => f.geometry));
  });

  it('gives no commune to a polygon of no area inside one', () => {
    const assign = assignCommune(sampleCommunes);
    expect(assign({ type: 'Point', coordinates: [108.8, 15.1] })).not.toBeNull();
    const flat: PolygonalGeometry = { type: 'Polygon', coordinates: [[[108.8, 15.1], [108.8001, 15.1], [108.8, 15.1], [108.8, 15.1]]] };
    expect(assign(flat)).toBeNull();
    expect(largestOverlap(sampleCommunes, flat).code).toBeNull();
  });
});
