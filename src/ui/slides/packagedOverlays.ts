// What the map showed beyond the project's layers, into a meeting package and back (MeetingPackageButton.tsx,
// the viewer): the audited project's overlay as it is, and each score layer's values (the typed arrays as JSON;
// the parcels are the candidate layers', found again by id and identity in the viewer's loaded data).
import type { FeatureCollection } from 'geojson';
import { packageScoreValues, type PackagedOverlay, type PackagedScoreLayer } from '../../domain/slides/meetingPackage.ts';
import type { OverlaySpec, ScoreLayerSpec } from '../../state/overlaySpecs.ts';
import type { LayerData } from '../../state/store.ts';

const fromJson = (values: (number | null)[]) => Float64Array.from(values, (v) => (v === null ? NaN : v));

export function overlaysFromPackage(overlays: Record<string, PackagedOverlay> | undefined): Record<string, OverlaySpec> {
  const specs: Record<string, OverlaySpec> = {};
  for (const [key, packaged] of Object.entries(overlays ?? {})) {
    const spec = packaged.spec as OverlaySpec;
    if (spec && (spec.kind === 'audit' || spec.kind === 'drawn-site')) specs[key] = spec;
  }
  return specs;
}

export function overlaysToPackage(overlays: Record<string, OverlaySpec>): Record<string, PackagedOverlay> {
  const packaged: Record<string, PackagedOverlay> = {};
  for (const [key, spec] of Object.entries(overlays)) if (spec.kind === 'audit') packaged[key] = { kind: 'features', spec };
  return packaged;
}

export function scoreLayersToPackage(derived: Record<string, ScoreLayerSpec>): Record<string, PackagedScoreLayer> {
  const packaged: Record<string, PackagedScoreLayer> = {};
  for (const [layerId, spec] of Object.entries(derived)) packaged[layerId] = packageScoreValues(spec.candidateLayers.map((l) => l.id), spec);
  return packaged;
}

/** The score layers of a package; one whose candidate layers are not all loaded is left out. */
export function scoreLayersFromPackage(packaged: Record<string, PackagedScoreLayer> | undefined, layerData: Record<string, LayerData>): Record<string, ScoreLayerSpec> {
  const specs: Record<string, ScoreLayerSpec> = {};
  for (const [layerId, p] of Object.entries(packaged ?? {})) {
    const candidateLayers: { id: string; data: FeatureCollection }[] = [];
    for (const id of p.candidateLayerIds) {
      const data = layerData[id];
      if (data?.status === 'ready') candidateLayers.push({ id, data: data.data });
    }
    if (candidateLayers.length !== p.candidateLayerIds.length) continue;
    specs[layerId] = {
      kind: 'score-layer',
      candidateLayers,
      offsets: p.offsets,
      scores: fromJson(p.scores),
      ranks: fromJson(p.ranks),
      excludedBy: Int16Array.from(p.excludedBy),
      breaks: p.breaks,
      probability: p.probability ? { values: fromJson(p.probability.values), topK: p.probability.topK } : null,
      names: p.names,
      constraintReasons: p.constraintReasons,
      topN: p.topN,
      compare: p.compare,
    };
  }
  return specs;
}
