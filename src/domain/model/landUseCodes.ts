// Land-use codes (Circular 08/2024/TT-BTNMT, Appendix II — verify the exact 2024 list) with the map
// fills commonly used in Vietnamese land-use plans (BTNMT table; medium confidence, see docs/DOMAIN.md §5).
// Kept as data so an official list can replace it without touching code.
import type { LocalText } from './layerRoles.ts';

export interface LandUseCode {
  code: string;
  label: LocalText;
  /** CSS hex fill colour. */
  color: string;
  group: 'residential' | 'industrial' | 'public' | 'agriculture' | 'forest' | 'other';
}

const c = (code: string, vi: string, en: string, color: string, group: LandUseCode['group']): LandUseCode => ({
  code,
  label: { vi, en },
  color,
  group,
});

export const LAND_USE_CODES: LandUseCode[] = [
  c('ODT', 'Đất ở tại đô thị', 'Urban residential land', '#FFA0FF', 'residential'),
  c('ONT', 'Đất ở tại nông thôn', 'Rural residential land', '#FFD0FF', 'residential'),
  c('SKK', 'Đất khu công nghiệp', 'Industrial zone land', '#FAAAA0', 'industrial'),
  c('SKN', 'Đất cụm công nghiệp', 'Industrial cluster land', '#FAAAA0', 'industrial'),
  c('SKT', 'Đất khu chế xuất', 'Export processing zone land', '#FAAAA0', 'industrial'),
  c('TMD', 'Đất thương mại, dịch vụ', 'Trade and services land', '#FAAAA0', 'industrial'),
  c('SKC', 'Đất cơ sở sản xuất phi nông nghiệp', 'Non-agricultural production land', '#FAAAA0', 'industrial'),
  c('DGT', 'Đất giao thông', 'Transport land', '#FFAA32', 'public'),
  c('DTL', 'Đất thủy lợi', 'Irrigation land', '#AAFFFF', 'public'),
  c('DCH', 'Đất chợ', 'Market land', '#FFAAA0', 'public'),
  c('DRA', 'Đất bãi thải, xử lý chất thải', 'Waste disposal land', '#FFAAA0', 'public'),
  c('DKV', 'Đất khu vui chơi, giải trí công cộng', 'Public recreation land', '#FFAAA0', 'public'),
  c('DYT', 'Đất cơ sở y tế', 'Health facility land', '#FFAAA0', 'public'),
  c('DGD', 'Đất cơ sở giáo dục và đào tạo', 'Education facility land', '#FFAAA0', 'public'),
  c('TSC', 'Đất trụ sở cơ quan', 'Government office land', '#FFAAA0', 'public'),
  c('CQP', 'Đất quốc phòng', 'Defence land', '#FFAAA0', 'public'),
  c('CAN', 'Đất an ninh', 'Security land', '#FFAAA0', 'public'),
  c('LUC', 'Đất chuyên trồng lúa', 'Specialised rice land', '#FFFC8C', 'agriculture'),
  c('LUK', 'Đất trồng lúa còn lại', 'Other rice land', '#FFFC8C', 'agriculture'),
  c('HNK', 'Đất trồng cây hằng năm khác', 'Other annual crop land', '#FFF0B4', 'agriculture'),
  c('CLN', 'Đất trồng cây lâu năm', 'Perennial crop land', '#FFD2A0', 'agriculture'),
  c('NTS', 'Đất nuôi trồng thủy sản', 'Aquaculture land', '#AAFFFF', 'agriculture'),
  c('RSX', 'Đất rừng sản xuất', 'Production forest', '#B4FFB4', 'forest'),
  c('RPH', 'Đất rừng phòng hộ', 'Protection forest', '#BEFF1E', 'forest'),
  c('RDD', 'Đất rừng đặc dụng', 'Special-use forest', '#6EFF64', 'forest'),
  c('NTD', 'Đất nghĩa trang, nghĩa địa', 'Cemetery land', '#D2D2D2', 'other'),
  c('SON', 'Đất sông, ngòi, kênh, rạch, suối', 'Rivers and streams', '#A0FFFF', 'other'),
  c('MNC', 'Đất có mặt nước chuyên dùng', 'Special-use water surface', '#A0FFFF', 'other'),
  c('BCS', 'Đất bằng chưa sử dụng', 'Unused flat land', '#FFFFFE', 'other'),
  c('DCS', 'Đất đồi núi chưa sử dụng', 'Unused hilly land', '#FFFFFE', 'other'),
  c('NCS', 'Núi đá không có rừng cây', 'Bare rocky mountain', '#FFFFFE', 'other'),
];

const BY_CODE = new Map(LAND_USE_CODES.map((entry) => [entry.code, entry]));

export function findLandUseCode(code: unknown): LandUseCode | undefined {
  return typeof code === 'string' ? BY_CODE.get(code.trim().toUpperCase()) : undefined;
}
