// Guesses which source field fills each property of a layer role, from the field names common in Vietnamese
// GIS data (TenKCN, DienTich, MaLoaiDat/MDSD, SoThua, SoTo, …). The user confirms or changes the mapping.
import { ROLE_SPECS, type LayerRole } from '../model/layerRoles.ts';

/** role property key → source field name */
export type FieldMapping = Record<string, string>;

/** Folded field-name synonyms (no diacritics, lowercase, letters and digits only), most specific first. */
const SYNONYMS: Record<string, string[]> = {
  name: ['ten', 'tenkcn', 'tenccn', 'tenkkt', 'tenduan', 'tentruong', 'tencoso', 'tendonvi', 'tenduong', 'tenxa', 'tenhuyen', 'tentinh', 'tendothi', 'tenvung', 'name', 'ten_', 'hoten', 'tenchu'],
  kind: ['loai', 'loaikcn', 'phanloai', 'loaihinh', 'kind', 'type', 'loaicoso', 'loaitruong'],
  area_ha: ['dientichha', 'dtha', 'dientich', 'dtich', 'dt', 'area', 'areaha', 'shapearea', 'dientichtn'],
  area_m2: ['dientichm2', 'dtm2', 'dientich', 'dtich', 'dt', 'dtpl', 'dientichpl', 'area', 'aream2', 'shapearea'],
  workers: ['laodong', 'solaodong', 'socongnhan', 'congnhan', 'workers'],
  status: ['tinhtrang', 'trangthai', 'hientrang', 'status'],
  level: ['cap', 'capdvhc', 'level'],
  code: ['ma', 'madvhc', 'maxa', 'mahuyen', 'matinh', 'code'],
  period: ['thoiky', 'kyqh', 'giaidoan', 'nam', 'period'],
  urban_class: ['loaidothi', 'phanloaidothi', 'capdothi', 'urbanclass'],
  class: ['capduong', 'loaiduong', 'cap', 'class', 'highway'],
  ref: ['sohieu', 'soduong', 'ref', 'tenql'],
  length_km: ['chieudaikm', 'chieudai', 'dai', 'length'],
  landuse_code: ['maloaidat', 'mdsd', 'loaidat', 'kyhieu', 'mucdichsd', 'mucdich', 'madat', 'landuse', 'kyhieuloaidat'],
  plan_name: ['tenqh', 'tenquyhoach', 'quyhoach'],
  decision: ['quyetdinh', 'soqd', 'qdpd', 'decision'],
  id: ['mathua', 'maduan', 'id', 'objectid', 'fid', 'gid', 'stt'],
  current_use: ['hientrang', 'htsd', 'hientrangsd', 'currentuse'],
  owner: ['chusudung', 'chusd', 'tenchu', 'chu', 'owner'],
  form: ['hinhthuc', 'form'],
  units: ['socan', 'socanho', 'cannho', 'units'],
  start_year: ['namkhoicong', 'nambatdau', 'namkc'],
  completion_year: ['namhoanthanh', 'namht'],
  investor: ['chudautu', 'cdt', 'investor'],
  total_land_m2: ['tongdientich', 'tongdt', 'dientich', 'dtich'],
  residential_land_m2: ['datoo', 'dtdato', 'dientichdato', 'dato'],
  existing_residential_m2: ['datohientrang', 'dtdatohientrang', 'datohientai'],
  resettlement_m2: ['taidinhcu', 'dttdc', 'dattdc'],
  obligation: ['nghiavu', 'hinhthucnghiavu'],
  project_id: ['maduan', 'projectid'],
  declared_area_m2: ['dientichkekhai', 'dtkekhai', 'dientich', 'dtich'],
  deadline: ['thoihan', 'hanchot', 'deadline'],
  severity: ['mucdo', 'capdo', 'severity'],
  return_period_years: ['chukylap', 'chuky', 'tansuat'],
  notes: ['ghichu', 'note', 'notes'],
};
// Cadastral numbers: sheet (tờ) and parcel (thửa) numbers together identify a parcel; the parcel number
// stands in for the id.
const PARCEL_NUMBER = ['sothua', 'thua'];

export function foldFieldName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * For each property of `role`, the best-matching source field: exact synonym first, then a field that starts
 * with a synonym of 3+ letters. Each source field is used once. Unmatched properties are left out.
 * The cadastral parcel number (`SoThua`) maps to `id` when there is no better id field.
 */
export function guessFieldMapping(fields: string[], role: LayerRole): FieldMapping {
  const mapping: FieldMapping = {};
  const used = new Set<string>();
  const folded = fields.map((f) => ({ field: f, key: foldFieldName(f) }));
  const take = (candidates: string[], prefix: boolean): string | undefined => {
    for (const syn of candidates) {
      const hit = folded.find((f) => !used.has(f.field) && (f.key === syn || (prefix && syn.length >= 3 && f.key.startsWith(syn))));
      if (hit) return hit.field;
    }
    return undefined;
  };
  const keys = ROLE_SPECS[role].properties.map((p) => p.key);
  for (const prefix of [false, true]) {
    for (const key of keys) {
      if (mapping[key]) continue;
      const field = take(SYNONYMS[key] ?? [key], prefix);
      if (field) {
        mapping[key] = field;
        used.add(field);
      }
    }
  }
  if (keys.includes('id') && !mapping.id) {
    const parcel = take(PARCEL_NUMBER, false);
    if (parcel) mapping.id = parcel;
  }
  return mapping;
}
