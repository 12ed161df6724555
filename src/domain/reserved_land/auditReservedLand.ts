// The reserved-NOXH-land audit (issue 5): for each commercial project, eight checks and a verdict,
// with the figures and failing geometry the audit panel and the map need.
import type { Feature, Geometry } from 'geojson';
import { msg } from '../../i18n/message.ts';
import { renderBoth } from '../../i18n/renderMessage.ts';
import { UserError } from '../model/userError.ts';
import { checkDeclaredArea } from './checks/checkDeclaredArea.ts';
import { checkHazardAndSchedule } from './checks/checkHazardAndSchedule.ts';
import { checkLandUseCode } from './checks/checkLandUseCode.ts';
import { checkLocation } from './checks/checkLocation.ts';
import { checkNotShared } from './checks/checkNotShared.ts';
import { checkRequiredReserve } from './checks/checkRequiredReserve.ts';
import { highlight, notApplicable } from './checks/checkResult.ts';
import { checkRoadAccess } from './checks/checkRoadAccess.ts';
import { checkSubjectToRule } from './checks/checkSubjectToRule.ts';
import { checkTransition } from './checks/checkTransition.ts';
import { decideVerdict } from './decideVerdict.ts';
import { roundArea, roundFigure } from './formatFigures.ts';
import { measureProject } from './measureProject.ts';
import { prepareAuditLayers } from './prepareAuditLayers.ts';
import { parseDate, readString } from './readProperties.ts';
import { DEFAULT_RULES, type ReservedLandRules } from './rules.ts';
import type { AuditInput, AuditNote, AuditReport, CheckId, CheckResult, HighlightProperties, ProjectAudit, Verdict } from './types.ts';

export function auditReservedLand(input: AuditInput): AuditReport {
  requireCollection(input.projects, 'commercial_project');
  requireCollection(input.reserved, 'reserved_land');
  const options = input.options ?? {};
  const rules = resolveRules(options);
  const asOfDate = options.asOfDate ? parseDate(options.asOfDate) : null;
  if (options.asOfDate && !asOfDate) {
    throw new UserError(msg('audit.as-of-invalid', { asOf: options.asOfDate }));
  }

  const notes: AuditNote[] = [];
  const projectIds = new Set<string>();
  input.projects.features.forEach((f, i) => {
    const id = readString((f.properties ?? {}) as Record<string, unknown>, 'id') ?? String(f.id ?? `#${i + 1}`);
    if (projectIds.has(id)) {
      notes.push({
        layer: 'commercial_project',
        feature_index: i,
        message: renderBoth(msg('audit.project-id-repeated', { id, featureIndex: i })),
      });
    }
    projectIds.add(id);
  });
  const layers = prepareAuditLayers(input, projectIds, notes);

  const projects = input.projects.features.map((feature, index): ProjectAudit => {
    const ctx = measureProject(feature, index, layers, rules);
    const subject = checkSubjectToRule(ctx, layers, rules);
    let checks: CheckResult[];
    if (subject.subject === false) {
      const reason = msg('audit.subject.not-subject-rest');
      const rest: CheckId[] = ['required_reserve', 'declared_area', 'location', 'land_use_code', 'road_access', 'not_shared', 'hazard_and_schedule'];
      checks = [subject.check, ...rest.map((id) => notApplicable(id, reason))];
    } else {
      checks = [
        subject.check,
        checkRequiredReserve(ctx, rules, options),
        checkDeclaredArea(ctx, rules),
        checkLocation(ctx, layers, rules),
        checkLandUseCode(ctx, layers, rules),
        checkRoadAccess(ctx, layers, rules),
        checkNotShared(ctx, layers, rules),
        checkHazardAndSchedule(ctx, layers, rules, options),
      ];
      const transition = checkTransition(ctx, rules);
      if (transition) checks.push(transition);
    }
    const { verdict, reasons } = decideVerdict(subject.subject, checks);

    const highlights: Feature<Geometry, HighlightProperties>[] = [];
    if (ctx.boundary) highlights.push(highlight('project_boundary', ctx.boundary, ctx.id, msg('audit.highlight.boundary', { name: ctx.name })));
    for (const p of ctx.parcels) {
      highlights.push(
        highlight('reserved_parcel', p.geometry, ctx.id, msg('audit.highlight.parcel', { id: p.id, areaM2: p.areaM2 }), undefined, {
          parcel_id: p.id,
          declared_area_m2: p.declaredM2,
          status: p.status,
          deadline: p.deadline,
        }),
      );
    }
    for (const c of checks) highlights.push(...(c.geometry ?? []));

    const requiredM2 = ctx.requiredM2;
    const landForm = ctx.obligation !== 'payment';
    // Land elsewhere of equal value (Decree 100 Art. 18(1)(b)) leaves nothing owed although its area is smaller.
    const equalValue = checks.some((c) => c.id === 'required_reserve' && c.figures.met_by === 'equal_value');
    const shortfall =
      requiredM2 === null || !landForm || subject.subject === false
        ? null
        : equalValue
        ? 0
        : Math.max(0, roundArea(requiredM2, rules.areaPrecisionM2) - roundArea(ctx.countedM2, rules.areaPrecisionM2));
    return {
      id: ctx.id,
      name: ctx.name,
      feature_index: index,
      verdict,
      reasons,
      obligation: ctx.obligation,
      obligation_inferred: ctx.obligationInferred,
      subject: subject.subject,
      urban_area: subject.urbanArea ? { name: subject.urbanArea.name, urban_class: subject.urbanArea.urbanClass } : null,
      net_residential_m2: ctx.netResidentialM2 === null ? null : roundFigure(ctx.netResidentialM2),
      required_m2: requiredM2 === null ? null : roundFigure(requiredM2),
      measured_m2: roundFigure(ctx.measuredM2),
      inside_m2: roundFigure(ctx.countedM2),
      outside_m2: roundFigure(ctx.outsideM2),
      shortfall_m2: shortfall === null ? null : roundFigure(shortfall),
      shortfall_pct: shortfall === null || !requiredM2 ? null : roundFigure((100 * shortfall) / requiredM2, 3),
      reserve_share_pct: ctx.netResidentialM2 && landForm && subject.subject !== false ? roundFigure((100 * ctx.countedM2) / ctx.netResidentialM2, 3) : null,
      checks,
      highlights,
    };
  });

  const summary: Record<Verdict, number> = { compliant: 0, noncompliant: 0, review: 0, not_subject: 0 };
  for (const p of projects) summary[p.verdict]++;
  return { generator: 'noxh-atlas reserved-land audit', as_of_date: asOfDate, rules, projects, notes, summary };
}

/** Defaults overridden by whatever the caller sets (undefined keeps the default). */
export function resolveRules(options: Partial<ReservedLandRules>): ReservedLandRules {
  const rules: ReservedLandRules = { ...DEFAULT_RULES };
  for (const key of Object.keys(DEFAULT_RULES) as (keyof ReservedLandRules)[]) {
    if (options[key] !== undefined) (rules as unknown as Record<string, unknown>)[key] = options[key];
  }
  return rules;
}

function requireCollection(fc: unknown, layer: 'commercial_project' | 'reserved_land'): void {
  const ok = !!fc && typeof fc === 'object' && (fc as { type?: unknown }).type === 'FeatureCollection' && Array.isArray((fc as { features?: unknown }).features);
  if (!ok) {
    throw new UserError(msg('audit.layer-not-collection', { layer }));
  }
}
