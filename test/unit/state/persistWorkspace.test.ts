// The autosave against an in-memory idb-keyval: a workspace that does not validate is set aside (downloadable) and
// the sample opens; a failed write — full disk, no IndexedDB at all — is the store's autosave error, never a success.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { AppStore } from '../../../src/state/store.ts';
import { createProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import {
  discardBrokenWorkspace, loadAutosavedProject, loadBrokenWorkspace, setAsideAutosavedWorkspace, startAutosave,
} from '../../../src/state/persistWorkspace.ts';

const db = vi.hoisted(() => ({ data: new Map<string, unknown>(), failSet: null as null | 'reject' | 'throw', failGet: false }));
vi.mock('idb-keyval', () => ({
  get: (key: string) => (db.failGet ? Promise.reject(new Error('UnknownError: Internal error opening backing store')) : Promise.resolve(db.data.get(key))),
  set: (key: string, value: unknown) => {
    if (db.failSet === 'throw') throw new ReferenceError('indexedDB is not defined');
    if (db.failSet === 'reject') return Promise.reject(new Error('QuotaExceededError'));
    db.data.set(key, value);
    return Promise.resolve();
  },
  del: (key: string) => (db.data.delete(key), Promise.resolve()),
}));

const tampered = JSON.parse(readFileSync('test/fixtures/project/tampered/inline-data-42.noxh.json', 'utf8')) as unknown;

beforeEach(() => {
  db.data.clear();
  db.failSet = null;
  db.failGet = false;
});
afterEach(() => vi.useRealTimers());

describe('a workspace that fails to load', () => {
  it('is set aside with its problem, the sample opens (null), and it is offered until discarded', async () => {
    db.data.set('noxh-atlas:workspace', { savedAt: '2026-12-05T06:00:00.000Z', project: tampered });
    await expect(loadAutosavedProject()).resolves.toBeNull();
    const broken = await loadBrokenWorkspace();
    expect(broken).toMatchObject({ savedAt: '2026-12-05T06:00:00.000Z', saved: { project: tampered }, problem: { code: 'project.field-invalid' } });
    // The next load: nothing to open, the broken copy still offered (the sample's autosave cannot overwrite it).
    await expect(loadAutosavedProject()).resolves.toBeNull();
    await expect(loadBrokenWorkspace()).resolves.not.toBeNull();
    await discardBrokenWorkspace();
    await expect(loadBrokenWorkspace()).resolves.toBeNull();
  });

  it('a valid one opens; "start over" from the error boundary sets it aside without a problem', async () => {
    const project = createProjectDocument([]);
    db.data.set('noxh-atlas:workspace', { savedAt: '2026-12-05T07:00:00.000Z', project });
    await expect(loadAutosavedProject()).resolves.toMatchObject({ title: project.title });
    await setAsideAutosavedWorkspace();
    await expect(loadAutosavedProject()).resolves.toBeNull();
    await expect(loadBrokenWorkspace()).resolves.toMatchObject({ savedAt: '2026-12-05T07:00:00.000Z', problem: null });
  });

  it('IndexedDB that cannot open is an error for the caller (main.tsx shows it as the autosave error)', async () => {
    db.failGet = true;
    await expect(loadAutosavedProject()).rejects.toThrow(/backing store/);
  });
});

describe('a failed autosave is said, not shown as saved', () => {
  it.each([['a full disk', 'reject', /QuotaExceededError/], ['no IndexedDB at all', 'throw', /indexedDB is not defined/]] as const)(
    '%s: the store holds the error and no save time',
    async (_name, failure, pattern) => {
      vi.useFakeTimers();
      db.failSet = failure;
      const store = new AppStore(createProjectDocument([]), 'vi');
      const stop = startAutosave(store, 100);
      store.run({ type: 'replaceProject', project: { ...createProjectDocument([]), title: 'Khác' } });
      await vi.advanceTimersByTimeAsync(200);
      expect(store.getState().autosave.savedAt).toBeNull();
      expect(store.getState().autosave.error).toMatch(pattern);
      stop();
    },
  );
});
