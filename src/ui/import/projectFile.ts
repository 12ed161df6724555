// Saving and opening `*.noxh.json` project files, and starting over from the sample data.
// Opening never changes anything until the whole file has been read and migrated; then it is one undoable command.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import { migrateProjectDocument, type ProjectDocument } from '../../domain/model/projectDocument.ts';
import { isUserError } from '../../domain/model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { createSampleProject } from '../../domain/model/createSampleProject.ts';
import { fetchSampleManifest, loadSampleLayers } from '../../state/loadSampleLayers.ts';
import type { AppStore } from '../../state/store.ts';

/** `<title>.noxh.json`, keeping Vietnamese letters but no characters file systems refuse. */
export function projectFileName(title: string): string {
  const clean = title.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
  return `${clean || 'du-an'}.noxh.json`;
}

export function serialiseProject(project: ProjectDocument): string {
  return JSON.stringify(project, null, 2);
}

/** Reads a project file's text; a problem is returned as a message (vi + en), never thrown. */
export function parseProjectFile(text: string): { project: ProjectDocument } | { error: LocalText } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: renderBoth(msg('project.not-json', { detail })) };
  }
  try {
    return { project: migrateProjectDocument(json) };
  } catch (error) {
    if (isUserError(error)) return { error: { vi: error.messageVi, en: error.messageEn } };
    throw error;
  }
}

/** Loads the sample layers the store does not hold yet (after opening a project or starting over). */
export async function loadMissingSampleLayers(project: ProjectDocument, store: AppStore): Promise<void> {
  const { layerData } = store.getState();
  const missing = project.layers.filter((l) => l.source.kind === 'sample' && layerData[l.id]?.status !== 'ready');
  if (missing.length) await loadSampleLayers({ ...project, layers: missing }, store);
}

export function openProject(project: ProjectDocument, store: AppStore): Promise<void> {
  store.run({ type: 'replaceProject', project });
  return loadMissingSampleLayers(project, store);
}

export async function resetToSampleProject(store: AppStore): Promise<ProjectDocument> {
  const manifest = await fetchSampleManifest();
  const project = createSampleProject(manifest);
  await openProject(project, store);
  return project;
}
