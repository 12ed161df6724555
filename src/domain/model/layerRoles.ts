// The vocabulary of NOXH Atlas: what each kind of layer means and which properties it carries.
// Property keys are stable English identifiers; the UI shows the Vietnamese (or English) label.

export type LayerRole =
  | 'admin_unit'
  | 'urban_area'
  | 'industrial_zone'
  | 'transport'
  | 'land_use_plan'
  | 'facility'
  | 'utility'
  | 'hazard'
  | 'candidate_site'
  | 'housing_project'
  | 'commercial_project'
  | 'reserved_land';

export type GeometryKind = 'polygon' | 'line' | 'point';

/** How a property value is shown: `unit` decides the suffix (m², ha, căn, người, …). */
export type PropertyUnit = 'm2' | 'ha' | 'units' | 'persons' | 'km' | 'm' | 'year' | 'vnd' | 'percent';

export interface LocalText {
  vi: string;
  en: string;
}

export interface PropertySpec {
  key: string;
  label: LocalText;
  type: 'string' | 'number' | 'enum';
  unit?: PropertyUnit;
  /** For `enum` properties: the allowed values and their labels. */
  values?: Record<string, LocalText>;
}

export interface RoleSpec {
  role: LayerRole;
  label: LocalText;
  geometry: GeometryKind[];
  properties: PropertySpec[];
}

const t = (vi: string, en: string): LocalText => ({ vi, en });

export const URBAN_CLASSES: Record<string, LocalText> = {
  special: t('Đặc biệt', 'Special'),
  I: t('Loại I', 'Class I'),
  II: t('Loại II', 'Class II'),
  III: t('Loại III', 'Class III'),
  IV: t('Loại IV', 'Class IV'),
  V: t('Loại V', 'Class V'),
};

export const INDUSTRIAL_KINDS: Record<string, LocalText> = {
  KKT: t('Khu kinh tế (KKT)', 'Economic zone (KKT)'),
  KCN: t('Khu công nghiệp (KCN)', 'Industrial park (KCN)'),
  CCN: t('Cụm công nghiệp (CCN)', 'Industrial cluster (CCN)'),
};

export const TRANSPORT_CLASSES: Record<string, LocalText> = {
  expressway: t('Cao tốc', 'Expressway'),
  national: t('Quốc lộ', 'National road'),
  provincial: t('Đường tỉnh', 'Provincial road'),
  urban_main: t('Đường đô thị chính', 'Urban main road'),
  local: t('Đường địa phương', 'Local road'),
  rail: t('Đường sắt', 'Railway'),
  station: t('Ga đường sắt', 'Railway station'),
  port: t('Cảng biển', 'Sea port'),
  bus_stop: t('Điểm dừng xe buýt', 'Bus stop'),
};

export const FACILITY_KINDS: Record<string, LocalText> = {
  kindergarten: t('Trường mầm non', 'Kindergarten'),
  primary: t('Trường tiểu học', 'Primary school'),
  secondary: t('Trường THCS', 'Lower secondary school'),
  high_school: t('Trường THPT', 'High school'),
  health_station: t('Trạm y tế', 'Health station'),
  hospital: t('Bệnh viện', 'Hospital'),
  market: t('Chợ', 'Market'),
  park: t('Công viên', 'Park'),
};

export const UTILITY_KINDS: Record<string, LocalText> = {
  water_service_area: t('Vùng cấp nước', 'Water service area'),
  drainage: t('Thoát nước', 'Drainage'),
  power_line: t('Đường dây điện', 'Power line'),
  substation: t('Trạm biến áp', 'Substation'),
};

export const HAZARD_KINDS: Record<string, LocalText> = {
  flood: t('Ngập lụt', 'Flood'),
  landslide: t('Sạt lở', 'Landslide'),
};

export const HOUSING_FORMS: Record<string, LocalText> = {
  sale: t('Bán', 'Sale'),
  rent: t('Cho thuê', 'Rent'),
  lease_purchase: t('Thuê mua', 'Lease-purchase'),
  worker_dormitory: t('Nhà lưu trú công nhân', 'Worker dormitory'),
  student: t('Nhà ở cho học sinh, sinh viên', 'Student housing'),
  armed_forces: t('Nhà ở cho lực lượng vũ trang nhân dân', 'Armed forces housing'),
};

export const HOUSING_STATUSES: Record<string, LocalText> = {
  proposed: t('Đề xuất', 'Proposed'),
  approved: t('Đã phê duyệt', 'Approved'),
  under_construction: t('Đang xây dựng', 'Under construction'),
  completed: t('Hoàn thành', 'Completed'),
};

export const OBLIGATION_FORMS: Record<string, LocalText> = {
  land_in_project: t('Dành quỹ đất trong dự án', 'Land inside the project'),
  land_elsewhere: t('Quỹ đất tương đương ở vị trí khác', 'Equivalent land elsewhere'),
  payment: t('Nộp tiền', 'Payment'),
};

const name: PropertySpec = { key: 'name', label: t('Tên', 'Name'), type: 'string' };
const notes: PropertySpec = { key: 'notes', label: t('Ghi chú', 'Notes'), type: 'string' };
/** The commune/ward (the only unit below the province since 1 July 2025) a feature lies in. */
const communeCode: PropertySpec = { key: 'commune_code', label: t('Mã xã/phường', 'Commune code'), type: 'string' };
const communeName: PropertySpec = { key: 'commune_name', label: t('Xã/phường', 'Commune/ward'), type: 'string' };

export const ROLE_SPECS: Record<LayerRole, RoleSpec> = {
  admin_unit: {
    role: 'admin_unit',
    label: t('Đơn vị hành chính', 'Administrative units'),
    geometry: ['polygon'],
    properties: [
      name,
      {
        key: 'level',
        label: t('Cấp', 'Level'),
        type: 'enum',
        values: {
          province: t('Tỉnh', 'Province'),
          district: t('Huyện', 'District'),
          commune: t('Xã', 'Commune'),
          ward: t('Phường', 'Ward'),
          special_zone: t('Đặc khu', 'Special zone'),
        },
      },
      { key: 'code', label: t('Mã', 'Code'), type: 'string' },
      { key: 'period', label: t('Thời kỳ', 'Period'), type: 'string' },
      { key: 'area_ha', label: t('Diện tích', 'Area'), type: 'number', unit: 'ha' },
      { key: 'population', label: t('Dân số', 'Population'), type: 'number', unit: 'persons' },
      { key: 'former_province', label: t('Thuộc tỉnh (trước 2025)', 'Former province'), type: 'string' },
      { key: 'formed_from', label: t('Hình thành từ', 'Formed from'), type: 'string' },
      { key: 'admin_center', label: t('Trụ sở', 'Seat'), type: 'string' },
    ],
  },
  urban_area: {
    role: 'urban_area',
    label: t('Đô thị', 'Urban areas'),
    geometry: ['polygon'],
    properties: [
      name,
      { key: 'urban_class', label: t('Loại đô thị', 'Urban class'), type: 'enum', values: URBAN_CLASSES },
    ],
  },
  industrial_zone: {
    role: 'industrial_zone',
    label: t('Khu, cụm công nghiệp', 'Industrial zones'),
    geometry: ['polygon'],
    properties: [
      name,
      { key: 'kind', label: t('Loại', 'Kind'), type: 'enum', values: INDUSTRIAL_KINDS },
      { key: 'area_ha', label: t('Diện tích', 'Area'), type: 'number', unit: 'ha' },
      { key: 'workers', label: t('Số lao động', 'Workers'), type: 'number', unit: 'persons' },
      {
        key: 'status',
        label: t('Tình trạng', 'Status'),
        type: 'enum',
        values: { operating: t('Đang hoạt động', 'Operating'), planned: t('Quy hoạch', 'Planned') },
      },
    ],
  },
  transport: {
    role: 'transport',
    label: t('Giao thông', 'Transport'),
    geometry: ['line', 'point'],
    properties: [
      name,
      { key: 'class', label: t('Cấp đường', 'Class'), type: 'enum', values: TRANSPORT_CLASSES },
      { key: 'ref', label: t('Số hiệu', 'Reference'), type: 'string' },
      { key: 'length_km', label: t('Chiều dài', 'Length'), type: 'number', unit: 'km' },
    ],
  },
  land_use_plan: {
    role: 'land_use_plan',
    label: t('Quy hoạch sử dụng đất', 'Land-use plan'),
    geometry: ['polygon'],
    properties: [
      { key: 'landuse_code', label: t('Mã loại đất', 'Land-use code'), type: 'string' },
      { key: 'plan_name', label: t('Tên quy hoạch', 'Plan'), type: 'string' },
      { key: 'period', label: t('Kỳ quy hoạch', 'Period'), type: 'string' },
      { key: 'decision', label: t('Quyết định phê duyệt', 'Approval decision'), type: 'string' },
      { key: 'area_m2', label: t('Diện tích', 'Area'), type: 'number', unit: 'm2' },
    ],
  },
  facility: {
    role: 'facility',
    label: t('Hạ tầng xã hội', 'Facilities'),
    geometry: ['point'],
    properties: [name, { key: 'kind', label: t('Loại', 'Kind'), type: 'enum', values: FACILITY_KINDS }, communeCode, communeName],
  },
  utility: {
    role: 'utility',
    label: t('Hạ tầng kỹ thuật', 'Utilities'),
    geometry: ['polygon', 'line', 'point'],
    properties: [name, { key: 'kind', label: t('Loại', 'Kind'), type: 'enum', values: UTILITY_KINDS }],
  },
  hazard: {
    role: 'hazard',
    label: t('Vùng ngập lụt, thiên tai', 'Hazard zones'),
    geometry: ['polygon'],
    properties: [
      name,
      { key: 'kind', label: t('Loại', 'Kind'), type: 'enum', values: HAZARD_KINDS },
      {
        key: 'severity',
        label: t('Mức độ', 'Severity'),
        type: 'enum',
        values: { low: t('Thấp', 'Low'), medium: t('Trung bình', 'Medium'), high: t('Cao', 'High') },
      },
      { key: 'return_period_years', label: t('Chu kỳ lũ T (năm), tần suất P = 100/T %', 'Return period T (years), P = 100/T %'), type: 'number', unit: 'year' },
    ],
  },
  candidate_site: {
    role: 'candidate_site',
    label: t('Khu đất đề xuất', 'Candidate sites'),
    geometry: ['polygon'],
    properties: [
      { key: 'id', label: t('Mã thửa', 'Parcel id'), type: 'string' },
      name,
      { key: 'area_m2', label: t('Diện tích', 'Area'), type: 'number', unit: 'm2' },
      { key: 'current_use', label: t('Hiện trạng', 'Current use'), type: 'string' },
      { key: 'owner', label: t('Người sử dụng đất', 'Owner'), type: 'string' },
      { key: 'landuse_code', label: t('Mã loại đất', 'Land-use code'), type: 'string' },
      communeCode,
      communeName,
    ],
  },
  housing_project: {
    role: 'housing_project',
    label: t('Dự án nhà ở xã hội', 'Social housing projects'),
    geometry: ['polygon', 'point'],
    properties: [
      { key: 'id', label: t('Mã dự án', 'Project id'), type: 'string' },
      name,
      { key: 'form', label: t('Hình thức', 'Form'), type: 'enum', values: HOUSING_FORMS },
      { key: 'units', label: t('Số căn', 'Units'), type: 'number', unit: 'units' },
      { key: 'status', label: t('Tình trạng', 'Status'), type: 'enum', values: HOUSING_STATUSES },
      { key: 'start_year', label: t('Năm khởi công', 'Start year'), type: 'number', unit: 'year' },
      { key: 'completion_year', label: t('Năm hoàn thành', 'Completion year'), type: 'number', unit: 'year' },
      { key: 'investor', label: t('Chủ đầu tư', 'Investor'), type: 'string' },
      { key: 'area_m2', label: t('Diện tích đất', 'Land area'), type: 'number', unit: 'm2' },
      // What `units` counts (src/domain/targets/defaultUnitKind.ts gives the default), and where it is counted.
      { key: 'unit_kind', label: t('Đơn vị tính', 'Counted as'), type: 'enum', values: { dwelling: t('Căn hộ', 'Dwelling units'), place: t('Chỗ ở', 'Places') } },
      { key: 'floor_area_m2', label: t('Diện tích sàn', 'Floor area'), type: 'number', unit: 'm2' },
      communeCode,
      communeName,
    ],
  },
  commercial_project: {
    role: 'commercial_project',
    label: t('Dự án nhà ở thương mại', 'Commercial housing projects'),
    geometry: ['polygon'],
    properties: [
      { key: 'id', label: t('Mã dự án', 'Project id'), type: 'string' },
      name,
      { key: 'total_land_m2', label: t('Tổng diện tích đất', 'Total land'), type: 'number', unit: 'm2' },
      { key: 'residential_land_m2', label: t('Đất ở', 'Residential land'), type: 'number', unit: 'm2' },
      {
        key: 'existing_residential_m2',
        label: t('Đất ở hiện hữu', 'Existing residential land'),
        type: 'number',
        unit: 'm2',
      },
      { key: 'resettlement_m2', label: t('Đất tái định cư', 'Resettlement land'), type: 'number', unit: 'm2' },
      { key: 'obligation', label: t('Hình thức nghĩa vụ NOXH', 'NOXH obligation'), type: 'enum', values: OBLIGATION_FORMS },
      { key: 'decision', label: t('Quyết định phê duyệt', 'Approval decision'), type: 'string' },
      { key: 'investor', label: t('Chủ đầu tư', 'Investor'), type: 'string' },
      communeCode,
      communeName,
    ],
  },
  reserved_land: {
    role: 'reserved_land',
    label: t('Quỹ đất NOXH (20 %)', 'Reserved NOXH land (20 %)'),
    geometry: ['polygon'],
    properties: [
      { key: 'project_id', label: t('Mã dự án', 'Project id'), type: 'string' },
      { key: 'declared_area_m2', label: t('Diện tích kê khai', 'Declared area'), type: 'number', unit: 'm2' },
      {
        key: 'status',
        label: t('Tình trạng', 'Status'),
        type: 'enum',
        values: {
          planned: t('Theo quy hoạch', 'Planned'),
          serviced: t('Đã có hạ tầng', 'Serviced'),
          handed_over: t('Đã bàn giao', 'Handed over'),
        },
      },
      { key: 'deadline', label: t('Thời hạn', 'Deadline'), type: 'string' },
      communeCode,
      communeName,
    ],
  },
};

export const ALL_ROLES = Object.keys(ROLE_SPECS) as LayerRole[];

export const COMMON_PROPERTIES: PropertySpec[] = [notes];

export function isLayerRole(value: unknown): value is LayerRole {
  return typeof value === 'string' && value in ROLE_SPECS;
}
