// Check 1: is the project subject to Art. 83 — does it lie in, or cross into, an urban area of class III or above?
// The class is the one in force when the investment policy was approved (selectUrbanAreasInForce), quoted with
// its decision and date. In class IV/V areas the province's criteria (rules.provinceSubjectCriteria, data with
// the provincial decision) or its list of project ids make a project subject.
import { readBoolean } from '../readProperties.ts';
import { URBAN_CLASS_RANK, type ReservedLandRules } from '../rules.ts';
import { msg, type Message } from '../../../i18n/message.ts';
import { readNumber } from '../readProperties.ts';
import { roundFigure } from '../formatFigures.ts';
import type { AuditLayers, CheckResult, ProjectContext, UrbanMembership } from '../types.ts';
import { makeCheck } from './checkResult.ts';

export interface SubjectDecision {
  check: CheckResult;
  /** true / false, or null when it cannot be decided (missing layer or class). */
  subject: boolean | null;
  /** The urban area that makes it subject (largest overlap), else the one holding most of the project. */
  urbanArea: UrbanMembership | null;
}

export function checkSubjectToRule(ctx: ProjectContext, layers: AuditLayers, rules: ReservedLandRules): SubjectDecision {
  const id = 'subject_to_rule';
  const members = ctx.urbanMemberships;
  const subjectMembers = members
    .filter((m) => m.urbanClass && rules.subjectUrbanClasses.includes(m.urbanClass))
    .sort((a, b) => b.overlapM2 - a.overlapM2);
  const subjectOverlapM2 = subjectMembers.reduce((s, m) => s + m.overlapM2, 0);
  const figures = {
    urban_areas: members.map((m) => `${m.name} (${m.urbanClass ?? '?'})`).join('; ') || null,
    subject_classes: rules.subjectUrbanClasses.join(', '),
    project_area_m2: roundFigure(ctx.boundaryAreaM2),
    area_in_subject_urban_areas_m2: roundFigure(subjectOverlapM2),
    share_in_subject_urban_areas_pct: ctx.boundaryAreaM2 > 0 ? roundFigure((100 * subjectOverlapM2) / ctx.boundaryAreaM2) : null,
  };

  const classInForce = (m: Message, area: UrbanMembership | null): Message =>
    area && (area.classDecision || area.classDecidedOn || area.laterClasses.length > 0)
      ? msg('audit.sentences', {
          sentences: [
            m,
            msg('audit.subject.class-in-force', {
              urbanArea: area.name,
              urbanClass: area.urbanClass,
              decision: area.classDecision,
              decidedOn: area.classDecidedOn,
              approvedOn: ctx.policyApprovedOn,
              later: area.laterClasses,
            }),
          ],
        })
      : m;
  const classFigures = (area: UrbanMembership | null) => ({
    policy_approved_on: ctx.policyApprovedOn,
    urban_class_decision: area?.classDecision ?? null,
    urban_class_decided_on: area?.classDecidedOn ?? null,
    urban_class_changed_later: area ? area.laterClasses.map((l) => `${l.urbanClass} (${l.decidedOn})`).join(', ') || null : null,
  });

  const markedByProvince = rules.provinceSubjectProjectIds.includes(ctx.id) || readBoolean(ctx.properties, 'province_subject') === true;
  if (markedByProvince) {
    const area = subjectMembers[0] ?? ctx.homeUrbanArea;
    return {
      subject: true,
      urbanArea: area,
      check: makeCheck(
        id,
        'pass',
        msg('audit.subject.province', { urbanArea: area ? { name: area.name, urbanClass: area.urbanClass } : null }),
        'law83',
        { ...figures, province_marked: true },
      ),
    };
  }
  if (!ctx.boundary) {
    return { subject: null, urbanArea: null, check: makeCheck(id, 'warning', msg('audit.sentences', { sentences: ctx.dataProblems }), 'law83', figures) };
  }
  if (!layers.urbanAreas) {
    return {
      subject: null,
      urbanArea: null,
      check: makeCheck(
        id,
        'warning',
        msg('audit.subject.no-urban-layer'),
        'law83',
        figures,
      ),
    };
  }
  if (subjectMembers.length > 0) {
    const main = subjectMembers[0];
    const crosses = subjectOverlapM2 < ctx.boundaryAreaM2 - rules.sliverToleranceM2;
    return {
      subject: true,
      urbanArea: main,
      check: makeCheck(
        id,
        'pass',
        classInForce(
          msg('audit.subject.inside', {
            urbanArea: main.name,
            urbanClass: main.urbanClass,
            crossing: crosses ? { areaM2: subjectOverlapM2, sharePct: figures.share_in_subject_urban_areas_pct ?? 0 } : null,
          }),
          main,
        ),
        'law83',
        { ...figures, urban_area: main.name, urban_class: main.urbanClass, crosses_boundary: crosses, ...classFigures(main) },
      ),
    };
  }
  const unknown = members.filter((m) => !m.urbanClass);
  if (unknown.length > 0) {
    return {
      subject: null,
      urbanArea: unknown[0],
      check: makeCheck(
        id,
        'warning',
        msg('audit.subject.unknown-class', { urbanAreas: unknown.map((m) => m.name) }),
        'law83',
        figures,
      ),
    };
  }
  const best = [...members].sort((a, b) => URBAN_CLASS_RANK[a.urbanClass!] - URBAN_CLASS_RANK[b.urbanClass!])[0] ?? null;
  const residentialM2 = readNumber(ctx.properties, 'residential_land_m2') ?? 0;
  for (const criterion of rules.provinceSubjectCriteria) {
    const area = members.find((m) => m.urbanClass && criterion.urbanClasses.includes(m.urbanClass));
    if (!area || ctx.boundaryAreaM2 < (criterion.minProjectAreaM2 ?? 0) || residentialM2 < (criterion.minResidentialLandM2 ?? 0)) continue;
    return {
      subject: true,
      urbanArea: area,
      check: makeCheck(
        id,
        'pass',
        classInForce(msg('audit.subject.province-criteria', { urbanArea: area.name, urbanClass: area.urbanClass, decision: criterion.decision }), area),
        'law83',
        { ...figures, urban_area: area.name, urban_class: area.urbanClass, province_criteria: criterion.decision, ...classFigures(area) },
      ),
    };
  }
  return {
    subject: false,
    urbanArea: ctx.homeUrbanArea,
    check: makeCheck(
      id,
      'n/a',
      best
        ? classInForce(msg('audit.subject.below-class', { urbanArea: best.name, urbanClass: best.urbanClass }), best)
        : msg('audit.subject.outside'),
      'law83',
      { ...figures, urban_area: best?.name ?? null, urban_class: best?.urbanClass ?? null, ...classFigures(best) },
    ),
  };
}
