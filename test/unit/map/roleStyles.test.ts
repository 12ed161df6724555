import { describe, expect, it } from 'vitest';
import { ALL_ROLES, ROLE_SPECS } from '../../../src/domain/model/layerRoles.ts';
import { legendFor } from '../../../src/map/roleStyles.ts';

describe('legend', () => {
  it.each(ALL_ROLES)('%s has a legend with Vietnamese and English labels and valid colours', (role) => {
    const sections = legendFor(role);
    const items = sections.flatMap((s) => s.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.label.vi.length).toBeGreaterThan(0);
      expect(item.label.en.length).toBeGreaterThan(0);
      expect(item.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    }
  });

  it('lists every value of the enum the map colours by', () => {
    const statuses = legendFor('housing_project')[0].items.map((i) => i.value);
    expect(statuses).toEqual(Object.keys(ROLE_SPECS.housing_project.properties.find((p) => p.key === 'status')!.values!));
    const kinds = legendFor('industrial_zone')[0].items.map((i) => i.value);
    expect(kinds).toEqual(['KKT', 'KCN', 'CCN']);
  });
});
