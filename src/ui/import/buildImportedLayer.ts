// Turns a reviewed import (features, role, title, field mapping) into the project layer the store adds:
// inline data, the role properties filled from the mapped fields, and a note saying which file it came from.
import type { Feature } from 'geojson';
import type { LayerRole } from '../../domain/model/layerRoles.ts';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { applyFieldMapping } from '../../domain/import/applyFieldMapping.ts';
import type { FieldMapping } from '../../domain/import/guessFieldMapping.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';

export interface ImportedLayerInput {
  features: Feature[];
  role: LayerRole;
  title: string;
  mapping: FieldMapping;
  /** File names the layer was read from, for the layer's note. */
  fileNames: string[];
  /** CRS label of the source, shown in the note. */
  crsLabel?: { vi: string; en: string };
  /** Existing layer ids, so the new id is unique. */
  takenIds: string[];
}

/** ASCII, lowercase, dash-separated: safe in URLs (the layer list in the hash) and file names. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'lop';
}

/**
 * Every imported layer's id starts with this (since the import UI's first version, so saved projects
 * have it too). Other inline layers — the drawn sites, a sample layer whose parcel shape was edited —
 * never do: the id is how the app tells the user's imported data apart.
 */
export const IMPORTED_LAYER_ID_PREFIX = 'import-';

/** True for a layer the user imported from a file (not a sample, drawn or edited-sample layer). */
export function isImportedLayer(layer: ProjectLayer): boolean {
  return layer.source.kind === 'inline' && layer.id.startsWith(IMPORTED_LAYER_ID_PREFIX);
}

export function buildImportedLayer(input: ImportedLayerInput): ProjectLayer {
  const base = `${IMPORTED_LAYER_ID_PREFIX}${slugify(input.title)}`;
  let id = base;
  for (let n = 2; input.takenIds.includes(id); n++) id = `${base}-${n}`;
  const mapping = Object.fromEntries(Object.entries(input.mapping).filter(([, field]) => field));
  const features = Object.keys(mapping).length ? applyFieldMapping(input.features, mapping) : input.features;
  const files = input.fileNames.join(', ');
  const title = input.title.trim() || files;
  return {
    id,
    role: input.role,
    title: { vi: title, en: title },
    source: { kind: 'inline', data: { type: 'FeatureCollection', features } },
    visible: true,
    style: {},
    metadata: {
      illustrative: false,
      note: renderBoth(msg('import-dialog.imported-from', { files, crs: input.crsLabel ?? null })),
      source: files,
    },
  };
}
