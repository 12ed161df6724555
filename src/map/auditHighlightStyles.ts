// How the reserved-land audit's highlights look on the map: one style per highlight kind and the drawing
// order. The map's audit layers and the audit legend (swatches in the panel and the compliance sheet) both
// read these tables.
import type { HighlightKind } from '../domain/reserved_land/types.ts';

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
export const HIGHLIGHT_DRAW_ORDER: HighlightKind[] = [
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
