// The excluded parcels' hatch for a cadastre's one fill layer, drawn by the GPU: a parcel coloured
// EXCLUDED_MARKED (the excluded grey with an alpha no other colour uses) gets diagonal stripes in screen pixels,
// the same look as the FillStyleExtension hatch the feature path draws over excluded parcels
// (buildScoreLayers.ts: 45°, 1.5 px lines every 4 px, EXCLUDED_HATCH on EXCLUDED_FILL). No second layer and no
// second copy of 2M parcels' geometry: the mark travels in the per-vertex colours the layer already has.
import { LayerExtension } from '@deck.gl/core';
import { EXCLUDED_FILL, EXCLUDED_HATCH, type Rgba } from './scoreColors.ts';

/** The alpha that marks a parcel to hatch: one below the plain excluded grey's (a fill no class colour uses). */
export const HATCH_MARK_ALPHA = 149;
export const EXCLUDED_MARKED: Rgba = [EXCLUDED_FILL[0], EXCLUDED_FILL[1], EXCLUDED_FILL[2], HATCH_MARK_ALPHA];

const glslColor = (c: Rgba) => `vec4(${c.map((v) => `${v.toFixed(1)}`).join(', ')}) / 255.0`;
// Lines 1.5 px wide with 4 px gaps at 45°: along x + y the period is (1.5 + 4) · √2 and a line (1.5) · √2.
const PERIOD_PX = (5.5 * Math.SQRT2).toFixed(3);
const LINE_PX = (1.5 * Math.SQRT2).toFixed(3);

const HATCH_FS = /* glsl */ `
  if (picking.isActive < 0.5 && abs(color.a * 255.0 - ${HATCH_MARK_ALPHA.toFixed(1)}) < 0.5) {
    color = mod(gl_FragCoord.x + gl_FragCoord.y, ${PERIOD_PX}) < ${LINE_PX} ? ${glslColor(EXCLUDED_HATCH)} : ${glslColor(EXCLUDED_FILL)};
  }
`;

export class MarkedHatchExtension extends LayerExtension {
  static override extensionName = 'MarkedHatchExtension';

  override getShaders() {
    return { inject: { 'fs:DECKGL_FILTER_COLOR': HATCH_FS } };
  }
}
