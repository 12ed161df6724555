// How each layer role is drawn: one table that both the MapLibre style builder and the legend read,
// so the legend can never disagree with the map.
import {
  FACILITY_KINDS,
  HAZARD_KINDS,
  HOUSING_FORMS,
  HOUSING_STATUSES,
  INDUSTRIAL_KINDS,
  TRANSPORT_CLASSES,
  URBAN_CLASSES,
  UTILITY_KINDS,
  type LayerRole,
  type LocalText,
} from '../domain/model/layerRoles.ts';
import { LAND_USE_CODES } from '../domain/model/landUseCodes.ts';
import { uiTextBoth } from '../i18n/renderMessage.ts';

export type SymbolShape = 'fill' | 'line' | 'dashed-line' | 'circle' | 'outline';

export interface LegendItem {
  label: LocalText;
  color: string;
  shape: SymbolShape;
  /** The property value this item stands for (absent for a role's single symbol). */
  value?: string;
}

export interface LegendSection {
  title?: LocalText;
  items: LegendItem[];
}

export const SEA_COLOR = '#cfe3ee';
export const LAND_COLOR = '#f6f4ee';

const item = (label: LocalText, color: string, shape: SymbolShape, value?: string): LegendItem => ({
  label,
  color,
  shape,
  value,
});

export const URBAN_CLASS_COLORS: Record<string, string> = {
  special: '#b30000',
  I: '#d7301f',
  II: '#ef6548',
  III: '#fc8d59',
  IV: '#fdbb84',
  V: '#fdd49e',
};

export const INDUSTRIAL_KIND_COLORS: Record<string, string> = { KKT: '#6a51a3', KCN: '#8c6bb1', CCN: '#b4a7d6' };

export const TRANSPORT_CLASS_STYLES: Record<string, { color: string; widthPx: number; shape: SymbolShape }> = {
  expressway: { color: '#e6550d', widthPx: 4, shape: 'line' },
  national: { color: '#cb181d', widthPx: 3, shape: 'line' },
  provincial: { color: '#fd8d3c', widthPx: 2.2, shape: 'line' },
  urban_main: { color: '#f4a460', widthPx: 1.6, shape: 'line' },
  local: { color: '#8c8c8c', widthPx: 1, shape: 'line' },
  rail: { color: '#2b2b2b', widthPx: 2, shape: 'dashed-line' },
  station: { color: '#111111', widthPx: 0, shape: 'circle' },
  port: { color: '#08519c', widthPx: 0, shape: 'circle' },
  bus_stop: { color: '#3182bd', widthPx: 0, shape: 'circle' },
  interchange: { color: '#6a51a3', widthPx: 0, shape: 'circle' },
};

export const FACILITY_KIND_COLORS: Record<string, string> = {
  kindergarten: '#f781bf',
  primary: '#ff7f00',
  secondary: '#e41a1c',
  high_school: '#a50f15',
  health_station: '#4daf4a',
  hospital: '#006d2c',
  market: '#984ea3',
  park: '#66c2a5',
};

export const UTILITY_KIND_COLORS: Record<string, string> = {
  water_service_area: '#3182bd',
  drainage: '#6baed6',
  power_line: '#d4a000',
  substation: '#d4a000',
};

export const FLOOD_SEVERITY_COLORS: Record<string, string> = { low: '#c6dbef', medium: '#6baed6', high: '#2171b5' };
export const LANDSLIDE_COLOR = '#a6611a';

export const HOUSING_STATUS_COLORS: Record<string, string> = {
  proposed: '#fdae61',
  approved: '#fee08b',
  under_construction: '#a6d96a',
  completed: '#1a9850',
};

/** A project not started yet in the year the map is drawn as of (the Targets tab's slider): ghosted. */
export const HOUSING_NOT_STARTED_COLOR = '#ffffff';
export const HOUSING_NOT_STARTED_OPACITY = 0.3;

export const HOUSING_FORM_COLORS: Record<string, string> = {
  sale: '#1f78b4',
  rent: '#33a02c',
  lease_purchase: '#6a3d9a',
  worker_dormitory: '#e31a1c',
  student: '#ff7f00',
  armed_forces: '#b15928',
};

export const COMMERCIAL_PROJECT_COLOR = '#b2182b';
export const RESERVED_LAND_COLOR = '#d6604d';
export const CANDIDATE_SITE_COLOR = '#525252';
export const ADMIN_LINE_COLOR = '#5a5a5a';

function itemsFor(
  labels: Record<string, LocalText>,
  colors: Record<string, string>,
  shape: SymbolShape,
): LegendItem[] {
  return Object.keys(colors)
    .filter((key) => labels[key])
    .map((key) => item(labels[key], colors[key], shape, key));
}

/** The legend of each role, in Vietnamese and English. */
export function legendFor(role: LayerRole): LegendSection[] {
  switch (role) {
    case 'admin_unit':
      return [
        {
          items: [
            item(uiTextBoth((t) => t.legend.provinceBoundary), ADMIN_LINE_COLOR, 'line', 'province'),
            item(uiTextBoth((t) => t.legend.communeBoundary), '#8a8a8a', 'dashed-line', 'commune'),
          ],
        },
      ];
    case 'urban_area':
      return [{ items: itemsFor(URBAN_CLASSES, URBAN_CLASS_COLORS, 'fill') }];
    case 'industrial_zone':
      return [{ items: itemsFor(INDUSTRIAL_KINDS, INDUSTRIAL_KIND_COLORS, 'fill') }];
    case 'transport':
      return [
        {
          items: Object.entries(TRANSPORT_CLASS_STYLES).map(([key, s]) => item(TRANSPORT_CLASSES[key], s.color, s.shape, key)),
        },
      ];
    case 'land_use_plan': {
      // One entry per distinct colour group keeps the legend readable; codes sharing a colour are listed together.
      const byColor = new Map<string, string[]>();
      for (const code of LAND_USE_CODES) byColor.set(code.color, [...(byColor.get(code.color) ?? []), code.code]);
      return [
        {
          items: LAND_USE_CODES.filter((code) => byColor.get(code.color)?.[0] === code.code).map((code) => {
            const codes = byColor.get(code.color) ?? [code.code];
            const label =
              codes.length === 1
                ? { vi: `${code.code} — ${code.label.vi}`, en: `${code.code} — ${code.label.en}` }
                : { vi: codes.join(', '), en: codes.join(', ') };
            return item(label, code.color, 'fill', code.code);
          }),
        },
      ];
    }
    case 'facility':
      return [{ items: itemsFor(FACILITY_KINDS, FACILITY_KIND_COLORS, 'circle') }];
    case 'utility':
      return [
        {
          items: [
            item(UTILITY_KINDS.water_service_area, UTILITY_KIND_COLORS.water_service_area, 'outline', 'water_service_area'),
            item(UTILITY_KINDS.power_line, UTILITY_KIND_COLORS.power_line, 'line', 'power_line'),
            item(UTILITY_KINDS.substation, UTILITY_KIND_COLORS.substation, 'circle', 'substation'),
            item(UTILITY_KINDS.drainage, UTILITY_KIND_COLORS.drainage, 'dashed-line', 'drainage'),
          ],
        },
      ];
    case 'hazard':
      return [
        {
          items: [
            item(uiTextBoth((t) => t.legend.floodLow), FLOOD_SEVERITY_COLORS.low, 'fill', 'low'),
            item(uiTextBoth((t) => t.legend.floodMedium), FLOOD_SEVERITY_COLORS.medium, 'fill', 'medium'),
            item(uiTextBoth((t) => t.legend.floodHigh), FLOOD_SEVERITY_COLORS.high, 'fill', 'high'),
            item(HAZARD_KINDS.landslide, LANDSLIDE_COLOR, 'fill', 'landslide'),
          ],
        },
      ];
    case 'candidate_site':
      return [{ items: [item(uiTextBoth((t) => t.legend.candidateParcel), CANDIDATE_SITE_COLOR, 'outline')] }];
    case 'housing_project':
      return [
        { title: uiTextBoth((t) => t.legend.housingStatusFill), items: itemsFor(HOUSING_STATUSES, HOUSING_STATUS_COLORS, 'fill') },
        { title: uiTextBoth((t) => t.legend.housingFormOutline), items: itemsFor(HOUSING_FORMS, HOUSING_FORM_COLORS, 'outline') },
      ];
    case 'commercial_project':
      return [{ items: [item(uiTextBoth((t) => t.legend.commercialProjectBoundary), COMMERCIAL_PROJECT_COLOR, 'outline')] }];
    case 'reserved_land':
      return [{ items: [item(uiTextBoth((t) => t.legend.reservedLand), RESERVED_LAND_COLOR, 'fill')] }];
  }
}

/**
 * The housing_project status legend when the map is drawn as of a year: each status as counted that year
 * (statusAsOf: completed only from its completion year) and the projects not started yet, ghosted.
 */
export function housingAsOfLegend(year: number): LegendItem[] {
  return [
    ...itemsFor(HOUSING_STATUSES, HOUSING_STATUS_COLORS, 'fill'),
    // A faint white fill on the map: the swatch shows its grey edge, a white one would not show on the panel.
    item(uiTextBoth((t) => t.legend.notStartedIn(year)), '#9aa5b1', 'outline', 'not_started'),
  ];
}
