import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AppStore } from '../../../src/state/store.ts';
import { createProjectDocument, migrateProjectDocument } from '../../../src/domain/model/projectDocument.ts';
import { parseUrlState, serialiseUrlState } from '../../../src/state/urlState.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

describe('presentation mode: state, URL and saved settings', () => {
  it('is session state in the store, entered and left without touching the undo history', () => {
    const store = new AppStore(createProjectDocument([]), 'vi');
    expect(store.getState().presentation.active).toBe(false);
    store.setPresentationActive(true);
    expect(store.getState().presentation.active).toBe(true);
    expect(store.getState().history.past).toHaveLength(0);
    store.setPresentationActive(false);
    expect(store.getState().presentation.active).toBe(false);
  });

  it('round-trips mode=present in the URL; anything else is ignored', () => {
    const hash = serialiseUrlState({ center: [108.8, 15.1], zoom: 10, mode: 'present' });
    expect(hash).toContain('&mode=present');
    expect(parseUrlState(hash).mode).toBe('present');
    expect(parseUrlState('#map=10/15.1/108.8&mode=edit').mode).toBeUndefined();
    expect(parseUrlState('#map=10/15.1/108.8').mode).toBeUndefined();
  });

  it('saves the title and subtitle in the project as an undoable edit', () => {
    const store = new AppStore(createProjectDocument([]), 'vi');
    store.run({ type: 'setPresentationText', title: 'Quỹ đất NOXH', subtitle: 'Họp UBND tỉnh' });
    expect(store.getState().history.workspace.project.presentation).toEqual({ title: 'Quỹ đất NOXH', subtitle: 'Họp UBND tỉnh' });
    expect(store.getState().history.past.at(-1)?.note.vi).toBe('Đặt tiêu đề trình chiếu "Quỹ đất NOXH"');
    store.undo();
    expect(store.getState().history.workspace.project.presentation ?? { title: '', subtitle: '' }).toEqual({ title: '', subtitle: '' });
  });

  it('keeps the settings through a save and reload; older files (no settings) keep opening', () => {
    const project = { ...createProjectDocument([]), presentation: { title: 'Bản đồ quỹ đất', subtitle: 'Tháng 12/2026' } };
    expect(migrateProjectDocument(JSON.parse(JSON.stringify(project))).presentation).toEqual(project.presentation);
    for (const file of ['v1-sample.noxh.json', 'v2-targets.noxh.json']) {
      const old = migrateProjectDocument(JSON.parse(readFileSync(`test/fixtures/project/${file}`, 'utf8')));
      expect(old.presentation).toBeUndefined();
    }
  });

  it('rejects a malformed presentation field with a message naming the field', () => {
    const bad = { ...createProjectDocument([]), presentation: { title: 42 } };
    try {
      migrateProjectDocument(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).messageVi).toContain('presentation.title');
    }
  });
});
