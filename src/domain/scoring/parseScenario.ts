// Reads a scenario from JSON (project file, CLI file) and says exactly what is wrong when it cannot.
import { isLayerRole } from '../model/layerRoles.ts';
import { UserError } from '../model/userError.ts';
import { TRAVEL_MODES } from '../network/roadSpeeds.ts';
import { DISTANCE_MODES, type MeasureKind, type MeasureSpec, type Scenario, type Transform } from './scenario.ts';

const KINDS: MeasureKind[] = ['distance_to_nearest', 'count_within_radius', 'inside_polygon', 'overlap_share', 'attribute', 'area', 'jobs_within_reach'];
const OPS = ['in', 'not_in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte'];

function fail(vi: string, en: string): never {
  throw new UserError(vi, en);
}

function checkMeasure(m: MeasureSpec, where: string) {
  if (!m || !KINDS.includes(m.kind)) fail(`${where}: loại phép đo không hợp lệ.`, `${where}: invalid measure kind.`);
  if (m.kind !== 'area' && !(m.kind === 'attribute' && !m.source)) {
    const s = m.source;
    if (!s || (!s.layerId && !isLayerRole(s.role))) fail(`${where}: thiếu lớp nguồn (role hoặc layerId).`, `${where}: missing source layer (role or layerId).`);
    if (s.filter && (typeof s.filter.property !== 'string' || !OPS.includes(s.filter.op) || !Array.isArray(s.filter.values))) {
      fail(`${where}: bộ lọc thuộc tính không hợp lệ.`, `${where}: invalid attribute filter.`);
    }
  }
  if (m.distanceMode !== undefined && (m.kind !== 'distance_to_nearest' || !DISTANCE_MODES.includes(m.distanceMode))) {
    fail(`${where}: cách đo khoảng cách (distanceMode) phải là straight, road_m hoặc travel_min, cho phép đo distance_to_nearest.`, `${where}: distanceMode must be straight, road_m or travel_min, on a distance_to_nearest measure.`);
  }
  if (m.travelMode !== undefined && !TRAVEL_MODES.includes(m.travelMode)) {
    fail(`${where}: phương tiện (travelMode) phải là motorbike, walk hoặc car.`, `${where}: travelMode must be motorbike, walk or car.`);
  }
  if (m.speedsKmh !== undefined && (m.speedsKmh === null || typeof m.speedsKmh !== 'object' || !Object.values(m.speedsKmh).every((v) => typeof v === 'number' && v >= 0))) {
    fail(`${where}: tốc độ (speedsKmh) phải là các số km/h ≥ 0 theo cấp đường.`, `${where}: speedsKmh must map road classes to km/h ≥ 0.`);
  }
  if (m.kind === 'jobs_within_reach' && !(typeof m.withinMin === 'number' && m.withinMin > 0)) {
    fail(`${where}: thời gian đi lại tối đa (withinMin, phút) phải là số dương.`, `${where}: withinMin (minutes) must be a positive number.`);
  }
  if (m.kind === 'count_within_radius' && !(typeof m.radiusM === 'number' && m.radiusM > 0)) {
    fail(`${where}: bán kính (radiusM) phải là số dương.`, `${where}: radiusM must be a positive number.`);
  }
}

function checkTransform(t: Transform, where: string) {
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  const ok =
    (t?.type === 'linear' && num(t.from) && num(t.to)) ||
    (t?.type === 'stepped' && Array.isArray(t.classes) && t.classes.length > 0 && t.classes.every((c) => num(c.upTo) && num(c.value01))) ||
    (t?.type === 'target_band' && num(t.min) && num(t.max) && num(t.sigma) && t.min <= t.max) ||
    (t?.type === 'categorical' && t.values !== null && typeof t.values === 'object' && num(t.otherValue01));
  if (!ok) fail(`${where}: hàm chuẩn hoá không hợp lệ.`, `${where}: invalid transform.`);
}

export function parseScenario(input: unknown): Scenario {
  const s = input as Scenario;
  if (!s || typeof s !== 'object' || typeof s.id !== 'string' || !Array.isArray(s.criteria)) {
    fail('Kịch bản phải có "id" và danh sách "criteria".', 'A scenario needs an "id" and a "criteria" list.');
  }
  const ids = new Set<string>();
  s.criteria.forEach((c, i) => {
    const where = `Kịch bản "${s.id}", tiêu chí ${i + 1} (${c?.id ?? '?'})`;
    if (!c || typeof c.id !== 'string' || ids.has(c.id)) fail(`${where}: mã trùng hoặc thiếu.`, `${where}: duplicate or missing id.`);
    ids.add(c.id);
    checkMeasure(c.measure, where);
    checkTransform(c.transform, where);
    if (typeof c.weight !== 'number' || !(c.weight >= 0)) fail(`${where}: trọng số phải là số ≥ 0.`, `${where}: weight must be a number ≥ 0.`);
    if (s.groups?.length && !s.groups.some((g) => g.id === c.group)) {
      fail(`${where}: nhóm "${c.group ?? ''}" không có trong danh sách nhóm.`, `${where}: group "${c.group ?? ''}" is not in the groups list.`);
    }
  });
  const constraints = Array.isArray(s.constraints) ? s.constraints : [];
  constraints.forEach((c, i) => {
    const where = `Kịch bản "${s.id}", ràng buộc ${i + 1} (${c?.id ?? '?'})`;
    checkMeasure(c.measure, where);
    const t = c.test;
    const ok = t && ((t.op === 'in' && Array.isArray(t.values)) || (['lt', 'lte', 'gt', 'gte'].includes(t.op) && typeof (t as { value: unknown }).value === 'number'));
    if (!ok) fail(`${where}: điều kiện loại trừ không hợp lệ.`, `${where}: invalid test.`);
    if (!c.reason?.vi || !c.reason?.en) fail(`${where}: cần lý do loại trừ bằng tiếng Việt và tiếng Anh.`, `${where}: needs a reason in Vietnamese and English.`);
  });
  return {
    id: s.id,
    label: s.label ?? { vi: s.id, en: s.id },
    ...(s.description ? { description: s.description } : {}),
    criteria: s.criteria,
    ...(s.groups?.length ? { groups: s.groups } : {}),
    constraints,
  };
}
