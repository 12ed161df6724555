import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildMapStyle, OSM_TILE_URL, type StyleLayerInput } from '../../../src/map/buildMapStyle.ts';
import { ALL_ROLES } from '../../../src/domain/model/layerRoles.ts';
import { DECK_ROLES } from '../../../src/map/buildDeckLayers.ts';

const everyRole: StyleLayerInput[] = ALL_ROLES.map((role) => ({
  id: `${role}_layer`,
  role,
  visible: true,
  dataUrl: `http://127.0.0.1/data/${role}.geojson`,
}));

describe('buildMapStyle', () => {
  it('builds a style that passes the MapLibre style-spec validator for every role', () => {
    const style = buildMapStyle({ layers: everyRole, basemap: 'none' });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('is valid with the online basemap too, and only then references a host outside the app', () => {
    const offline = JSON.stringify(buildMapStyle({ layers: everyRole, basemap: 'none' }));
    expect(offline).not.toContain('openstreetmap');
    const online = buildMapStyle({ layers: everyRole, basemap: 'osm' });
    expect(validateStyleMin(online)).toEqual([]);
    expect(JSON.stringify(online)).toContain(OSM_TILE_URL);
    // The basemap sits under every data layer.
    expect(online.layers[1].id).toBe('osm');
  });

  it('gives every project layer its own source and at least one style layer, in draw order', () => {
    const style = buildMapStyle({ layers: everyRole, basemap: 'none' });
    for (const layer of everyRole) {
      expect(style.sources[layer.id]).toMatchObject({ type: 'geojson', data: layer.dataUrl, generateId: true });
      expect(style.layers.some((l) => l.id.startsWith(`${layer.id}:`))).toBe(true);
    }
    const firstIndex = (id: string) => style.layers.findIndex((l) => l.id.startsWith(`${id}:`));
    expect(firstIndex('admin_unit_layer')).toBeLessThan(firstIndex('reserved_land_layer'));
  });

  it('hides a layer by layout visibility without removing its source', () => {
    const hidden = everyRole.map((l) => (l.role === 'industrial_zone' ? { ...l, visible: false } : l));
    const style = buildMapStyle({ layers: hidden, basemap: 'none' });
    const izLayers = style.layers.filter((l) => l.id.startsWith('industrial_zone_layer:'));
    expect(izLayers.length).toBeGreaterThan(0);
    for (const l of izLayers) expect((l as { layout?: { visibility?: string } }).layout?.visibility).toBe('none');
    expect(style.sources.industrial_zone_layer).toBeDefined();
  });

  it('leaves roles drawn by deck.gl out of the MapLibre style', () => {
    const style = buildMapStyle({ layers: everyRole, basemap: 'none', deckRoles: DECK_ROLES });
    expect(style.sources.candidate_site_layer).toBeUndefined();
    expect(style.layers.some((l) => l.id.startsWith('candidate_site_layer:'))).toBe(false);
  });

  it('colours land-use blocks by their code with the BTNMT fills', () => {
    const style = buildMapStyle({ layers: everyRole, basemap: 'none' });
    const fill = style.layers.find((l) => l.id === 'land_use_plan_layer:fill') as { paint: Record<string, unknown> };
    const expression = JSON.stringify(fill.paint['fill-color']);
    expect(expression).toContain('"ODT","#FFA0FF"');
    expect(expression).toContain('"LUC","#FFFC8C"');
  });

  it('applies a user colour override', () => {
    const style = buildMapStyle({ layers: [{ ...everyRole[2], color: '#123456' }], basemap: 'none' });
    const fill = style.layers.find((l) => l.id === `${everyRole[2].id}:fill`) as { paint: Record<string, unknown> };
    expect(fill.paint['fill-color']).toBe('#123456');
  });
});
