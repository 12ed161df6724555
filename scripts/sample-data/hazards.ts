// Hazard zones: flood bands along the lower rivers (and the Đăk Bla at Kon Tum) (high / medium / low as distance bands from
// the river, so they do not overlap), and a few landslide zones in the western mountains.
import * as turf from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { Base } from './base.ts';
import { type Properties, makeFeature } from './features.ts';
import { clipToProvince } from './admin.ts';
import { type Area, type LonLat, offsetM, polygonFrom, splitArea, subtractArea, areaM2 } from './geometry.ts';
import { createRandom } from './random.ts';

const FLOOD_BANDS: { severity: 'high' | 'medium' | 'low'; outerM: number; returnPeriodYears: number }[] = [
  { severity: 'high', outerM: 450, returnPeriodYears: 10 },
  { severity: 'medium', outerM: 1000, returnPeriodYears: 50 },
  { severity: 'low', outerM: 1700, returnPeriodYears: 100 },
];

/** Only the lower course floods in this sample: from this longitude to the sea. */
const FLOOD_FROM_LON: Record<string, number> = { 'Sông Trà Khúc': 108.7, 'Sông Vệ': 108.74, 'Sông Trà Bồng': 108.68, 'Sông Đăk Bla': 107.9 };

export function buildHazards(base: Base): Feature<Geometry, Properties>[] {
  const out: Feature<Geometry, Properties>[] = [];
  let n = 0;
  for (const river of base.rivers) {
    const lower = river.line.filter(([lon]) => lon >= FLOOD_FROM_LON[river.name]);
    const line = turf.lineString(lower);
    let inner: Area | null = null;
    for (const band of FLOOD_BANDS) {
      // Cut the band out of the buffers first, then clip to land: the hole never touches the coast.
      const outer = turf.buffer(line, band.outerM, { units: 'meters', steps: 4 })!.geometry as Area;
      const bandArea = inner ? subtractArea(outer, inner) : outer;
      inner = outer;
      const ring = bandArea ? clipToProvince(bandArea) : null;
      if (!ring) continue;
      for (const part of splitArea(ring).filter((p) => areaM2(p) > 20_000)) {
        n++;
        out.push(
          makeFeature(
            {
              id: `TT-NL-${String(n).padStart(2, '0')}`,
              name: `Vùng ngập ${river.name.replace('Sông', 'sông')} – mức ${band.severity === 'high' ? 'cao' : band.severity === 'medium' ? 'trung bình' : 'thấp'} (minh họa)`,
              kind: 'flood',
              severity: band.severity,
              return_period_years: band.returnPeriodYears,
            },
            part,
          ),
        );
      }
    }
  }
  const rng = createRandom(51_0006);
  const slides: [string, LonLat, 'high' | 'medium'][] = [
    ['Sạt lở đồi núi Sơn Hà', [108.5, 15.02], 'high'],
    ['Sạt lở đèo Trà Bồng – Tây Trà', [108.43, 15.2], 'high'],
    ['Sạt lở ven QL24 (đèo Eo Chim, Ba Tơ)', [108.66, 14.722], 'medium'],
    ['Sạt lở Sơn Tây', [108.33, 14.97], 'medium'],
    ['Sạt lở Minh Long', [108.66, 14.95], 'medium'],
    // Former Kon Tum part.
    ['Sạt lở đèo Lò Xo (QL14, xã Đăk Pék)', [107.735, 15.02], 'high'],
    ['Sạt lở Tu Mơ Rông', [107.965, 14.84], 'high'],
    ['Sạt lở đèo Măng Đen (QL24)', [108.255, 14.55], 'medium'],
  ];
  slides.forEach(([name, center, severity], i) => {
    const vertices: LonLat[] = [];
    const k = 12;
    const rx = rng.range(900, 1600);
    const ry = rng.range(600, 1200);
    for (let v = 0; v < k; v++) {
      const a = (v / k) * Math.PI * 2;
      const s = rng.range(0.8, 1.15);
      vertices.push(offsetM(center, Math.cos(a) * rx * s, Math.sin(a) * ry * s));
    }
    out.push(
      makeFeature(
        { id: `TT-SL-${String(i + 1).padStart(2, '0')}`, name: `${name} (minh họa)`, kind: 'landslide', severity, return_period_years: null },
        clipToProvince(polygonFrom(vertices))!,
      ),
    );
  });
  return out;
}
