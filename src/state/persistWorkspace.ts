// Autosave of the workspace: the project document (imported layers inline) goes to IndexedDB a moment after every
// change and is reopened at start-up. A saved document that cannot be read is ignored (with a warning), never fatal.
import { get, set } from 'idb-keyval';
import { migrateProjectDocument, type ProjectDocument } from '../domain/model/projectDocument.ts';
import type { AppStore } from './store.ts';

const KEY = 'noxh-atlas:workspace';

interface SavedWorkspace {
  savedAt: string;
  project: ProjectDocument;
}

/** Reads the autosaved project, migrated to the current version; null when there is none or it is unreadable. */
export async function loadAutosavedProject(): Promise<ProjectDocument | null> {
  try {
    const saved = await get<SavedWorkspace>(KEY);
    if (!saved) return null;
    return migrateProjectDocument(saved.project);
  } catch (error) {
    console.warn('NOXH Atlas: the autosaved project could not be read and is ignored.', error);
    return null;
  }
}

/**
 * Saves the project `delayMs` after the last change (debounced: a burst of edits is one write).
 * Only the project document is saved — layer data of sample layers is reloaded from the app's files.
 * How it went is the store's `autosave` status (so each app has its own).
 * Returns a function that stops autosaving (and flushes a pending write).
 */
export function startAutosave(store: AppStore, delayMs = 800): () => void {
  let last = store.getState().history.workspace.project;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    timer = null;
    const project = store.getState().history.workspace.project;
    const saved: SavedWorkspace = { savedAt: new Date().toISOString(), project };
    set(KEY, saved).then(
      () => store.setAutosaveStatus({ savedAt: new Date(saved.savedAt), error: null }),
      (error: unknown) => {
        console.warn('NOXH Atlas: autosave failed', error);
        store.setAutosaveStatus({ savedAt: store.getState().autosave.savedAt, error: String(error) });
      },
    );
  };
  const unsubscribe = store.subscribe(() => {
    const project = store.getState().history.workspace.project;
    if (project === last) return;
    last = project;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer) {
      clearTimeout(timer);
      write();
    }
  };
}
