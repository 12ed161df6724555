// The overlays of a meeting package back into overlay specs (the score map needs the candidate layers' data,
// by identity, and its typed arrays), and the other way (MeetingPackageButton.tsx).
import type { FeatureCollection } from 'geojson';
import type { PackagedOverlay } from '../../domain/slides/meetingPackage.ts';
import type { OverlaySpec } from '../../state/overlaySpecs.ts';
import type { LayerData } from '../../state/store.ts';

export function overlaysFromPackage(overlays: Record<string, PackagedOverlay> | undefined, layerData: Record<string, LayerData>): Record<string, OverlaySpec> {
  const specs: Record<string, OverlaySpec> = {};
  for (const [key, packaged] of Object.entries(overlays ?? {})) {
    if (packaged.kind === 'features') {
      const spec = packaged.spec as OverlaySpec;
      if (spec && (spec.kind === 'audit' || spec.kind === 'drawn-site')) specs[key] = spec;
      continue;
    }
    const candidateLayers: { id: string; data: FeatureCollection }[] = [];
    for (const id of packaged.candidateLayerIds) {
      const data = layerData[id];
      if (data?.status === 'ready') candidateLayers.push({ id, data: data.data });
    }
    if (candidateLayers.length !== packaged.candidateLayerIds.length) continue;
    specs[key] = {
      kind: 'scores',
      candidateLayers,
      offsets: packaged.offsets,
      values: Float64Array.from(packaged.values, (v) => (v === null ? NaN : v)),
      excludedBy: Int16Array.from(packaged.excludedBy),
      mode: packaged.mode,
      version: 1,
    };
  }
  return specs;
}

export function overlaysToPackage(overlays: Record<string, OverlaySpec>): Record<string, PackagedOverlay> {
  const packaged: Record<string, PackagedOverlay> = {};
  for (const [key, spec] of Object.entries(overlays)) {
    if (spec.kind === 'scores') {
      packaged[key] = {
        kind: 'scores',
        candidateLayerIds: spec.candidateLayers.map((l) => l.id),
        offsets: spec.offsets,
        values: Array.from(spec.values, (v) => (Number.isFinite(v) ? v : null)),
        excludedBy: Array.from(spec.excludedBy),
        mode: spec.mode,
      };
    } else if (spec.kind === 'audit') {
      packaged[key] = { kind: 'features', spec };
    }
  }
  return packaged;
}
