// Loads the bundled illustrative dataset. Vite turns every data/ file into a same-origin asset URL,
// so the app works with no internet at all.
import type { FeatureCollection } from 'geojson';
import type { SampleManifest } from '../domain/model/sampleManifest.ts';
import type { ProjectDocument } from '../domain/model/projectDocument.ts';
import { validateLayerData } from '../domain/model/validateLayerData.ts';
import { isUserError } from '../domain/model/userError.ts';
import type { AppStore } from './store.ts';
import { msg } from '../i18n/message.ts';
import { renderBoth } from '../i18n/renderMessage.ts';

const SAMPLE_URLS = import.meta.glob('../../data/*.{geojson,json}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function sampleUrl(file: string): string | undefined {
  return SAMPLE_URLS[`../../data/${file}`];
}

export async function fetchSampleManifest(): Promise<SampleManifest> {
  const url = sampleUrl('manifest.json');
  if (!url) throw new Error('data/manifest.json is missing from the build');
  const response = await fetch(url);
  return (await response.json()) as SampleManifest;
}

/** Fetches and validates every sample layer of the project, reporting each one to the store as it arrives. */
export async function loadSampleLayers(project: ProjectDocument, store: AppStore): Promise<void> {
  await Promise.all(
    project.layers.map(async (layer) => {
      if (layer.source.kind !== 'sample') return;
      store.setLayerData(layer.id, { status: 'loading' });
      const url = sampleUrl(layer.source.file);
      try {
        if (!url) throw new Error(`missing file data/${layer.source.file}`);
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const raw: unknown = await response.json();
        const { valid, invalid } = validateLayerData(raw, layer.title.vi);
        for (const bad of invalid) console.warn(`Layer ${layer.id}: feature ${bad.featureIndex} rejected: ${bad.reasons.join('; ')}`);
        const data: FeatureCollection = { type: 'FeatureCollection', features: valid };
        // The map's own copy must have the same feature order as `data`, so clicks map back by index.
        const dataUrl = invalid.length === 0 ? new URL(url, window.location.href).href : URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }));
        store.setLayerData(layer.id, { status: 'ready', data, dataUrl, invalidCount: invalid.length });
      } catch (error) {
        const detail = isUserError(error) ? { vi: error.messageVi, en: error.messageEn } : { vi: String(error), en: String(error) };
        store.setLayerData(layer.id, { status: 'error', message: renderBoth(msg('sample.layer-load-failed', { title: layer.title, detail })) });
      }
    }),
  );
}
