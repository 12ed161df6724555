// Reads a scenario from JSON (project file, CLI file) and says exactly what is wrong when it cannot.
import { isLayerRole } from '../model/layerRoles.ts';
import { UserError } from '../model/userError.ts';
import { msg, type MessageParams, type ScenarioProblem } from '../../i18n/message.ts';
import { TRAVEL_MODES } from '../network/roadSpeeds.ts';
import { CONSTRAINT_SEVERITIES, DISTANCE_MODES, type ConstraintTest, type MeasureKind, type MeasureSpec, type Scenario, type Transform } from './scenario.ts';

const KINDS: MeasureKind[] = ['distance_to_nearest', 'count_within_radius', 'inside_polygon', 'overlap_share', 'attribute', 'area', 'jobs_within_reach', 'jobs_gravity'];
const OPS = ['in', 'not_in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte'];

/** Which criterion or constraint of which scenario a problem is in. */
type Where = Omit<MessageParams['scenario.item-invalid'], 'problem' | 'group'>;

function fail(where: Where, problem: ScenarioProblem, group?: string): never {
  throw new UserError(msg('scenario.item-invalid', { ...where, problem, ...(group === undefined ? {} : { group }) }));
}

function checkMeasure(m: MeasureSpec, where: Where) {
  if (!m || !KINDS.includes(m.kind)) fail(where, 'measure-kind');
  if (m.kind !== 'area' && !(m.kind === 'attribute' && !m.source)) {
    const s = m.source;
    if (!s || (!s.layerId && !isLayerRole(s.role))) fail(where, 'source');
    if (s.filter && (typeof s.filter.property !== 'string' || !OPS.includes(s.filter.op) || !Array.isArray(s.filter.values))) {
      fail(where, 'filter');
    }
  }
  if (m.distanceMode !== undefined && (m.kind !== 'distance_to_nearest' || !DISTANCE_MODES.includes(m.distanceMode))) {
    fail(where, 'distance-mode');
  }
  if (m.travelMode !== undefined && !TRAVEL_MODES.includes(m.travelMode)) {
    fail(where, 'travel-mode');
  }
  if (m.speedsKmh !== undefined && (m.speedsKmh === null || typeof m.speedsKmh !== 'object' || !Object.values(m.speedsKmh).every((v) => typeof v === 'number' && v >= 0))) {
    fail(where, 'speeds');
  }
  if (m.kind === 'jobs_within_reach' && !(typeof m.withinMin === 'number' && m.withinMin > 0)) {
    fail(where, 'within-min');
  }
  if (m.kind === 'jobs_gravity' && !(typeof m.decayPerMin === 'number' && m.decayPerMin > 0 && m.decayPerMin <= 10)) {
    fail(where, 'decay');
  }
  if (m.kind === 'count_within_radius' && !(typeof m.radiusM === 'number' && m.radiusM > 0)) {
    fail(where, 'radius');
  }
}

function checkTransform(t: Transform, where: Where) {
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  const ok =
    (t?.type === 'linear' && num(t.from) && num(t.to)) ||
    (t?.type === 'stepped' && Array.isArray(t.classes) && t.classes.length > 0 && t.classes.every((c) => num(c.upTo) && num(c.value01))) ||
    (t?.type === 'target_band' && num(t.min) && num(t.max) && num(t.sigma) && t.min <= t.max) ||
    (t?.type === 'categorical' && t.values !== null && typeof t.values === 'object' && num(t.otherValue01));
  if (!ok) fail(where, 'transform');
}

function validTest(t: ConstraintTest | undefined): boolean {
  return !!t && ((t.op === 'in' && Array.isArray(t.values)) || (['lt', 'lte', 'gt', 'gte'].includes(t.op) && typeof (t as { value: unknown }).value === 'number'));
}

export function parseScenario(input: unknown): Scenario {
  const s = input as Scenario;
  if (!s || typeof s !== 'object' || typeof s.id !== 'string' || !Array.isArray(s.criteria)) {
    throw new UserError(msg('scenario.no-id'));
  }
  const ids = new Set<string>();
  s.criteria.forEach((c, i) => {
    const where: Where = { scenario: s.id, item: 'criterion', itemIndex: i, id: c?.id ?? '?' };
    if (!c || typeof c.id !== 'string' || ids.has(c.id)) fail(where, 'id');
    ids.add(c.id);
    checkMeasure(c.measure, where);
    checkTransform(c.transform, where);
    if (typeof c.weight !== 'number' || !(c.weight >= 0)) fail(where, 'weight');
    if (s.groups?.length && !s.groups.some((g) => g.id === c.group)) {
      fail(where, 'group', c.group ?? '');
    }
  });
  const constraints = Array.isArray(s.constraints) ? s.constraints : [];
  constraints.forEach((c, i) => {
    const where: Where = { scenario: s.id, item: 'constraint', itemIndex: i, id: c?.id ?? '?' };
    checkMeasure(c.measure, where);
    if (!validTest(c.test)) fail(where, 'test');
    if (!c.reason?.vi || !c.reason?.en) fail(where, 'reason');
    // Absent = exclude (scenario files from before severities).
    if (c.severity !== undefined && !CONSTRAINT_SEVERITIES.includes(c.severity)) fail(where, 'severity');
    if (c.unless !== undefined) {
      if (!Array.isArray(c.unless) || !c.unless.every((u) => u && typeof u === 'object' && validTest(u.test))) fail(where, 'unless');
      c.unless.forEach((u) => checkMeasure(u.measure, where));
    }
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
