// The bundled illustrative dataset is described by data/manifest.json (one entry a layer, in draw order).

import type { LayerRole, LocalText } from './layerRoles.ts';
import type { LayerMetadata } from './projectDocument.ts';

export interface SampleLayerEntry {
  id: string;
  role: LayerRole;
  /** File name inside data/, e.g. `industrial_zones.geojson`. */
  file: string;
  title: LocalText;
  /** Shown on by default when the app opens. */
  visible: boolean;
  metadata: LayerMetadata;
}

export interface SampleManifest {
  title: LocalText;
  note: LocalText;
  layers: SampleLayerEntry[];
}
