// Layers that are the hand-placed skeleton written out as features: admin units, urban areas,
// industrial zones, NOXH projects, commercial projects and their reserved NOXH land.
import * as turf from '@turf/turf';
import type { Feature, Geometry, Polygon } from 'geojson';
import type { Base } from './base.ts';
import { type Properties, makeFeature } from './features.ts';
import { areaM2, intersectAreas, type Area } from './geometry.ts';
import { DISTRICT_SEEDS } from './places.ts';
import { defaultUnitKind } from '../../src/domain/targets/defaultUnitKind.ts';

type Out = Feature<Geometry, Properties>[];

const ha = (geometry: Area): number => Math.round(areaM2(geometry) / 100) / 100;

export function buildAdminUnits(base: Base): Out {
  const province: Area = { type: 'MultiPolygon', coordinates: [base.mainland.coordinates, base.lySon.coordinates] };
  const out: Out = [
    makeFeature({ id: 'HC-51', name: 'Tỉnh Quảng Ngãi', level: 'province', code: '51', period: '2025-', area_ha: ha(province) }, province),
  ];
  // Districts: the mainland split by nearest seed (a Voronoi partition), so they tile it without gaps.
  const seeds = turf.featureCollection(DISTRICT_SEEDS.map((d) => turf.point(d.seed)));
  const cells = turf.voronoi(seeds, { bbox: [108.0, 14.3, 109.3, 15.6] });
  DISTRICT_SEEDS.forEach((d, i) => {
    const cell = cells.features[i];
    const part = intersectAreas(cell.geometry as Polygon, base.mainland);
    if (!part) throw new Error(`district ${d.name} misses the mainland`);
    out.push(makeFeature({ id: `HC-${d.code}`, name: d.name, level: 'district', code: d.code, period: 'trước 2025', area_ha: ha(part) }, part));
  });
  out.push(makeFeature({ id: 'HC-536', name: 'Lý Sơn', level: 'district', code: '536', period: 'trước 2025', area_ha: ha(base.lySon) }, base.lySon));
  return out;
}

export function buildUrbanAreas(base: Base): Out {
  return base.urbanAreas.map((u) => makeFeature({ id: u.id, name: u.name, urban_class: u.urbanClass }, u.geometry));
}

export function buildIndustrialZones(base: Base): Out {
  return base.industrialZones.map((z) =>
    makeFeature({ id: z.id, name: z.name, kind: z.kind, area_ha: z.areaHa, workers: z.workers, status: z.status }, z.geometry),
  );
}

export function buildHousingProjects(base: Base): Out {
  return base.housing.map((h) =>
    makeFeature(
      {
        id: h.id,
        name: h.name,
        form: h.form,
        units: h.units,
        status: h.status,
        start_year: h.startYear,
        completion_year: h.completionYear,
        investor: h.investor,
        area_m2: h.areaM2,
        // Stated for every project, so the sample shows what it counts (src/domain/targets/defaultUnitKind.ts).
        unit_kind: defaultUnitKind(h.form),
        floor_area_m2: null,
        commune_code: null,
        commune_name: null,
      },
      h.geometry as Geometry,
    ),
  );
}

export function buildCommercialProjects(base: Base): Out {
  return base.commercial.map((c) =>
    makeFeature(
      {
        id: c.id,
        name: c.name,
        total_land_m2: c.totalLandM2,
        residential_land_m2: c.residentialLandM2,
        existing_residential_m2: c.existingResidentialM2,
        resettlement_m2: c.resettlementM2,
        obligation: c.obligation,
        decision: c.decision,
        investor: c.investor,
      },
      c.geometry,
    ),
  );
}

export function buildReservedLand(base: Base): Out {
  return base.commercial
    .filter((c) => c.reserve)
    .map((c) =>
      makeFeature(
        {
          id: `QD-${c.id}`,
          project_id: c.id,
          declared_area_m2: c.reserve!.areaM2,
          status: c.reserve!.status,
          deadline: c.reserve!.deadline,
        },
        c.reserve!.geometry,
      ),
    );
}
