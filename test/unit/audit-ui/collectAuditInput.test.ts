import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { ProjectLayer } from '../../../src/domain/model/projectDocument.ts';
import { auditReservedLand } from '../../../src/domain/reserved_land/auditReservedLand.ts';
import { collectAuditInput } from '../../../src/ui/audit/collectAuditInput.ts';
import { loadedSampleLayers, sampleProject } from './sampleAudit.ts';

const importedProject: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'TM-99', name: 'Dự án nhập từ tệp', residential_land_m2: 10000, obligation: 'payment' },
      geometry: { type: 'Polygon', coordinates: [[[108.8, 15.1], [108.801, 15.1], [108.801, 15.101], [108.8, 15.101], [108.8, 15.1]]] },
    },
  ],
};
const importedLayer: ProjectLayer = {
  id: 'imported_projects',
  role: 'commercial_project',
  title: { vi: 'Dự án (nhập)', en: 'Projects (imported)' },
  source: { kind: 'inline', data: importedProject },
  visible: false,
  style: {},
  metadata: { illustrative: false, note: { vi: '', en: '' } },
};

describe('collectAuditInput: the audit reads the project layers by role', () => {
  it('reads every sample layer the audit needs, hidden ones included, and says the data is illustrative', () => {
    const collected = collectAuditInput(sampleProject.layers, loadedSampleLayers());
    expect(collected.status).toBe('ready');
    if (collected.status !== 'ready') return;
    expect(collected.input.projects.features).toHaveLength(7);
    expect(collected.input.reserved.features).toHaveLength(6);
    // The land-use plan is hidden at start but still audited.
    expect(sampleProject.layers.find((l) => l.role === 'land_use_plan')!.visible).toBe(false);
    expect(collected.input.landUse!.features.length).toBeGreaterThan(100);
    expect(collected.input.roads).toBeDefined();
    expect(collected.input.hazards).toBeDefined();
    expect(collected.input.housingProjects).toBeDefined();
    expect(collected.layers.map((l) => l.role).sort()).toEqual(
      ['commercial_project', 'facility', 'hazard', 'housing_project', 'land_use_plan', 'reserved_land', 'transport', 'urban_area'].sort(),
    );
    expect(collected.illustrativeLayers.map((t) => t.vi)).toContain('Quy hoạch sử dụng đất (minh họa)');
  });

  it('adds an imported layer of the same role to the audit (and the audit then lists 8 projects)', () => {
    const layerData = { ...loadedSampleLayers(), imported_projects: { status: 'ready' as const, data: importedProject, dataUrl: 'blob:x', invalidCount: 0 } };
    const collected = collectAuditInput([...sampleProject.layers, importedLayer], layerData);
    if (collected.status !== 'ready') throw new Error(collected.status);
    expect(collected.input.projects.features.map((f) => f.properties!.id)).toEqual(['TM-01', 'TM-02', 'TM-03', 'TM-04', 'TM-05', 'TM-06', 'TM-07', 'TM-99']);
    const report = auditReservedLand({ ...collected.input, options: { asOfDate: '2026-01-15' } });
    expect(report.projects).toHaveLength(8);
    // TM-03 (approved 15/05/2024) keeps the earlier regime: review, with its 2024 location check failing for reference.
    const tm03 = report.projects.find((p) => p.id === 'TM-03')!;
    expect(tm03.verdict).toBe('review');
    expect(tm03.checks.find((c) => c.id === 'location')!.result).toBe('fail');
  });

  it('waits while a layer is loading, and names the missing roles when there is no project or reserve layer', () => {
    const layerData = loadedSampleLayers();
    const reservedId = sampleProject.layers.find((l) => l.role === 'reserved_land')!.id;
    expect(collectAuditInput(sampleProject.layers, { ...layerData, [reservedId]: { status: 'loading' } }).status).toBe('loading');
    const withoutReserve = sampleProject.layers.filter((l) => l.role !== 'reserved_land');
    expect(collectAuditInput(withoutReserve, layerData)).toEqual({ status: 'missing', roles: ['reserved_land'] });
    const onlyOthers = sampleProject.layers.filter((l) => l.role !== 'reserved_land' && l.role !== 'commercial_project');
    expect(collectAuditInput(onlyOthers, layerData)).toEqual({ status: 'missing', roles: ['commercial_project', 'reserved_land'] });
  });
});
