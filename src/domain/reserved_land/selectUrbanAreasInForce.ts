// The urban-area polygons in force on a date. The class that counts is the one in force when the project's
// investment policy was approved (docs/DOMAIN.md §2): each urban-area polygon carries its class, the
// recognising decision (`class_decision`) and its date (`class_decided_on`); an area whose class changed is
// several polygons sharing an `id` (or `name`). For each area the latest polygon decided on or before the
// date is kept; an undated polygon is in force at any date unless a dated one is; without a date the latest
// polygon is kept (today's class). Later decisions are returned with the one kept, for the report.
import type { Feature, FeatureCollection } from 'geojson';
import { parseDate, readString } from './readProperties.ts';

export interface UrbanAreaInForce {
  index: number;
  feature: Feature;
  decidedOn: string | null;
  /** Decisions on the same area dated after `onDate` (the class then changed): "class (date)". */
  laterClasses: { urbanClass: string; decidedOn: string }[];
}

export function selectUrbanAreasInForce(urbanAreas: FeatureCollection, onDate: string | null): UrbanAreaInForce[] {
  const groups = new Map<string, { index: number; feature: Feature; decidedOn: string | null }[]>();
  urbanAreas.features.forEach((feature, index) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const key = readString(props, 'id') ?? readString(props, 'name') ?? `#${index}`;
    const list = groups.get(key) ?? [];
    list.push({ index, feature, decidedOn: parseDate(props.class_decided_on) });
    groups.set(key, list);
  });
  const kept: UrbanAreaInForce[] = [];
  for (const list of groups.values()) {
    if (list.length === 1) {
      kept.push({ ...list[0], laterClasses: [] });
      continue;
    }
    const dated = list.filter((x) => x.decidedOn).sort((a, b) => a.decidedOn!.localeCompare(b.decidedOn!));
    const undated = list.filter((x) => !x.decidedOn);
    const before = onDate ? dated.filter((x) => x.decidedOn! <= onDate) : dated;
    const choice = before.at(-1) ?? undated[0] ?? null;
    if (!choice) continue;
    const later = onDate ? dated.filter((x) => x.decidedOn! > onDate) : [];
    kept.push({
      ...choice,
      laterClasses: later.map((x) => ({ urbanClass: String((x.feature.properties ?? {}).urban_class ?? '?'), decidedOn: x.decidedOn! })),
    });
  }
  return kept.sort((a, b) => a.index - b.index);
}
