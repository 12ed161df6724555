// UI strings. Vietnamese is the reference; English mirrors every key (a test checks both have the same keys).
import type { Language } from './language.ts';

const vi = {
  appTitle: 'NOXH Atlas',
  appSubtitle: 'Bản đồ hỗ trợ quy hoạch, phát triển nhà ở xã hội tỉnh Quảng Ngãi',
  layers: 'Lớp bản đồ',
  legend: 'Chú giải',
  language: 'Ngôn ngữ',
  basemap: 'Bản đồ nền',
  basemapNone: 'Không (ngoại tuyến)',
  basemapOsm: 'OpenStreetMap (trực tuyến)',
  basemapFailed: 'Không tải được bản đồ nền trực tuyến — ứng dụng vẫn hoạt động ngoại tuyến.',
  basemapAttribution: '© Những người đóng góp OpenStreetMap',
  illustrativeBadge: 'Dữ liệu minh họa',
  featureDetails: 'Thông tin đối tượng',
  close: 'Đóng',
  clickHint: 'Nhấp vào một đối tượng trên bản đồ để xem thông tin.',
  loading: 'Đang tải dữ liệu…',
  loadFailed: 'Không tải được lớp dữ liệu',
  featureCount: 'đối tượng',
  layerInfo: 'Nguồn và ghi chú',
  source: 'Nguồn',
  license: 'Giấy phép',
  showLayer: 'Hiện lớp',
  hideLayer: 'Ẩn lớp',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  history: 'Lịch sử thao tác',
  zoomToLayer: 'Phóng đến lớp',
  otherProperties: 'Thuộc tính khác',
  dataNote: 'Ghi chú dữ liệu',
  layerShown: 'Hiện lớp',
  layerHidden: 'Ẩn lớp',
  languageChanged: 'Đổi ngôn ngữ',
  basemapChanged: 'Đổi bản đồ nền',
  invalidFeatures: 'đối tượng không hợp lệ',
  scale: 'Tỷ lệ',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  appTitle: 'NOXH Atlas',
  appSubtitle: 'Social housing planning and development support map of Quảng Ngãi province',
  layers: 'Layers',
  legend: 'Legend',
  language: 'Language',
  basemap: 'Basemap',
  basemapNone: 'None (offline)',
  basemapOsm: 'OpenStreetMap (online)',
  basemapFailed: 'The online basemap could not be loaded — the app keeps working offline.',
  basemapAttribution: '© OpenStreetMap contributors',
  illustrativeBadge: 'Illustrative data',
  featureDetails: 'Feature details',
  close: 'Close',
  clickHint: 'Click a feature on the map to see its attributes.',
  loading: 'Loading data…',
  loadFailed: 'Could not load layer',
  featureCount: 'features',
  layerInfo: 'Source and notes',
  source: 'Source',
  license: 'Licence',
  showLayer: 'Show layer',
  hideLayer: 'Hide layer',
  undo: 'Undo',
  redo: 'Redo',
  history: 'History',
  zoomToLayer: 'Zoom to layer',
  otherProperties: 'Other properties',
  dataNote: 'Data note',
  layerShown: 'Show layer',
  layerHidden: 'Hide layer',
  languageChanged: 'Change language',
  basemapChanged: 'Change basemap',
  invalidFeatures: 'invalid features',
  scale: 'Scale',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { vi, en };

export function translate(language: Language, key: MessageKey): string {
  return MESSAGES[language][key];
}
