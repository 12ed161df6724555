// Reads the temporary and dilapidated houses from a point layer (GeoJSON: one point per house, e.g. a field
// survey): each point's group (`group`/`nhom`/`doi_tuong`), whether it has been replaced (`replaced`/`da_xoa`:
// yes/no, có/không, 1/0, true/false; or `status`: replaced/remaining, đã xóa/còn lại) and optionally its year;
// its commune is `commune_code` when given, else the commune that contains it. The points become the same
// per-commune, per-group counts as the CSV (readTemporaryHousingCsv); any bad point refuses the file, each named
// by its number (from 1) and what to fix.
import type { FeatureCollection } from 'geojson';
import { msg, type Message } from '../../i18n/message.ts';
import { foldVietnamese } from '../text/foldVietnamese.ts';
import { findCommuneOf } from './findCommuneOf.ts';
import { readTemporaryHousingGroup, type TemporaryHousingReadResult } from './readTemporaryHousingCsv.ts';
import type { TemporaryHousingRecord } from './temporaryHousingTypes.ts';
import type { Commune } from './types.ts';

const YES = new Set(['yes', 'co', 'x', '1', 'true', 'replaced', 'done', 'da xoa', 'hoan thanh', 'da hoan thanh']);
const NO = new Set(['no', 'khong', '0', 'false', 'remaining', 'con lai', 'chua xoa', '']);

function pick(properties: Record<string, unknown>, keys: string[]): unknown {
  for (const key of keys) if (properties[key] !== undefined && properties[key] !== null) return properties[key];
  return undefined;
}

export function readTemporaryHousingPoints(collection: FeatureCollection, communes: readonly Commune[]): TemporaryHousingReadResult {
  if (communes.length === 0) return { records: [], problems: [msg('targets.temporary.no-communes')] };
  if (collection.features.length === 0) return { records: [], problems: [msg('targets.temporary.empty')] };
  const problems: Message[] = [];
  const byKey = new Map<string, TemporaryHousingRecord>();
  collection.features.forEach((feature, index) => {
    const point = index + 1;
    const p = (feature.properties ?? {}) as Record<string, unknown>;
    const before = problems.length;
    const code = String(pick(p, ['commune_code', 'ma_xa']) ?? '').trim();
    const commune = code ? (communes.find((c) => c.code === code) ?? null) : findCommuneOf(feature.geometry, [...communes]);
    if (!commune) problems.push(code ? msg('targets.temporary.point-code-unknown', { point, code }) : msg('targets.temporary.point-outside', { point }));
    const groupCell = String(pick(p, ['group', 'nhom', 'doi_tuong']) ?? '');
    const group = readTemporaryHousingGroup(groupCell);
    if (!group) problems.push(msg('targets.temporary.point-group-unknown', { point, value: groupCell }));
    const doneRaw = String(pick(p, ['replaced', 'da_xoa', 'status', 'tinh_trang']) ?? '');
    const doneCell = foldVietnamese(doneRaw);
    const replaced = YES.has(doneCell) ? true : NO.has(doneCell) ? false : null;
    if (replaced === null) problems.push(msg('targets.temporary.point-replaced-unknown', { point, value: doneRaw }));
    const yearCell = pick(p, ['year', 'nam']);
    const year = yearCell === undefined || yearCell === '' ? null : Number(yearCell);
    if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)) problems.push(msg('targets.temporary.point-year-invalid', { point, value: String(yearCell) }));
    if (problems.length > before || !commune || !group) return;
    const key = `${commune.code}\u0000${group}\u0000${year}`;
    const record = byKey.get(key) ?? { communeCode: commune.code, communeName: commune.name, group, total: 0, replaced: 0, year };
    record.total += 1;
    if (replaced) record.replaced += 1;
    byKey.set(key, record);
  });
  return problems.length ? { records: [], problems } : { records: [...byKey.values()], problems: [] };
}
