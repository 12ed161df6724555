// MapLibre's own UI strings (control tooltips, aria-labels) in the app's languages. MapLibre reads them from
// the Map's `locale` option when a control is added; the keys are those of maplibre-gl's
// src/ui/default_locale.ts (6.x). English repeats MapLibre's defaults so a switch back from Vietnamese
// can relabel the controls already on the map.
import type { Language } from '../i18n/language.ts';

export type MapLibreUiKey =
  | 'AttributionControl.ToggleAttribution'
  | 'AttributionControl.MapFeedback'
  | 'FullscreenControl.Enter'
  | 'FullscreenControl.Exit'
  | 'GeolocateControl.FindMyLocation'
  | 'GeolocateControl.LocationNotAvailable'
  | 'LogoControl.Title'
  | 'Map.Title'
  | 'Marker.Title'
  | 'NavigationControl.ResetBearing'
  | 'NavigationControl.ZoomIn'
  | 'NavigationControl.ZoomOut'
  | 'Popup.Close'
  | 'ScaleControl.Feet'
  | 'ScaleControl.Meters'
  | 'ScaleControl.Kilometers'
  | 'ScaleControl.Miles'
  | 'ScaleControl.NauticalMiles'
  | 'GlobeControl.Enable'
  | 'GlobeControl.Disable'
  | 'TerrainControl.Enable'
  | 'TerrainControl.Disable'
  | 'CooperativeGesturesHandler.WindowsHelpText'
  | 'CooperativeGesturesHandler.MacHelpText'
  | 'CooperativeGesturesHandler.MobileHelpText';

const EN: Record<MapLibreUiKey, string> = {
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'AttributionControl.MapFeedback': 'Map feedback',
  'FullscreenControl.Enter': 'Enter fullscreen',
  'FullscreenControl.Exit': 'Exit fullscreen',
  'GeolocateControl.FindMyLocation': 'Find my location',
  'GeolocateControl.LocationNotAvailable': 'Location not available',
  'LogoControl.Title': 'MapLibre logo',
  'Map.Title': 'Map',
  'Marker.Title': 'Map marker',
  'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'Popup.Close': 'Close popup',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'nm',
  'GlobeControl.Enable': 'Enable globe',
  'GlobeControl.Disable': 'Disable globe',
  'TerrainControl.Enable': 'Enable terrain',
  'TerrainControl.Disable': 'Disable terrain',
  'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
  'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
};

const VI: Record<MapLibreUiKey, string> = {
  'AttributionControl.ToggleAttribution': 'Hiện/ẩn nguồn dữ liệu bản đồ',
  'AttributionControl.MapFeedback': 'Góp ý về bản đồ',
  'FullscreenControl.Enter': 'Xem toàn màn hình',
  'FullscreenControl.Exit': 'Thoát toàn màn hình',
  'GeolocateControl.FindMyLocation': 'Tìm vị trí của tôi',
  'GeolocateControl.LocationNotAvailable': 'Không xác định được vị trí',
  'LogoControl.Title': 'Biểu trưng MapLibre',
  'Map.Title': 'Bản đồ',
  'Marker.Title': 'Điểm đánh dấu',
  'NavigationControl.ResetBearing': 'Kéo để xoay bản đồ, bấm để quay về hướng Bắc',
  'NavigationControl.ZoomIn': 'Phóng to',
  'NavigationControl.ZoomOut': 'Thu nhỏ',
  'Popup.Close': 'Đóng',
  // Unit symbols are the same in Vietnamese, except the nautical mile (hải lý).
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'hải lý',
  'GlobeControl.Enable': 'Xem dạng quả địa cầu',
  'GlobeControl.Disable': 'Xem dạng bản đồ phẳng',
  'TerrainControl.Enable': 'Bật địa hình',
  'TerrainControl.Disable': 'Tắt địa hình',
  'CooperativeGesturesHandler.WindowsHelpText': 'Giữ Ctrl và cuộn chuột để phóng to, thu nhỏ bản đồ',
  'CooperativeGesturesHandler.MacHelpText': 'Giữ ⌘ và cuộn chuột để phóng to, thu nhỏ bản đồ',
  'CooperativeGesturesHandler.MobileHelpText': 'Dùng hai ngón tay để di chuyển bản đồ',
};

/** The full MapLibre UI string table for `language` (pass it as the Map's `locale` option). */
export function maplibreLocale(language: Language): Record<MapLibreUiKey, string> {
  return language === 'vi' ? VI : EN;
}

/**
 * Control elements MapLibre labels once, when the control is added (CSS classes are MapLibre's public
 * styling hooks), and the string each takes: the map relabels them itself when the language changes.
 */
export const LABELLED_CONTROLS: { selector: string; key: MapLibreUiKey; ariaOnly?: boolean }[] = [
  { selector: '.maplibregl-ctrl-zoom-in', key: 'NavigationControl.ZoomIn' },
  { selector: '.maplibregl-ctrl-zoom-out', key: 'NavigationControl.ZoomOut' },
  { selector: '.maplibregl-ctrl-compass', key: 'NavigationControl.ResetBearing' },
  { selector: '.maplibregl-ctrl-attrib-button', key: 'AttributionControl.ToggleAttribution' },
  { selector: '.maplibregl-ctrl-logo', key: 'LogoControl.Title', ariaOnly: true },
  { selector: 'canvas.maplibregl-canvas', key: 'Map.Title', ariaOnly: true },
];
