// The sample project (data/manifest.json) with its layers loaded from data/, as the app holds it.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { createSampleProject } from '../../../src/domain/model/createSampleProject.ts';
import type { SampleManifest } from '../../../src/domain/model/sampleManifest.ts';
import type { LayerData } from '../../../src/state/store.ts';

export const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as SampleManifest;
export const sampleProject = createSampleProject(manifest);

export function loadedSampleLayers(): Record<string, LayerData> {
  const layerData: Record<string, LayerData> = {};
  for (const entry of manifest.layers) {
    const data = JSON.parse(readFileSync(`data/${entry.file}`, 'utf8')) as FeatureCollection;
    layerData[entry.id] = { status: 'ready', data, dataUrl: `data/${entry.file}`, invalidCount: 0 };
  }
  return layerData;
}
