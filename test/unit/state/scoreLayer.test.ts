// The score layer in the project document: an entry with no features of its own (source "scenario-result"),
// titled after the active scenario, moved and hidden like any layer, saved and reopened without geometry.
import { describe, expect, it } from 'vitest';
import { createProjectDocument, migrateProjectDocument, type ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { createScoreLayer, isDerivedLayer, SCORE_LAYER_ID } from '../../../src/domain/model/scoreResultLayer.ts';
import { execute, startHistory, undo } from '../../../src/state/history.ts';
import { URBAN_LOW_INCOME, WORKER_HOUSING } from '../../../src/domain/scoring/presets.ts';
import { collectScoringInput } from '../../../src/ui/scoring/collectScoringInput.ts';
import type { LayerData } from '../../../src/state/store.ts';

const parcels: ProjectLayer = {
  id: 'candidate_sites',
  role: 'candidate_site',
  title: { vi: 'Khu đất đề xuất', en: 'Candidate sites' },
  source: { kind: 'inline', data: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'P1' }, geometry: { type: 'Point', coordinates: [108.8, 15.1] } }] } },
  visible: true,
  style: {},
  metadata: { illustrative: true, note: { vi: '', en: '' } },
};

describe('the score layer in the project document', () => {
  it('is titled after the active scenario, and follows a change of scenario (and its undo)', () => {
    const layer = createScoreLayer(WORKER_HOUSING.label);
    expect(layer.title.vi).toBe(`Kết quả chấm điểm: ${WORKER_HOUSING.label.vi}`);
    expect(layer.title.en).toBe(`Score result: ${WORKER_HOUSING.label.en}`);
    let h = startHistory({ project: createProjectDocument([parcels]) });
    h = execute(h, { type: 'addLayer', layer });
    h = execute(h, { type: 'setActiveScenario', scenarioId: URBAN_LOW_INCOME.id });
    const title = () => h.workspace.project.layers.find(isDerivedLayer)!.title.vi;
    expect(title()).toBe(`Kết quả chấm điểm: ${URBAN_LOW_INCOME.label.vi}`);
    h = undo(h);
    expect(title()).toBe(`Kết quả chấm điểm: ${WORKER_HOUSING.label.vi}`);
  });

  it('moves in the layer order with a readable note; undo puts it back', () => {
    let h = startHistory({ project: createProjectDocument([parcels, createScoreLayer(WORKER_HOUSING.label)]) });
    h = execute(h, { type: 'moveLayer', layerId: SCORE_LAYER_ID, index: 0 });
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual([SCORE_LAYER_ID, 'candidate_sites']);
    expect(h.past[0].note.vi).toBe(`Đổi thứ tự lớp "Kết quả chấm điểm: ${WORKER_HOUSING.label.vi}"`);
    h = undo(h);
    expect(h.workspace.project.layers.map((l) => l.id)).toEqual(['candidate_sites', SCORE_LAYER_ID]);
  });

  it('is saved as an entry without features and opens again (visibility and place kept)', () => {
    const project = createProjectDocument([{ ...createScoreLayer(WORKER_HOUSING.label), visible: false }, parcels]);
    const saved = JSON.parse(JSON.stringify(project)) as { layers: { source: unknown }[] };
    expect(saved.layers[0].source).toEqual({ kind: 'scenario-result' });
    const opened = migrateProjectDocument(saved);
    expect(opened.layers[0]).toMatchObject({ id: SCORE_LAYER_ID, visible: false, source: { kind: 'scenario-result' } });
    expect(isDerivedLayer(opened.layers[0])).toBe(true);
  });

  it('is never an input of the scoring engine (neither a candidate nor a source)', () => {
    const data = parcels.source.kind === 'inline' ? parcels.source.data : null;
    const layerData: Record<string, LayerData> = { candidate_sites: { status: 'ready', data: data!, dataUrl: '', invalidCount: 0 } };
    const input = collectScoringInput([parcels, createScoreLayer(WORKER_HOUSING.label)], layerData);
    expect(input.status).toBe('ready');
    if (input.status !== 'ready') return;
    expect(input.candidateLayers.map((l) => l.id)).toEqual(['candidate_sites']);
    expect(input.layers.map((l) => l.id)).toEqual([]);
  });
});
