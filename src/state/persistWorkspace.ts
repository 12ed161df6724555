// Autosave of the workspace: the project document (imported layers inline) goes to IndexedDB a moment after every
// change and is reopened at start-up. A saved document that cannot be read is set aside (downloadable), never fatal.
import { del, get, set } from 'idb-keyval';
import { migrateProjectDocument, type ProjectDocument } from '../domain/model/projectDocument.ts';
import type { AppStore } from './store.ts';
import { isUserError, UserError } from '../domain/model/userError.ts';
import { msg, type Message } from '../i18n/message.ts';

const KEY = 'noxh-atlas:workspace';
/**
 * A save still pending when the page goes away (a reload 0.3 s after Confirm): IndexedDB does not finish a write
 * started while the page unloads, so the record is also put in localStorage, synchronously, and taken over at the next
 * start when it is newer than the IndexedDB one. A workspace too big for localStorage still relies on IndexedDB.
 */
const PENDING_KEY = 'noxh-atlas:workspace-pending';
const BROKEN_KEY = 'noxh-atlas:workspace-broken';

interface SavedWorkspace {
  savedAt: string;
  project: ProjectDocument;
}

/**
 * A workspace that failed to load (or made the app fail), set aside under its own key so that the next autosave
 * does not overwrite it: the app starts with the sample and offers the copy for download until it is discarded.
 */
export interface BrokenWorkspace {
  savedAt: string;
  /** The saved record as it was read (not trusted: it is only serialised for download). */
  saved: unknown;
  /** Why it could not be opened; null when the app failed while showing it (error boundary). */
  problem: Message | null;
}

/**
 * Reads the autosaved project, migrated to the current version; null when there is none. A saved document that
 * cannot be read is set aside as the broken workspace (see loadBrokenWorkspace) and null is returned.
 */
export async function loadAutosavedProject(): Promise<ProjectDocument | null> {
  let saved = await get<unknown>(KEY);
  const pending = takePending();
  if (pending && (!isRecord(saved) || typeof saved.savedAt !== 'string' || String(pending.savedAt) > saved.savedAt)) {
    saved = pending;
    await set(KEY, pending).catch((error: unknown) => console.warn('NOXH Atlas: the pending save could not be stored', error));
  }
  if (!saved) return null;
  try {
    if (typeof saved !== 'object' || !('project' in saved)) throw new UserError(msg('project.not-object'));
    return migrateProjectDocument(saved.project);
  } catch (error) {
    console.warn('NOXH Atlas: the autosaved project could not be read; it is set aside and the sample opens.', error);
    await setAside(saved, isUserError(error) ? error.userMessage : null);
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The record a page left in localStorage as it went away, removed from there (it is unvalidated, as any saved record). */
function takePending(): Record<string, unknown> | null {
  try {
    const text = typeof localStorage === 'undefined' ? null : localStorage.getItem(PENDING_KEY);
    if (text === null) return null;
    localStorage.removeItem(PENDING_KEY);
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

async function setAside(saved: unknown, problem: Message | null): Promise<void> {
  const savedAt = typeof saved === 'object' && saved && 'savedAt' in saved && typeof saved.savedAt === 'string' ? saved.savedAt : '?';
  const broken: BrokenWorkspace = { savedAt, saved, problem };
  await set(BROKEN_KEY, broken);
  await del(KEY);
}

/** Sets the current autosaved workspace aside as broken (the error boundary's "start over"); the next load opens the sample. */
export async function setAsideAutosavedWorkspace(): Promise<void> {
  const saved = await get<unknown>(KEY);
  if (saved) await setAside(saved, null);
}

/** The workspace set aside by a failed load, if any (offered for download on every load until discarded). */
export async function loadBrokenWorkspace(): Promise<BrokenWorkspace | null> {
  return (await get<BrokenWorkspace>(BROKEN_KEY)) ?? null;
}

export function discardBrokenWorkspace(): Promise<void> {
  return del(BROKEN_KEY);
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
  const write = (unloading = false) => {
    timer = null;
    const project = store.getState().history.workspace.project;
    const saved: SavedWorkspace = { savedAt: new Date().toISOString(), project };
    if (unloading) {
      try {
        localStorage.setItem(PENDING_KEY, JSON.stringify(saved));
      } catch (error) {
        console.warn('NOXH Atlas: the last changes did not fit in localStorage; IndexedDB may not finish before the page closes', error);
      }
    }
    // Through a promise: without IndexedDB at all, idb-keyval throws synchronously.
    Promise.resolve().then(() => set(KEY, saved)).then(
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
    timer = setTimeout(() => write(), delayMs);
  });
  // A reload or a closed tab right after an edit (before the delay) still saves it.
  const flush = (unloading: boolean) => {
    if (!timer) return;
    clearTimeout(timer);
    write(unloading);
  };
  const onPageHide = () => flush(true);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
  return () => {
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
    unsubscribe();
    flush(false);
  };
}
