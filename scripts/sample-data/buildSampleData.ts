// Builds the whole illustrative sample dataset in memory: `{ 'admin_units.geojson': FeatureCollection, …,
// 'manifest.json': SampleManifest }`. Pure and deterministic (seeded PRNG, fixed key order), so the
// committed data/ can be checked against a fresh build (test/unit/sampleData.test.ts).
import type { LayerRole, LocalText } from '../../src/domain/model/layerRoles.ts';
import type { LayerMetadata } from '../../src/domain/model/projectDocument.ts';
import type { SampleLayerEntry, SampleManifest } from '../../src/domain/model/sampleManifest.ts';
import { buildBase } from './base.ts';
import { buildCandidateSites } from './candidateSites.ts';
import { buildFacilities } from './facilities.ts';
import { type SampleFeatureCollection, makeCollection } from './features.ts';
import { buildHazards } from './hazards.ts';
import { buildLandUseBlocks, buildLandUseFeatures } from './landUsePlan.ts';
import {
  buildAdminUnits,
  buildCommercialProjects,
  buildHousingProjects,
  buildIndustrialZones,
  buildReservedLand,
  buildUrbanAreas,
} from './simpleLayers.ts';
import { buildTransport } from './transport.ts';
import { buildUtilities } from './utilities.ts';

export const SAMPLE_SOURCE = 'Tác giả NOXH Atlas, từ thông tin công khai (minh họa)';

/** The real 2025 commune boundaries (scripts/sample-data/sources/README.md): not CC0, licence uncertain. */
export const ADMIN_SOURCE =
  'Ranh giới xã/phường 2025: Bản đồ tham chiếu ĐVHC Việt Nam (sapnhap.bando.com.vn, NXB Tài nguyên Môi trường và Bản đồ Việt Nam), qua github.com/thanglequoc/vietnamese-provinces-database (MIT)';
export const ADMIN_LICENSE = 'CHƯA RÕ / uncertain (nguồn nhà nước, không công bố giấy phép mở / government source, no open licence stated)';

interface LayerPlan {
  id: string;
  role: LayerRole;
  title: LocalText;
  visible: boolean;
  basedOn: LocalText;
  /** Real data with its own source and licence (the admin units); the rest is the CC0 illustrative sample. */
  real?: { source: string; license: string };
}

/** Draw order, bottom to top. */
const LAYERS: LayerPlan[] = [
  {
    id: 'admin_units', role: 'admin_unit', visible: true,
    title: { vi: 'Địa giới hành chính cấp xã (từ 01/07/2025)', en: 'Communes and wards (from 1 July 2025)' },
    basedOn: {
      vi: 'Ranh giới thật của 96 xã, phường, đặc khu tỉnh Quảng Ngãi (sau hợp nhất với Kon Tum) và ranh giới tỉnh hợp từ các xã; mã và tên theo Quyết định 19/2025/QĐ-TTg; diện tích, dân số, "hình thành từ" là số liệu công bố trên sapnhap.bando.com.vn. Giấy phép CHƯA RÕ (nguồn nhà nước, không nêu giấy phép mở): chỉ dùng thử nghiệm; thay bằng ranh giới của đơn vị qua Nhập dữ liệu (loại lớp: Đơn vị hành chính).',
      en: 'Real boundaries of the 96 communes, wards and special zone of Quảng Ngãi province (merged with Kon Tum) and the province outline dissolved from them; codes and names per Decision 19/2025/QĐ-TTg; area, population and "formed from" as published on sapnhap.bando.com.vn. Licence UNCERTAIN (government source, no open licence stated): for trials only; replace with your own boundaries via Import (layer type: administrative units).',
    },
    real: { source: ADMIN_SOURCE, license: ADMIN_LICENSE },
  },
  {
    id: 'land_use_plan', role: 'land_use_plan', visible: false,
    title: { vi: 'Quy hoạch sử dụng đất (minh họa)', en: 'Land-use plan (illustrative)' },
    basedOn: {
      vi: 'Ô đất sinh tự động quanh Quảng Ngãi, KKT Dung Quất, Đức Phổ và (phần Kon Tum cũ) các phường Kon Tum, Đăk Hà, Plei Kần theo quy tắc đơn giản (đô thị → ODT, ven sông → LUC, KCN → SKK…); không phải quy hoạch được phê duyệt.',
      en: 'Blocks generated around Quảng Ngãi, Dung Quất, Đức Phổ and (former Kon Tum part) the Kon Tum wards, Đăk Hà and Plei Kần by simple rules (town → ODT, riverside → LUC, industrial park → SKK…); not an approved plan.',
    },
  },
  {
    id: 'urban_areas', role: 'urban_area', visible: true,
    title: { vi: 'Đô thị và loại đô thị (minh họa)', en: 'Urban areas and classes (illustrative)' },
    basedOn: {
      vi: 'Phạm vi gần đúng (đô thị Kon Tum là hợp ranh giới thật của 3 phường), đặt tên theo xã/phường hiện nay; loại đô thị theo thông tin công khai (Quảng Ngãi loại II, Đức Phổ loại IV) — cần kiểm tra; loại của Vạn Tường và các đô thị phần Kon Tum cũ là GIẢ ĐỊNH, có thể sửa.',
      en: 'Approximate extents (Kon Tum is the union of the real boundaries of 3 wards), named after today\'s communes and wards; classes from public information (Quảng Ngãi class II, Đức Phổ class IV) — to be verified; the classes of Vạn Tường and of the former Kon Tum towns are ASSUMPTIONS, editable.',
    },
  },
  {
    id: 'hazards', role: 'hazard', visible: false,
    title: { vi: 'Vùng ngập lụt, sạt lở (minh họa)', en: 'Flood and landslide zones (illustrative)' },
    basedOn: {
      vi: 'Dải khoảng cách quanh sông Trà Khúc, sông Vệ, sông Trà Bồng, sông Đăk Bla (Kon Tum) và vài vùng đồi núi; không phải bản đồ ngập lụt chính thức.',
      en: 'Distance bands around the Trà Khúc, Vệ, Trà Bồng and Đăk Bla (Kon Tum) rivers and a few hill areas; not an official flood map.',
    },
  },
  {
    id: 'utilities', role: 'utility', visible: false,
    title: { vi: 'Hạ tầng kỹ thuật (minh họa)', en: 'Utilities (illustrative)' },
    basedOn: {
      vi: 'Vùng cấp nước, đường dây và trạm biến áp vẽ gần đúng; tuyến và tên chỉ để minh họa.',
      en: 'Approximate water service areas, power lines and substations; alignments and names are illustrative.',
    },
  },
  {
    id: 'industrial_zones', role: 'industrial_zone', visible: true,
    title: { vi: 'Khu kinh tế, KCN, CCN (minh họa)', en: 'Economic zone, industrial parks and clusters (illustrative)' },
    basedOn: {
      vi: 'Tên và diện tích theo nguồn công khai (KKT Dung Quất 45.332 ha gồm cả mặt biển; chỉ vẽ phần đất liền; các KCN là vùng riêng bên trong); ghi chú (notes) "chưa xác minh" là diện tích/vị trí chưa kiểm chứng (KCN Đông/Tây Dung Quất, Hòa Bình, Sao Mai, KKT cửa khẩu Bờ Y); vị trí và hình dạng gần đúng; số lao động là số minh họa.',
      en: 'Names and areas from public sources (Dung Quất EZ 45,332 ha including sea; only the land part is drawn; its industrial parks are separate polygons inside it); zones whose notes say "chưa xác minh" have unverified areas/positions (East/West Dung Quất, Hòa Bình, Sao Mai, Bờ Y border-gate EZ); locations and shapes approximate; worker counts illustrative.',
    },
  },
  {
    id: 'transport', role: 'transport', visible: true,
    title: { vi: 'Giao thông (minh họa)', en: 'Transport (illustrative)' },
    basedOn: {
      vi: 'QL1, QL24, QL24B, QL14, QL40, QL40B, cao tốc Bắc – Nam, đường sắt, một số đường tỉnh vẽ tay theo hướng tuyến gần đúng; đường nội thị và đường địa phương sinh minh họa.',
      en: 'QL1, QL24, QL24B, QL14, QL40, QL40B, the North–South expressway, the railway and some provincial roads hand-traced along approximate alignments; city and local roads generated for illustration.',
    },
  },
  {
    id: 'facilities', role: 'facility', visible: false,
    title: { vi: 'Hạ tầng xã hội (minh họa)', en: 'Social facilities (illustrative)' },
    basedOn: {
      vi: 'Một số cơ sở tiêu biểu đặt gần đúng; phần lớn điểm sinh ngẫu nhiên có hạt giống quanh các đô thị, tên theo xã/phường (2025) chứa điểm; tên cơ sở cấp huyện cũ sau 2025 là gần đúng.',
      en: 'A few well-known facilities placed approximately; most points are seeded-random around towns, named after the (2025) commune or ward they fall in; post-2025 names of former district-level facilities are approximate.',
    },
  },
  {
    id: 'candidate_sites', role: 'candidate_site', visible: false,
    title: { vi: 'Khu đất đề xuất NOXH (minh họa)', en: 'Candidate NOXH sites (illustrative)' },
    basedOn: {
      vi: 'Thửa đất giả định sinh quanh các đô thị và KCN; diện tích tính từ hình học; mã loại đất lấy từ lớp quy hoạch minh họa; xã/phường là đơn vị chứa phần lớn diện tích thửa.',
      en: 'Hypothetical parcels generated around towns and industrial parks; areas measured from the geometry; land-use codes taken from the illustrative plan layer; the commune is the one holding most of the parcel.',
    },
  },
  {
    id: 'housing_projects', role: 'housing_project', visible: true,
    title: { vi: 'Dự án nhà ở xã hội (minh họa)', en: 'Social housing projects (illustrative)' },
    basedOn: {
      vi: 'Dự án giả định để minh họa tiến độ hướng tới mục tiêu 6.300 căn; tên, chủ đầu tư, số căn không phải số liệu thật.',
      en: 'Hypothetical projects illustrating progress toward the 6,300-unit target; names, investors and unit counts are not real data.',
    },
  },
  {
    id: 'commercial_projects', role: 'commercial_project', visible: true,
    title: { vi: 'Dự án nhà ở thương mại (minh họa)', en: 'Commercial housing projects (illustrative)' },
    basedOn: {
      vi: 'Bảy dự án giả định TM-01…TM-07 (TM-07 ở phần tỉnh Kon Tum cũ) thiết kế để kiểm tra quỹ đất 20 % (Nghị định 100/2024, Điều 17); xem data/README.md.',
      en: 'Seven hypothetical projects TM-01…TM-07 (TM-07 in the former Kon Tum part) designed to exercise the 20 % reserve audit (Decree 100/2024, Art. 17); see data/README.md.',
    },
  },
  {
    id: 'reserved_land', role: 'reserved_land', visible: true,
    title: { vi: 'Quỹ đất NOXH 20 % (minh họa)', en: 'Reserved NOXH land, 20 % (illustrative)' },
    basedOn: {
      vi: 'Quỹ đất giả định của các dự án TM-01…TM-07, gồm các trường hợp đạt và không đạt.',
      en: 'Hypothetical reserved plots of projects TM-01…TM-07, including compliant and non-compliant cases.',
    },
  },
];

function metadataFor(plan: LayerPlan): LayerMetadata {
  if (plan.real) return { illustrative: false, note: plan.basedOn, source: plan.real.source, license: plan.real.license };
  return { illustrative: true, note: plan.basedOn, source: SAMPLE_SOURCE, license: 'CC0-1.0' };
}

export const MANIFEST_TITLE: LocalText = {
  vi: 'Dữ liệu minh họa NOXH Atlas — Quảng Ngãi',
  en: 'NOXH Atlas illustrative data — Quảng Ngãi',
};

export const MANIFEST_NOTE: LocalText = {
  vi: 'Dữ liệu minh họa: do nhóm NOXH Atlas tự soạn từ thông tin công khai, hình học vẽ tay gần đúng hoặc sinh tự động. KHÔNG phải số liệu, quy hoạch chính thức; dự án, thửa đất và chủ đầu tư là giả định. Riêng lớp địa giới hành chính là ranh giới thật của 96 xã, phường (giấy phép chưa rõ).',
  en: 'Illustrative data: authored for NOXH Atlas from public facts, with approximate hand-drawn or generated geometry. NOT official figures or plans; projects, parcels and investors are hypothetical. Only the administrative-units layer is real: the 96 communes and wards (licence uncertain).',
};

export function buildSampleData(): Record<string, SampleFeatureCollection | SampleManifest> {
  const base = buildBase();
  const blocks = buildLandUseBlocks(base);
  const transport = buildTransport(base);
  const features: Record<string, ReturnType<typeof buildFacilities>> = {
    admin_units: buildAdminUnits(),
    land_use_plan: buildLandUseFeatures(blocks),
    urban_areas: buildUrbanAreas(base),
    hazards: buildHazards(base),
    utilities: buildUtilities(),
    industrial_zones: buildIndustrialZones(base),
    transport: transport.features,
    facilities: buildFacilities(),
    candidate_sites: buildCandidateSites(base, blocks, transport.lines),
    housing_projects: buildHousingProjects(base),
    commercial_projects: buildCommercialProjects(base),
    reserved_land: buildReservedLand(base),
  };
  const files: Record<string, SampleFeatureCollection | SampleManifest> = {};
  const entries: SampleLayerEntry[] = [];
  for (const plan of LAYERS) {
    const file = `${plan.id}.geojson`;
    const metadata = metadataFor(plan);
    files[file] = makeCollection(plan.title.vi, metadata, features[plan.id]);
    entries.push({ id: plan.id, role: plan.role, file, title: plan.title, visible: plan.visible, metadata });
  }
  files['manifest.json'] = { title: MANIFEST_TITLE, note: MANIFEST_NOTE, layers: entries };
  return files;
}

/** The exact text written to data/: GeoJSON with one feature a line (diff-friendly), JSON pretty-printed. */
export function serializeSampleFile(content: SampleFeatureCollection | SampleManifest): string {
  if (!('type' in content)) return `${JSON.stringify(content, null, 2)}\n`;
  const { features, ...head } = content;
  const headJson = JSON.stringify(head);
  const lines = features.map((f) => JSON.stringify(f));
  return `${headJson.slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
