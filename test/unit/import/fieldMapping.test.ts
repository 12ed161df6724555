import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { ALL_ROLES } from '../../../src/domain/model/layerRoles.ts';
import { guessFieldMapping } from '../../../src/domain/import/guessFieldMapping.ts';
import { applyFieldMapping, guessAreaUnit } from '../../../src/domain/import/applyFieldMapping.ts';
import { checkLayerOverlap } from '../../../src/domain/import/checkLayerOverlap.ts';

describe('guessFieldMapping', () => {
  it('maps common Vietnamese industrial-zone fields', () => {
    expect(guessFieldMapping(['OBJECTID', 'TenKCN', 'DienTich', 'LoaiKCN', 'TinhTrang', 'SoLaoDong'], 'industrial_zone')).toEqual({
      name: 'TenKCN', area_ha: 'DienTich', kind: 'LoaiKCN', status: 'TinhTrang', workers: 'SoLaoDong',
    });
  });

  it('maps cadastral land-use fields (MaLoaiDat / MDSD / LoaiDat, SoThua, DTich)', () => {
    expect(guessFieldMapping(['SoTo', 'SoThua', 'DTich', 'MDSD', 'ChuSuDung'], 'candidate_site')).toEqual({
      id: 'SoThua', area_m2: 'DTich', landuse_code: 'MDSD', owner: 'ChuSuDung',
    });
    expect(guessFieldMapping(['MaLoaiDat', 'DienTich', 'QuyetDinh'], 'land_use_plan')).toMatchObject({ landuse_code: 'MaLoaiDat', area_m2: 'DienTich', decision: 'QuyetDinh' });
    expect(guessFieldMapping(['LoaiDat'], 'land_use_plan')).toEqual({ landuse_code: 'LoaiDat' });
  });

  it('maps housing-project fields (SoCan → units) and is case/diacritic-insensitive', () => {
    expect(guessFieldMapping(['TEN', 'SoCan', 'ChuDauTu', 'Tình trạng'], 'housing_project')).toMatchObject({
      name: 'TEN', units: 'SoCan', investor: 'ChuDauTu', status: 'Tình trạng',
    });
  });

  it('gives a name guess for every role that has a name, and never maps one field twice', () => {
    for (const role of ALL_ROLES) {
      const mapping = guessFieldMapping(['Ten', 'DienTich', 'Loai', 'Ma'], role);
      const values = Object.values(mapping);
      expect(new Set(values).size).toBe(values.length);
      if (['admin_unit', 'urban_area', 'industrial_zone', 'transport', 'facility', 'utility', 'hazard', 'candidate_site', 'housing_project', 'commercial_project'].includes(role)) {
        expect(mapping.name).toBe('Ten');
      }
    }
  });
});

describe('applyFieldMapping', () => {
  const f = (DienTich: number, TenKCN: string): Feature => ({ type: 'Feature', properties: { DienTich, TenKCN }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } });

  it('converts m² to ha by magnitude for an area_ha property, keeping the source fields', () => {
    const out = applyFieldMapping([f(1_400_000, 'KCN Tịnh Phong'), f(1_000_000, 'KCN Quảng Phú')], { name: 'TenKCN', area_ha: 'DienTich' });
    expect(out[0].properties).toEqual({ DienTich: 1_400_000, TenKCN: 'KCN Tịnh Phong', name: 'KCN Tịnh Phong', area_ha: 140 });
  });

  it('keeps ha as ha and converts ha to m² for an area_m2 property', () => {
    expect(applyFieldMapping([f(140, 'A')], { area_ha: 'DienTich' })[0].properties?.area_ha).toBe(140);
    expect(applyFieldMapping([f(1.5, 'A'), f(2, 'B')], { area_m2: 'DienTich' })[0].properties?.area_m2).toBe(15000);
    expect(guessAreaUnit([250, 300, 180], 'm2')).toBe('m2');
  });
});

describe('checkLayerOverlap', () => {
  it('warns when a layer is far from every other layer, not when it overlaps one', () => {
    const quangNgai: [number, number, number, number] = [108.5, 14.5, 109.2, 15.5];
    expect(checkLayerOverlap([105.7, 20.9, 106, 21.1], [quangNgai], 'ranh_gioi')?.code).toBe('layer-no-overlap');
    expect(checkLayerOverlap([108.7, 15.0, 108.9, 15.2], [quangNgai])).toBeNull();
    expect(checkLayerOverlap([105.7, 20.9, 106, 21.1], [])).toBeNull();
  });
});
