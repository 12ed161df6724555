// The audit table as the panel and the sheet show it: one row per commercial project, most severe
// verdict first, each with the check that decides it (its message and legal reference).
import type { CommuneRef } from '../../domain/geo/assignCommune.ts';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { AuditReport, CheckResult, ProjectAudit, Verdict } from '../../domain/reserved_land/types.ts';
import { VERDICT_ORDER } from './auditSymbols.ts';

export interface AuditRow {
  id: string;
  name: string;
  /** The commune/ward the project lies in, or null when unknown. */
  commune: CommuneRef | null;
  verdict: Verdict;
  requiredM2: number | null;
  /** The part of the reserve that counts (inside the project / same urban area). */
  countedM2: number;
  /** Everything drawn as reserve for the project (counted + outside). */
  measuredM2: number;
  shortfallM2: number | null;
  shortfallPct: number | null;
  payment: boolean;
  /** The check behind the verdict: first fail, else first warning, else (not subject) check 1. */
  reason: { number: number; title: LocalText; message: LocalText; reference: LocalText; result: CheckResult['result'] } | null;
  project: ProjectAudit;
}

export interface AuditTable {
  rows: AuditRow[];
  summary: { verdict: Verdict; count: number }[];
  total: number;
}

export function decidingCheck(project: ProjectAudit): CheckResult | null {
  if (project.verdict === 'not_subject') return project.checks.find((c) => c.id === 'subject_to_rule') ?? null;
  // A project under an earlier regime (Decree 100/2024 Art. 78): the transition is why it needs review.
  const transition = project.checks.find((c) => c.id === 'transition' && c.result === 'warning');
  if (transition) return transition;
  return project.checks.find((c) => c.result === 'fail') ?? project.checks.find((c) => c.result === 'warning') ?? null;
}

/** `communeOf` names a project's commune (communeOfFeature on its feature); without it no row has one. */
export function buildAuditTable(report: AuditReport, communeOf: (project: ProjectAudit) => CommuneRef | null = () => null): AuditTable {
  const rank = (v: Verdict) => VERDICT_ORDER.indexOf(v);
  const rows = report.projects.map((p): AuditRow => {
    const c = decidingCheck(p);
    return {
      id: p.id,
      name: p.name,
      commune: communeOf(p),
      verdict: p.verdict,
      requiredM2: p.required_m2,
      countedM2: p.inside_m2,
      measuredM2: p.measured_m2,
      shortfallM2: p.shortfall_m2,
      shortfallPct: p.shortfall_pct,
      payment: p.obligation === 'payment',
      reason: c ? { number: c.number, title: c.title, message: c.message, reference: c.reference, result: c.result } : null,
      project: p,
    };
  });
  // Severity first; within a verdict the larger shortfall first, then the project id.
  rows.sort((a, b) => rank(a.verdict) - rank(b.verdict) || (b.shortfallPct ?? 0) - (a.shortfallPct ?? 0) || a.id.localeCompare(b.id, 'vi'));
  return {
    rows,
    summary: VERDICT_ORDER.map((verdict) => ({ verdict, count: report.summary[verdict] })),
    total: report.projects.length,
  };
}
