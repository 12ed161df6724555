// What is measured for one set of scoring data, and what a scenario still needs: the session logic
// of "measure once, combine often", shared by the scoring worker (which keeps one session per data
// set and is the one place that knows what it holds) and the CLI (a fresh session per run).
// Pure: each step returns a new session; the measured arrays themselves are shared, never copied.
import type { Feature } from 'geojson';
import { UserError } from '../model/userError.ts';
import { msg } from '../../i18n/message.ts';
import { createMeasureContext, scenarioMeasures, type MeasureContext, type ScoringLayer } from './measureContext.ts';
import type { Measures } from './measureParcels.ts';
import { packParcels, type PackedParcels, type PackOptions } from './packParcels.ts';
import { measureKey, type MeasureSpec, type Scenario } from './scenario.ts';

export interface MeasureSession {
  layers: ScoringLayer[];
  /** The candidate parcels as features; null when they came packed (a FlatGeobuf / GeoParquet / streamed GeoJSON reader). */
  parcels: Feature[] | null;
  /** The parcels packed with every attribute a measured scenario reads (null until first needed). */
  packed: PackedParcels | null;
  /** Everything measured so far, by measure key (null before the first measure). */
  measures: Measures | null;
  /** The indexes of every measure so far (a drawn parcel is measured with them). */
  context: MeasureContext;
}

/** A measuring step: the indexes of what is missing and the parcels to measure it on. */
export interface MeasurePlan {
  context: MeasureContext;
  parcels: PackedParcels;
}

/** Property keys of the parcels that the scenario's attribute measures read. */
export function parcelAttributeKeys(scenario: Scenario): string[] {
  return [...new Set(scenarioMeasures(scenario).filter((m) => m.kind === 'attribute').map((m) => m.property ?? 'landuse_code'))];
}

const emptyContext = (): MeasureContext => ({ specs: new Map(), sets: new Map(), sourceCounts: new Map() });

/** New data (layers and candidate parcels): nothing is measured yet. */
export function openMeasureSession(layers: ScoringLayer[], parcels: Feature[]): MeasureSession {
  return { layers, parcels, packed: null, measures: null, context: emptyContext() };
}

/**
 * New data whose parcels are already packed (read straight into typed arrays, never as features): nothing is
 * measured yet. The parcels must carry every attribute the scenarios read (`parcelAttributeKeys`).
 */
export function openPackedMeasureSession(layers: ScoringLayer[], parcels: PackedParcels): MeasureSession {
  return { layers, parcels: null, packed: parcels, measures: null, context: emptyContext() };
}

/** The measure keys the session holds values for. */
export function measuredKeys(session: MeasureSession): string[] {
  return session.measures ? Object.keys(session.measures.values) : [];
}

/** The scenario's measures not measured yet (each once). */
export function missingMeasures(session: MeasureSession, scenario: Scenario): MeasureSpec[] {
  const have = new Set(measuredKeys(session));
  return scenarioMeasures(scenario).filter((m) => {
    const key = measureKey(m);
    if (have.has(key)) return false;
    have.add(key);
    return true;
  });
}

/**
 * What must be measured for the scenario: the parcels packed with the attributes it reads (packed
 * again only when one is missing) and the indexes of its missing measures — `plan` null when none is.
 */
export function planMeasure(session: MeasureSession, scenario: Scenario, pack: PackOptions = {}): { session: MeasureSession; plan: MeasurePlan | null } {
  const keys = parcelAttributeKeys(scenario);
  let packed = session.packed;
  if (!packed || keys.some((k) => !(k in packed!.attributes))) {
    // Packed parcels without their features cannot be packed again: their reader is given the scenario's keys.
    if (!session.parcels) throw new Error(`packed parcels lack the attribute(s) ${keys.filter((k) => !(k in packed!.attributes)).join(', ')} the scenario reads`);
    packed = packParcels(session.parcels, [...new Set([...keys, ...Object.keys(packed?.attributes ?? {})])], pack);
  }
  const next = packed === session.packed ? session : { ...session, packed };
  const missing = missingMeasures(next, scenario);
  return { session: next, plan: missing.length > 0 ? { context: createMeasureContext(session.layers, missing), parcels: packed } : null };
}

function mergeContext(a: MeasureContext, b: MeasureContext): MeasureContext {
  const travel = a.travel || b.travel ? { travel: new Map([...(a.travel ?? []), ...(b.travel ?? [])]) } : {};
  return { specs: new Map([...a.specs, ...b.specs]), sets: new Map([...a.sets, ...b.sets]), sourceCounts: new Map([...a.sourceCounts, ...b.sourceCounts]), ...travel };
}

/** The session with a plan's measured values (and its indexes) added. */
export function mergeMeasured(session: MeasureSession, plan: MeasurePlan, measured: Measures): MeasureSession {
  const measures = session.measures
    ? { ...session.measures, values: { ...session.measures.values, ...measured.values }, categories: { ...session.measures.categories, ...measured.categories } }
    : measured;
  return { ...session, measures, context: mergeContext(session.context, plan.context) };
}

/** The session with indexes for every measure of the scenario (to measure one more parcel with them). */
export function indexScenario(session: MeasureSession, scenario: Scenario): MeasureSession {
  const specs = scenarioMeasures(scenario);
  if (specs.every((m) => session.context.specs.has(measureKey(m)))) return session;
  return { ...session, context: mergeContext(session.context, createMeasureContext(session.layers, specs)) };
}

/** The session, or a UserError when nothing was scored yet (no data sent). */
export function requireSession(session: MeasureSession | null): MeasureSession {
  if (!session) throw new UserError(msg('scoring.nothing-scored'));
  return session;
}

/** The measured values, if every measure of the scenario is among them; else a UserError. */
export function requireMeasured(session: MeasureSession, scenario: Scenario): Measures {
  if (!session.measures) throw new UserError(msg('scoring.nothing-scored'));
  if (missingMeasures(session, scenario).length > 0) {
    throw new UserError(msg('scoring.not-measured'));
  }
  return session.measures;
}

/** Measures whose source layer or filter found no feature (a hint for the user; area measures have no source). */
export function emptySources(session: MeasureSession, scenario: Scenario): string[] {
  const keys = scenarioMeasures(scenario)
    .map(measureKey)
    .filter((k) => session.context.specs.get(k)?.kind !== 'area' && session.context.sourceCounts.get(k) === 0);
  return [...new Set(keys)];
}
