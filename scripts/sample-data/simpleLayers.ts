// Layers written out from the real admin units and the hand-placed skeleton: admin units, urban areas,
// industrial zones, NOXH projects, commercial projects and their reserved NOXH land.
import type { Feature, Geometry } from 'geojson';
import { geodesicAreaM2 } from '../../src/domain/geo/geodesicAreaM2.ts';
import { loadAdmin } from './admin.ts';
import type { Base } from './base.ts';
import { type Properties, makeFeature } from './features.ts';
import { defaultUnitKind } from '../../src/domain/targets/defaultUnitKind.ts';

type Out = Feature<Geometry, Properties>[];

const LEVEL = { xã: 'commune', phường: 'ward', 'đặc khu': 'special_zone' } as const;

/** The real 2025 units: the province (dissolved from its communes), then the 96 communes/wards/special zone. */
export function buildAdminUnits(): Out {
  const admin = loadAdmin();
  const out: Out = [
    makeFeature(
      {
        id: 'HC-51',
        name: 'Tỉnh Quảng Ngãi',
        level: 'province',
        code: '51',
        period: 'từ 01/07/2025',
        area_ha: Math.round(geodesicAreaM2(admin.province) / 10_000),
        population: admin.communes.reduce((s, c) => s + c.population, 0),
        former_province: null,
        formed_from: 'Tỉnh Quảng Ngãi và tỉnh Kon Tum (Nghị quyết 202/2025/QH15)',
        admin_center: null,
      },
      admin.province,
    ),
  ];
  for (const c of admin.communes) {
    out.push(
      makeFeature(
        {
          id: `HC-${c.code}`,
          name: c.name,
          level: LEVEL[c.unitType],
          code: c.code,
          period: 'từ 01/07/2025',
          // Published figures (sapnhap.bando.com.vn), not measured from the polygon.
          area_ha: Math.round(c.areaKm2 * 100),
          population: c.population,
          former_province: c.formerProvince,
          formed_from: c.formedFrom,
          admin_center: c.adminCenter,
        },
        c.geometry,
      ),
    );
  }
  return out;
}

/** `commune_code` and `commune_name` of the commune holding the feature (src/domain/geo/assignCommune.ts). */
export function communeProps(geometry: Geometry, id: string): Properties {
  const commune = loadAdmin().communeOf(geometry);
  if (!commune) throw new Error(`${id} lies outside every commune`);
  return { commune_code: commune.code, commune_name: commune.name };
}

export function buildUrbanAreas(base: Base): Out {
  return base.urbanAreas.map((u) => makeFeature({ id: u.id, name: u.name, urban_class: u.urbanClass }, u.geometry));
}

export function buildIndustrialZones(base: Base): Out {
  return base.industrialZones.map((z) =>
    makeFeature({ id: z.id, name: z.name, kind: z.kind, area_ha: z.areaHa, workers: z.workers, status: z.status, notes: z.notes ?? null }, z.geometry),
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
        ...communeProps(h.geometry as Geometry, h.id),
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
        ...communeProps(c.geometry, c.id),
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
          ...communeProps(c.reserve!.geometry, `QD-${c.id}`),
        },
        c.reserve!.geometry,
      ),
    );
}
