// The selected project's audit for the map (an `audit` overlay spec for store.setOverlay('audit', …)) and
// its legend: the kinds present with their totals, and each kind's swatch drawn like the map draws it
// (styles in src/map/auditHighlightStyles.ts). Pure functions of the project audit.
import { bbox } from '@turf/turf';
import type { HighlightKind, ProjectAudit } from '../../domain/reserved_land/types.ts';
import type { AuditOverlaySpec } from '../../state/overlaySpecs.ts';
import { HIGHLIGHT_DRAW_ORDER, HIGHLIGHT_STYLES } from '../../map/auditHighlightStyles.ts';

type Rgba = [number, number, number, number];

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
  return HIGHLIGHT_DRAW_ORDER.map((kind) => {
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

/** What the map draws for the selected project (nothing when none is selected). */
export function buildAuditOverlay(project: ProjectAudit | null, hidden: ReadonlySet<HighlightKind> = new Set()): AuditOverlaySpec | null {
  return project ? { kind: 'audit', highlights: project.highlights, hiddenKinds: [...hidden] } : null;
}
