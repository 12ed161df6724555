// Meeting slides: the project document keeps them (version 3; versions 1 and 2 still open, with none), each
// edit is a named undoable command, `#slide=n` is read from the address, and playing a slide puts the layers
// and scenario back as saved — one undo step named after the slide.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProjectDocument, migrateProjectDocument, PROJECT_VERSION, type ProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import type { Slide } from '../../../src/domain/slides/slide.ts';
import { execute, startHistory, undo, redo } from '../../../src/state/history.ts';
import { parseUrlState, serialiseUrlState } from '../../../src/state/urlState.ts';
import { showSlideCommand, newSlideId, captureSlide } from '../../../src/state/slideState.ts';
import { stepSlide } from '../../../src/ui/slides/useSlideKeys.ts';
import { AppStore } from '../../../src/state/store.ts';
import { isUserError } from '../../../src/domain/model/userError.ts';
import type { ScoreLayerSpec } from '../../../src/state/overlaySpecs.ts';
import { parcelIndicesOf, parcelRanges, siteRefsOf } from '../../../src/state/comparedSites.ts';

const FIXTURES = 'test/fixtures/project';
const open = (file: string) => migrateProjectDocument(JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')));

const layer = (id: string, visible: boolean): ProjectLayer => ({
  id,
  role: 'industrial_zone',
  title: { vi: `Lớp ${id}`, en: `Layer ${id}` },
  source: { kind: 'inline', data: { type: 'FeatureCollection', features: [] } },
  visible,
  style: {},
  metadata: { illustrative: true, note: { vi: '', en: '' } },
});
const slide = (id: string, title: string, visibleLayerIds: string[], zoom = 10): Slide => ({
  id,
  title,
  caption: `Chú thích ${title}`,
  view: { center: [108.8, 15.1], zoom, bearing: 0, pitch: 0 },
  visibleLayerIds,
});

describe('slides in the project document (version 3)', () => {
  it('slides came with version 3; today\'s documents are version 4 (a cadastre layer kept by file name)', () => expect(PROJECT_VERSION).toBe(4));

  it('opens a version 3 file with its slides: titles, cameras, layers, tab and selection', () => {
    const doc = open('v3-slides.noxh.json');
    expect(doc.version).toBe(PROJECT_VERSION);
    expect(doc.slides?.map((s) => [s.title, s.view.zoom, s.view.bearing, s.view.pitch, s.visibleLayerIds, s.tab])).toEqual([
      ['Tổng quan quỹ đất nhà ở xã hội', 10, 0, 0, ['housing_projects'], 'layers'],
      ['Dự án Cẩm Thành', 14.5, 20, 30, ['housing_projects'], 'targets'],
    ]);
    expect(doc.slides?.[1].selection).toEqual({ layerId: 'housing_projects', featureIndex: 0 });
    // The version 2 part (targets) is kept.
    expect(doc.targets?.length).toBe(2);
  });

  it('upgrades versions 1 and 2 to the current version with no slides, keeping what they had', () => {
    for (const file of ['v1-sample.noxh.json', 'v2-targets.noxh.json']) {
      const doc = open(file);
      expect(doc.version).toBe(PROJECT_VERSION);
      expect(doc.slides).toBeUndefined();
      expect(doc.layers.length).toBeGreaterThan(0);
    }
    // A slides field in an older file is not read (the field did not exist then).
    const v2 = JSON.parse(readFileSync(`${FIXTURES}/v2-targets.noxh.json`, 'utf8')) as Record<string, unknown>;
    expect(migrateProjectDocument({ ...v2, slides: 'junk' }).slides).toBeUndefined();
  });

  it('a saved document round-trips its slides', () => {
    const doc: ProjectDocument = { ...createProjectDocument([layer('a', true)]), slides: [slide('s1', 'Một', ['a']), slide('s2', 'Hai', [])] };
    const back = migrateProjectDocument(JSON.parse(JSON.stringify(doc)));
    expect(back.slides).toEqual(doc.slides);
  });

  it.each([
    ['a camera out of range', { view: { center: [108, 15], zoom: 99, bearing: 0, pitch: 0 } }, 'slides[1].view.zoom'],
    ['a centre that is not lon/lat', { view: { center: [400, 15], zoom: 9 } }, 'slides[1].view.center'],
    ['layers that are not a list', { visibleLayerIds: 'a' }, 'slides[1].visibleLayerIds'],
    ['a selection with a negative index', { selection: { layerId: 'a', featureIndex: -1 } }, 'slides[1].selection.featureIndex'],
  ])('refuses a slide with %s, naming the slide and field', (_name, change, field) => {
    const doc = { ...createProjectDocument([layer('a', true)]), slides: [{ ...slide('s1', 'Một', ['a']), ...change }] };
    try {
      migrateProjectDocument(JSON.parse(JSON.stringify(doc)));
      expect.unreachable();
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      if (isUserError(error)) expect(error.messageVi).toContain(field);
    }
  });
});

describe('slide commands', () => {
  const base = createProjectDocument([layer('a', true), layer('b', false)]);

  it('add, rename, move and delete are named steps, each undone exactly', () => {
    let h = startHistory({ project: base });
    h = execute(h, { type: 'addSlide', slide: slide('s1', 'Tổng quan', ['a']) });
    h = execute(h, { type: 'addSlide', slide: slide('s2', 'Khu công nghiệp', ['b']) });
    h = execute(h, { type: 'addSlide', slide: slide('s3', 'Ứng viên', ['a', 'b']) });
    expect(h.workspace.project.slides?.map((s) => s.id)).toEqual(['s1', 's2', 's3']);

    h = execute(h, { type: 'updateSlide', slideId: 's2', changes: { title: 'KCN Dung Quất' } });
    expect(h.past.at(-1)?.note.vi).toBe('Đổi tên trang chiếu 2: "Khu công nghiệp" → "KCN Dung Quất"');
    h = execute(h, { type: 'moveSlide', slideId: 's3', toIndex: 0 });
    expect(h.past.at(-1)?.note.vi).toBe('Chuyển trang chiếu "Ứng viên" từ vị trí 3 sang 1');
    expect(h.workspace.project.slides?.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    h = execute(h, { type: 'deleteSlide', slideId: 's1' });
    expect(h.past.at(-1)?.note.vi).toBe('Xóa trang chiếu 2 "Tổng quan"');
    expect(h.workspace.project.slides?.map((s) => s.title)).toEqual(['Ứng viên', 'KCN Dung Quất']);

    h = undo(h);
    expect(h.workspace.project.slides?.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    h = undo(h);
    expect(h.workspace.project.slides?.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    h = undo(h);
    expect(h.workspace.project.slides?.[1].title).toBe('Khu công nghiệp');
    h = redo(h);
    expect(h.workspace.project.slides?.[1].title).toBe('KCN Dung Quất');
  });

  it('retaking a slide\'s view is undone back to the old camera', () => {
    let h = startHistory({ project: { ...base, slides: [slide('s1', 'Một', ['a'], 9)] } });
    h = execute(h, { type: 'updateSlide', slideId: 's1', changes: { view: { center: [108.5, 15], zoom: 13, bearing: 30, pitch: 40 }, visibleLayerIds: ['b'] } });
    expect(h.past.at(-1)?.note.vi).toBe('Cập nhật khung nhìn của trang chiếu 1');
    expect(h.workspace.project.slides?.[0].view.zoom).toBe(13);
    h = undo(h);
    expect(h.workspace.project.slides?.[0].view.zoom).toBe(9);
    expect(h.workspace.project.slides?.[0].visibleLayerIds).toEqual(['a']);
  });

  it('playing a slide shows its layers and hides the others as one step named after it; nothing to do gives no step', () => {
    const project = { ...base, slides: [slide('s1', 'Một', ['a']), slide('s2', 'Hai', ['b'])] };
    expect(showSlideCommand(project, 0)).toBeNull();
    const command = showSlideCommand(project, 1);
    let h = execute(startHistory({ project }), command!);
    expect(h.past.at(-1)?.note.vi).toBe('Mở trang chiếu 2 "Hai"');
    expect(h.workspace.project.layers.map((l) => [l.id, l.visible])).toEqual([['a', false], ['b', true]]);
    h = undo(h);
    expect(h.workspace.project.layers.map((l) => [l.id, l.visible])).toEqual([['a', true], ['b', false]]);
  });

  it('a slide saves the camera, the visible layers, the tab, the scenario and the selection', () => {
    const store = new AppStore({ ...base, activeScenarioId: 'balanced' }, 'vi');
    store.setActiveTab('scoring');
    store.select({ layerId: 'a', featureIndex: 4 });
    const view = { center: [108.7, 15.2] as [number, number], zoom: 12.25, bearing: 15, pitch: 20 };
    const saved = captureSlide(store.getState(), view, newSlideId(base, 1), 'Ba');
    expect(saved).toEqual({ id: saved.id, title: 'Ba', caption: '', view, visibleLayerIds: ['a'], tab: 'scoring', scenarioId: 'balanced', selection: { layerId: 'a', featureIndex: 4 } });
    // The project open in the audit is saved when the slide shows the audit tab, and read back from the file.
    store.setActiveTab('audit');
    store.setAuditProject('TM-07');
    const audit = captureSlide(store.getState(), view, 'a1', 'Rà soát');
    expect(audit.auditProjectId).toBe('TM-07');
    const reread = migrateProjectDocument(JSON.parse(JSON.stringify({ ...base, slides: [audit] })));
    expect(reread.slides?.[0]).toEqual(audit);
    store.setActiveTab('layers');
    expect(captureSlide(store.getState(), view, 'a2', 'Lớp').auditProjectId).toBeUndefined();
    const withOne = { ...base, slides: [saved] };
    expect(newSlideId(withOne, 1)).not.toBe(saved.id);
  });
});

describe('stepping and the address', () => {
  it('steps forward and back within the slides; from none, forward opens the first', () => {
    expect(stepSlide(null, 3, 1)).toBe(0);
    expect(stepSlide(0, 3, 1)).toBe(1);
    expect(stepSlide(2, 3, 1)).toBeNull();
    expect(stepSlide(0, 3, -1)).toBeNull();
    expect(stepSlide(2, 3, -1)).toBe(1);
    expect(stepSlide(null, 0, 1)).toBeNull();
  });

  it('#…&slide=<n> opens slide n (1-based); anything else is ignored', () => {
    expect(parseUrlState('#map=9.00/15.00000/108.00000&slide=2').slide).toBe(2);
    expect(serialiseUrlState({ language: 'vi', slide: 3 })).toBe('#lang=vi&slide=3');
    expect(parseUrlState(serialiseUrlState({ slide: 12 })).slide).toBe(12);
    for (const bad of ['#slide=0', '#slide=-1', '#slide=1.5', '#slide=abc', '#slide=']) expect(parseUrlState(bad).slide).toBeUndefined();
  });
});

describe('a slide keeps the sites ticked for comparison', () => {
  const base = createProjectDocument([layer('a', true), layer('b', true)]);
  const square = (x: number) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[x, 15], [x + 0.001, 15], [x + 0.001, 15.001], [x, 15.001], [x, 15]]] } });
  const first = { type: 'FeatureCollection' as const, features: [0, 1, 2].map((i) => square(108.8 + i * 0.01)) };
  const second = { type: 'FeatureCollection' as const, features: [0, 1].map((i) => square(108.9 + i * 0.01)) };
  const spec = (compare: number[]): ScoreLayerSpec => ({
    kind: 'score-layer', candidateLayers: [{ id: 'a', data: first }, { id: 'b', data: second }], offsets: { a: 0, b: 3 },
    scores: new Float64Array(5), ranks: new Float64Array(5), excludedBy: new Int16Array(5), breaks: [], probability: null,
    names: [], constraintReasons: [], topN: 10, compare,
  });
  const view = { center: [108.7, 15.2] as [number, number], zoom: 12, bearing: 0, pitch: 0 };

  it('saves them by layer and feature (A, B, … in order) when the project has scores, none when it has not', () => {
    const store = new AppStore(base, 'vi');
    expect(captureSlide(store.getState(), view, 's0', 'Chưa chấm').compare).toBeUndefined();
    store.setDerivedLayer('score-result', spec([4, 1]));
    const saved = captureSlide(store.getState(), view, 's1', 'So sánh');
    expect(saved.compare).toEqual([{ layerId: 'b', featureIndex: 1 }, { layerId: 'a', featureIndex: 1 }]);
    store.setDerivedLayer('score-result', spec([]));
    expect(captureSlide(store.getState(), view, 's2', 'Không so sánh').compare).toEqual([]);
    // Back to parcel indices, also after a candidate layer is added before them; a site whose layer is gone is dropped.
    const ranges = [{ layerId: 'new', offset: 0, count: 7 }, { layerId: 'a', offset: 7, count: 3 }, { layerId: 'b', offset: 10, count: 2 }];
    expect(parcelIndicesOf(saved.compare!, ranges)).toEqual([11, 8]);
    expect(parcelIndicesOf(saved.compare!, ranges.filter((r) => r.layerId !== 'b'))).toEqual([8]);
    expect(siteRefsOf([4, 1, 99], parcelRanges(spec([])))).toEqual(saved.compare);
  });

  it('is an optional field of version 4: read from the file when present, absent in older slides, refused when malformed', () => {
    const withCompare = { ...slide('s1', 'So sánh', ['a']), compare: [{ layerId: 'b', featureIndex: 1 }, { layerId: 'a', featureIndex: 0 }] };
    const doc = migrateProjectDocument(JSON.parse(JSON.stringify({ ...base, slides: [withCompare, slide('s2', 'Cũ', ['a'])] })));
    expect(doc.version).toBe(4);
    expect(doc.slides?.[0].compare).toEqual(withCompare.compare);
    expect(doc.slides?.[1]).not.toHaveProperty('compare');
    expect(open('v4-cadastre.noxh.json').slides?.every((s) => s.compare === undefined)).toBe(true);
    const refused = (compare: unknown) => {
      try {
        migrateProjectDocument(JSON.parse(JSON.stringify({ ...base, slides: [{ ...slide('s1', 'x', ['a']), compare }] })));
        return null;
      } catch (error) {
        return isUserError(error) ? error.message : String(error);
      }
    };
    expect(refused([{ layerId: 'a', featureIndex: -1 }])).toContain('slides[1].compare[1].featureIndex');
    expect(refused('A, B')).toContain('slides[1].compare');
    expect(refused([0, 1, 2, 3, 4].map((i) => ({ layerId: 'a', featureIndex: i })))).toContain('slides[1].compare');
  });
});
