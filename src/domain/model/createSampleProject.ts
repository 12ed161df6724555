// The sample manifest (data/manifest.json) → a project document whose layers point at the bundled files.
import { createProjectDocument, type ProjectDocument } from './projectDocument.ts';
import type { SampleManifest } from './sampleManifest.ts';
import { isLayerRole } from './layerRoles.ts';
import { UserError } from './userError.ts';
import { msg } from '../../i18n/message.ts';

export function createSampleProject(manifest: SampleManifest): ProjectDocument {
  const layers = manifest.layers.map((entry, index) => {
    if (!isLayerRole(entry.role)) {
      throw new UserError(msg('sample.role-invalid', { entryIndex: index, role: String(entry.role) }));
    }
    return {
      id: entry.id,
      role: entry.role,
      title: entry.title,
      source: { kind: 'sample' as const, file: entry.file },
      visible: entry.visible,
      style: {},
      metadata: entry.metadata,
    };
  });
  return createProjectDocument(layers);
}
