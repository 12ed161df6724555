// The selected project's audit drawn on the map: its boundary, the reserved parcels, then each failing
// part in its own colour (deck.gl layers for store.setOverlay('audit', …)). A pure function of the
// project audit and the kinds the user has hidden in the legend.
import type { Feature, Geometry } from 'geojson';
import { GeoJsonLayer } from '@deck.gl/layers';
import { FillStyleExtension, PathStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { bbox } from '@turf/turf';
import type { HighlightKind, HighlightProperties, ProjectAudit } from '../../domain/reserved_land/types.ts';

type Rgba = [number, number, number, number];

export interface HighlightStyle {
  /** Fill colour (null: outline only). */
  fill: Rgba | null;
  line: Rgba;
  lineWidthPx: number;
  /** Diagonal hatching over the fill (non-residential parts). */
  hatched?: boolean;
  dashed?: boolean;
}

/** Colours of the issue: outside slice red, non-residential orange hatched, shared purple, flood blue. */
export const HIGHLIGHT_STYLES: Record<HighlightKind, HighlightStyle> = {
  project_boundary: { fill: [11, 61, 107, 22], line: [11, 61, 107, 255], lineWidthPx: 2.5 },
  reserved_parcel: { fill: [22, 163, 74, 120], line: [21, 128, 61, 255], lineWidthPx: 1.5 },
  outside_boundary: { fill: [220, 38, 38, 190], line: [153, 27, 27, 255], lineWidthPx: 2 },
  outside_urban_area: { fill: [220, 38, 38, 190], line: [153, 27, 27, 255], lineWidthPx: 2 },
  non_residential: { fill: [234, 88, 12, 70], line: [194, 65, 12, 255], lineWidthPx: 2, hatched: true },
  not_in_plan: { fill: [120, 113, 108, 60], line: [87, 83, 78, 255], lineWidthPx: 1.5, hatched: true },
  not_connected: { fill: [219, 39, 119, 60], line: [190, 24, 93, 255], lineWidthPx: 3, dashed: true },
  shared_with_other_project: { fill: [126, 34, 206, 170], line: [88, 28, 135, 255], lineWidthPx: 2 },
  hazard_overlap: { fill: [37, 99, 235, 150], line: [30, 64, 175, 255], lineWidthPx: 1.5 },
  deadline_passed: { fill: null, line: [180, 83, 9, 255], lineWidthPx: 3, dashed: true },
  declared_area_mismatch: { fill: null, line: [202, 138, 4, 255], lineWidthPx: 3, dashed: true },
};

/** Drawing order: context first, failing parts on top, outlines of whole parcels last. */
const DRAW_ORDER: HighlightKind[] = [
  'project_boundary',
  'reserved_parcel',
  'hazard_overlap',
  'non_residential',
  'not_in_plan',
  'shared_with_other_project',
  'outside_urban_area',
  'outside_boundary',
  'not_connected',
  'declared_area_mismatch',
  'deadline_passed',
];

export const rgbaCss = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 100) / 100})`;

/** The legend swatch of a highlight kind, as CSS, drawn like the map draws it (hatch spacing in px). */
export function highlightSwatchCss(kind: HighlightKind, hatchGapPx: number): { background: string; borderColor: string; borderStyle: string } {
  const style = HIGHLIGHT_STYLES[kind];
  const fill = style.fill ? rgbaCss(style.fill) : 'transparent';
  const background = style.hatched ? `repeating-linear-gradient(45deg, ${rgbaCss(style.line)} 0 2px, ${fill} 2px ${hatchGapPx}px)` : fill;
  return { background, borderColor: rgbaCss(style.line), borderStyle: style.dashed ? 'dashed' : 'solid' };
}

/** The kinds present in a project's highlights, in drawing order, with their total area. */
export function highlightKindsOf(project: ProjectAudit): { kind: HighlightKind; count: number; areaM2: number }[] {
  return DRAW_ORDER.map((kind) => {
    const features = project.highlights.filter((f) => f.properties.kind === kind);
    return { kind, count: features.length, areaM2: features.reduce((s, f) => s + (f.properties.area_m2 || 0), 0) };
  }).filter((k) => k.count > 0);
}

/** [west, south, east, north] around the boundary, the parcels (also land elsewhere) and every failing part. */
export function projectBounds(project: ProjectAudit): [number, number, number, number] | null {
  if (!project.highlights.length) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: project.highlights });
  return [w, s, e, n];
}

export function buildAuditOverlay(project: ProjectAudit | null, hidden: ReadonlySet<HighlightKind> = new Set()): Layer[] {
  if (!project) return [];
  const layers: Layer[] = [];
  for (const kind of DRAW_ORDER) {
    if (hidden.has(kind)) continue;
    const features = project.highlights.filter((f) => f.properties.kind === kind) as Feature<Geometry, HighlightProperties>[];
    if (!features.length) continue;
    const style = HIGHLIGHT_STYLES[kind];
    const common = {
      data: { type: 'FeatureCollection' as const, features },
      pickable: false,
      stroked: true,
      filled: style.fill !== null,
      getFillColor: style.fill ?? [0, 0, 0, 0],
      getLineColor: style.line,
      getLineWidth: style.lineWidthPx,
      lineWidthUnits: 'pixels' as const,
      lineWidthMinPixels: 1,
    };
    if (style.hatched) {
      layers.push(
        new GeoJsonLayer({
          ...common,
          id: `audit:${kind}:hatch`,
          stroked: false,
          getFillColor: style.line,
          extensions: [new FillStyleExtension({ pattern: true, proceduralPattern: true })],
          fillPatternMapping: { hatch: { type: 'hatch', angle: 45, strokeWidth: 2, gap: 5 } },
          fillPatternSizeUnits: 'pixels',
          getFillPattern: () => 'hatch',
          getFillPatternScale: 1,
          getFillPatternBackgroundColor: style.fill ?? [0, 0, 0, 0],
        } as ConstructorParameters<typeof GeoJsonLayer>[0]),
      );
      layers.push(new GeoJsonLayer({ ...common, id: `audit:${kind}`, filled: false }));
    } else if (style.dashed) {
      layers.push(
        new GeoJsonLayer({
          ...common,
          id: `audit:${kind}`,
          extensions: [new PathStyleExtension({ dash: true })],
          getDashArray: [3, 2],
          dashJustified: true,
        } as ConstructorParameters<typeof GeoJsonLayer>[0]),
      );
    } else {
      layers.push(new GeoJsonLayer({ ...common, id: `audit:${kind}` }));
    }
  }
  return layers;
}
