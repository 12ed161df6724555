// State → MapLibre style. Pure: the same input always gives the same style, so it is tested without a map.
// Every project layer becomes one GeoJSON source and a few style layers named `<layerId>:<part>`;
// visibility is a layout property, so toggling never reloads data.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LayerRole } from '../domain/model/layerRoles.ts';
import type { BasemapId } from '../domain/model/projectDocument.ts';
import { LAND_USE_CODES } from '../domain/model/landUseCodes.ts';
import {
  ADMIN_LINE_COLOR,
  COMMERCIAL_PROJECT_COLOR,
  FACILITY_KIND_COLORS,
  FLOOD_SEVERITY_COLORS,
  HOUSING_FORM_COLORS,
  HOUSING_NOT_STARTED_COLOR,
  HOUSING_NOT_STARTED_OPACITY,
  HOUSING_STATUS_COLORS,
  INDUSTRIAL_KIND_COLORS,
  LAND_COLOR,
  LANDSLIDE_COLOR,
  RESERVED_LAND_COLOR,
  SEA_COLOR,
  TRANSPORT_CLASS_STYLES,
  URBAN_CLASS_COLORS,
  UTILITY_KIND_COLORS,
} from './roleStyles.ts';

export interface StyleLayerInput {
  id: string;
  role: LayerRole;
  visible: boolean;
  /** URL of the layer's GeoJSON (an asset URL or a blob: URL for imported data). */
  dataUrl: string;
  /**
   * The features themselves, used instead of `dataUrl` when given: the meeting package, opened from file://,
   * cannot have MapLibre's worker fetch a URL.
   */
  data?: FeatureCollection;
  /** Overrides the role's default colour. */
  color?: string;
  opacity01?: number;
}

export interface MapStyleInput {
  layers: StyleLayerInput[];
  basemap: BasemapId;
  /** Roles drawn by deck.gl instead (heavy layers): they get no MapLibre layers. */
  deckRoles?: LayerRole[];
  /**
   * Draw the housing projects as of this year (the Targets tab's slider): status as counted that year
   * (`housingStatusAsOf`), projects not started yet ghosted. Absent: as stated.
   */
  housingAsOfYear?: number;
}

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const HIGHLIGHT_SOURCE = 'selection';

/** `['match', ['get', key], v1, c1, v2, c2, …, fallback]` from a colour table. */
function matchColor(key: string, colors: Record<string, string>, fallback: string): ExpressionSpecification {
  const pairs = Object.entries(colors).flat();
  return ['match', ['to-string', ['get', key]], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

/** The status values of housing_project, in the order of progress (src/domain/targets/types.ts). */
const HOUSING_STATUS_VALUES = ['proposed', 'approved', 'under_construction', 'completed'];

/**
 * A project's status as counted in `year`, as a MapLibre expression — the map's copy of the domain's
 * statusAsOf: "not_started" when its start year is after `year`; "under_construction" for a completed project
 * whose completion year is after `year`; an unknown status counts as proposed; otherwise the status as stated.
 * A missing or unreadable year reads as 0 (no constraint), as the domain reads it as null.
 */
export function housingStatusAsOf(year: number): ExpressionSpecification {
  const start = ['to-number', ['get', 'start_year'], 0];
  const completion = ['to-number', ['get', 'completion_year'], 0];
  const status = ['to-string', ['get', 'status']];
  return [
    'case',
    ['>', start, year],
    'not_started',
    ['all', ['==', status, 'completed'], ['>', completion, year]],
    'under_construction',
    ['match', status, HOUSING_STATUS_VALUES, status, 'proposed'],
  ] as unknown as ExpressionSpecification;
}

function housingLayers(input: StyleLayerInput, year: number | undefined): LayerSpecification[] {
  const { id } = input;
  const layout = { visibility: input.visible ? 'visible' : 'none' } as const;
  const statusOf: ExpressionSpecification = year === undefined ? (['to-string', ['get', 'status']] as ExpressionSpecification) : housingStatusAsOf(year);
  const statusColor = (fallback: string) =>
    ['match', statusOf, ...Object.entries(HOUSING_STATUS_COLORS).flat(), ...(year === undefined ? [] : ['not_started', HOUSING_NOT_STARTED_COLOR]), fallback] as unknown as ExpressionSpecification;
  /** Ghosted when not started as of the year, else `value`. */
  const ghost = (value: number): ExpressionSpecification | number =>
    year === undefined ? value : (['case', ['==', statusOf, 'not_started'], HOUSING_NOT_STARTED_OPACITY * value, value] as unknown as ExpressionSpecification);
  const opacity = input.opacity01;
  return [
    { id: `${id}:fill`, type: 'fill', source: id, layout, filter: isPolygon, paint: { 'fill-color': input.color ?? statusColor('#cccccc'), 'fill-opacity': ghost(opacity ?? 0.85) } },
    {
      id: `${id}:line`,
      type: 'line',
      source: id,
      layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
      filter: isPolygon,
      paint: { 'line-color': input.color ?? matchColor('form', HOUSING_FORM_COLORS, '#333333'), 'line-width': 2.5, 'line-opacity': ghost(1) },
    },
    {
      id: `${id}:points`,
      type: 'circle',
      source: id,
      layout,
      filter: isPoint,
      paint: {
        'circle-color': input.color ?? statusColor('#cccccc'),
        'circle-radius': 7,
        'circle-stroke-color': year === undefined ? '#ffffff' : (['case', ['==', statusOf, 'not_started'], '#616e7c', '#ffffff'] as unknown as ExpressionSpecification),
        'circle-stroke-width': 1.2,
        'circle-opacity': ghost(opacity ?? 1),
        'circle-stroke-opacity': ghost(1),
      },
    },
  ];
}

function layersForRole(input: StyleLayerInput, housingAsOfYear?: number): LayerSpecification[] {
  const { id, role } = input;
  const source = id;
  const layout = { visibility: input.visible ? 'visible' : 'none' } as const;
  const opacity = input.opacity01;
  const fill = (part: string, color: ExpressionSpecification | string, fillOpacity: number, filter?: ExpressionSpecification): LayerSpecification => ({
    id: `${id}:${part}`,
    type: 'fill',
    source,
    layout,
    filter: filter ?? isPolygon,
    paint: { 'fill-color': input.color ?? color, 'fill-opacity': opacity ?? fillOpacity },
  });
  const line = (
    part: string,
    color: ExpressionSpecification | string,
    width: ExpressionSpecification | number,
    filter?: ExpressionSpecification,
    dash?: number[],
  ): LayerSpecification => ({
    id: `${id}:${part}`,
    type: 'line',
    source,
    layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
    filter: filter ?? ['any', isPolygon, isLine],
    paint: {
      'line-color': input.color ?? color,
      'line-width': width,
      ...(dash ? { 'line-dasharray': dash } : {}),
    },
  });
  const circle = (
    part: string,
    color: ExpressionSpecification | string,
    radius: ExpressionSpecification | number,
    filter?: ExpressionSpecification,
  ): LayerSpecification => ({
    id: `${id}:${part}`,
    type: 'circle',
    source,
    layout,
    filter: filter ?? isPoint,
    paint: {
      'circle-color': input.color ?? color,
      'circle-radius': radius,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.2,
      'circle-opacity': opacity ?? 1,
    },
  });
  // Thin lines at province zoom, wider when zoomed into a city.
  const zoomWidth = (w: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 8, w * 0.6, 12, w, 16, w * 2];

  switch (role) {
    case 'admin_unit':
      return [
        fill('land', LAND_COLOR, 1, ['all', isPolygon, ['==', ['get', 'level'], 'province']]),
        line('commune-line', '#8a8a8a', 1, ['all', isPolygon, ['!=', ['get', 'level'], 'province']], [3, 2]),
        line('province-line', ADMIN_LINE_COLOR, 1.8, ['all', isPolygon, ['==', ['get', 'level'], 'province']]),
      ];
    case 'urban_area':
      return [
        fill('fill', matchColor('urban_class', URBAN_CLASS_COLORS, '#fdd49e'), 0.22),
        line('line', matchColor('urban_class', URBAN_CLASS_COLORS, '#fdd49e'), 1.2),
      ];
    case 'industrial_zone':
      return [
        fill('fill', matchColor('kind', INDUSTRIAL_KIND_COLORS, '#8c6bb1'), 0.45),
        line('line', matchColor('kind', INDUSTRIAL_KIND_COLORS, '#8c6bb1'), 1.5),
      ];
    case 'transport': {
      const lineClasses = Object.keys(TRANSPORT_CLASS_STYLES).filter((k) => TRANSPORT_CLASS_STYLES[k].widthPx > 0);
      const widths = ['match', ['get', 'class'], ...lineClasses.flatMap((k) => [k, TRANSPORT_CLASS_STYLES[k].widthPx]), 1] as unknown as ExpressionSpecification;
      const colors = Object.fromEntries(Object.entries(TRANSPORT_CLASS_STYLES).map(([k, s]) => [k, s.color]));
      return [
        // A white casing under roads keeps them readable over coloured land-use fills.
        line('casing', '#ffffff', ['interpolate', ['linear'], ['zoom'], 8, ['+', ['*', widths, 0.6], 1.5], 14, ['+', ['*', widths, 1.5], 2]], ['all', isLine, ['!=', ['get', 'class'], 'rail']]),
        line('road', matchColor('class', colors, '#8c8c8c'), ['interpolate', ['linear'], ['zoom'], 8, ['*', widths, 0.6], 14, ['*', widths, 1.5]], ['all', isLine, ['!=', ['get', 'class'], 'rail']]),
        line('rail', TRANSPORT_CLASS_STYLES.rail.color, zoomWidth(2), ['all', isLine, ['==', ['get', 'class'], 'rail']], [2, 2]),
        circle('points', matchColor('class', colors, '#3182bd'), ['match', ['get', 'class'], 'bus_stop', 3, 5.5]),
      ];
    }
    case 'land_use_plan': {
      const colors = Object.fromEntries(LAND_USE_CODES.map((c) => [c.code, c.color]));
      return [
        fill('fill', ['match', ['upcase', ['to-string', ['get', 'landuse_code']]], ...Object.entries(colors).flat(), '#eeeeee'] as unknown as ExpressionSpecification, 0.7),
        line('line', '#b0a0a0', 0.4),
      ];
    }
    case 'facility':
      return [circle('points', matchColor('kind', FACILITY_KIND_COLORS, '#555555'), ['interpolate', ['linear'], ['zoom'], 8, 2.5, 13, 6])];
    case 'utility':
      return [
        fill('area', matchColor('kind', UTILITY_KIND_COLORS, '#3182bd'), 0.08),
        line('area-line', matchColor('kind', UTILITY_KIND_COLORS, '#3182bd'), 1.2, isPolygon, [4, 2]),
        line('line', matchColor('kind', UTILITY_KIND_COLORS, '#d4a000'), 1.6, ['all', isLine, ['!=', ['get', 'kind'], 'drainage']]),
        line('drainage', UTILITY_KIND_COLORS.drainage, 1.4, ['all', isLine, ['==', ['get', 'kind'], 'drainage']], [2, 1]),
        circle('points', matchColor('kind', UTILITY_KIND_COLORS, '#d4a000'), 4.5),
      ];
    case 'hazard':
      return [
        fill(
          'fill',
          ['case', ['==', ['get', 'kind'], 'landslide'], LANDSLIDE_COLOR, matchColor('severity', FLOOD_SEVERITY_COLORS, FLOOD_SEVERITY_COLORS.medium)],
          0.45,
        ),
      ];
    case 'candidate_site':
      return [fill('fill', '#ffffff', 0.35), line('line', '#525252', 0.8)];
    case 'housing_project':
      return housingLayers(input, housingAsOfYear);
    case 'commercial_project':
      return [fill('fill', COMMERCIAL_PROJECT_COLOR, 0.08), line('line', COMMERCIAL_PROJECT_COLOR, 2, isPolygon, [3, 1.5])];
    case 'reserved_land':
      return [fill('fill', RESERVED_LAND_COLOR, 0.65), line('line', '#67001f', 1.4, isPolygon)];
  }
}

/** The highlight drawn around the selected feature (its data is set by the controller). */
function highlightLayers(): LayerSpecification[] {
  return [
    {
      id: 'selection:line',
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['any', isPolygon, isLine],
      paint: { 'line-color': '#00e5ff', 'line-width': 4, 'line-opacity': 0.9 },
    },
    {
      id: 'selection:point',
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      filter: isPoint,
      paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#00e5ff', 'circle-stroke-width': 3 },
    },
  ];
}

export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOR } }];
  if (input.basemap === 'osm') {
    sources.osm = {
      type: 'raster',
      tiles: [OSM_TILE_URL],
      tileSize: 256,
      maxzoom: 19,
      attribution: '© OpenStreetMap contributors',
    };
    layers.push({ id: 'osm', type: 'raster', source: 'osm', paint: { 'raster-opacity': 0.9 } });
  }
  const deckRoles = new Set(input.deckRoles ?? []);
  for (const layer of input.layers) {
    if (deckRoles.has(layer.role)) continue;
    // generateId gives each feature its index in the file, so a click maps back to the original feature.
    sources[layer.id] = { type: 'geojson', data: layer.data ?? layer.dataUrl, generateId: true };
    const roleLayers = layersForRole(layer, input.housingAsOfYear);
    // Over an online basemap the province "land" fill would hide it.
    layers.push(...(input.basemap === 'osm' ? roleLayers.filter((l) => !l.id.endsWith(':land')) : roleLayers));
  }
  sources[HIGHLIGHT_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  layers.push(...highlightLayers());
  return { version: 8, name: 'NOXH Atlas', sources, layers };
}
