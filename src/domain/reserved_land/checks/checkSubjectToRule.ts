// Check 1: is the project subject to Art. 83 — does it lie in, or cross into, an urban area of class III or above?
import { readBoolean } from '../readProperties.ts';
import { URBAN_CLASS_RANK, type ReservedLandRules } from '../rules.ts';
import { formatM2, formatPct, roundFigure, text } from '../formatFigures.ts';
import type { AuditLayers, CheckResult, ProjectContext, UrbanMembership } from '../types.ts';
import { makeCheck } from './checkResult.ts';

export interface SubjectDecision {
  check: CheckResult;
  /** true / false, or null when it cannot be decided (missing layer or class). */
  subject: boolean | null;
  /** The urban area that makes it subject (largest overlap), else the one holding most of the project. */
  urbanArea: UrbanMembership | null;
}

const classLabel = (c: string | null) => ({
  vi: c === 'special' ? 'đặc biệt' : c ? `loại ${c}` : 'chưa rõ loại',
  en: c === 'special' ? 'special class' : c ? `class ${c}` : 'unknown class',
});

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

  const markedByProvince = rules.provinceSubjectProjectIds.includes(ctx.id) || readBoolean(ctx.properties, 'province_subject') === true;
  if (markedByProvince) {
    const area = subjectMembers[0] ?? ctx.homeUrbanArea;
    return {
      subject: true,
      urbanArea: area,
      check: makeCheck(
        id,
        'pass',
        {
          vi: `Dự án được UBND tỉnh xác định thuộc diện phải dành quỹ đất NOXH${area ? ` (${area.name}, ${classLabel(area.urbanClass).vi})` : ''}.`,
          en: `The province has marked the project as subject to the NOXH reserve${area ? ` (${area.name}, ${classLabel(area.urbanClass).en})` : ''}.`,
        },
        'law83',
        { ...figures, province_marked: true },
      ),
    };
  }
  if (!ctx.boundary) {
    return { subject: null, urbanArea: null, check: makeCheck(id, 'warning', joinProblems(ctx), 'law83', figures) };
  }
  if (!layers.urbanAreas) {
    return {
      subject: null,
      urbanArea: null,
      check: makeCheck(
        id,
        'warning',
        {
          vi: 'Thiếu lớp đô thị (urban_area) có loại đô thị: không xác định được dự án có thuộc diện hay không. Hãy bổ sung lớp đô thị.',
          en: 'No urban_area layer with urban classes: cannot tell whether the project is subject. Add the urban area layer.',
        },
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
        text((l) =>
          l === 'vi'
            ? `Dự án ${crosses ? `lấn vào (${formatM2(subjectOverlapM2).vi}, ${formatPct(figures.share_in_subject_urban_areas_pct ?? 0, 1).vi} diện tích)` : 'nằm trong'} ${main.name} (${classLabel(main.urbanClass).vi}): thuộc diện phải dành 20 % quỹ đất ở cho NOXH.`
            : `The project ${crosses ? `crosses into (${formatM2(subjectOverlapM2).en}, ${formatPct(figures.share_in_subject_urban_areas_pct ?? 0, 1).en} of its area)` : 'lies in'} ${main.name} (${classLabel(main.urbanClass).en}): subject to the 20 % NOXH reserve.`,
        ),
        'law83',
        { ...figures, urban_area: main.name, urban_class: main.urbanClass, crosses_boundary: crosses },
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
        {
          vi: `Đô thị ${unknown.map((m) => m.name).join(', ')} chưa có loại đô thị hợp lệ (urban_class: special, I–V): không xác định được dự án có thuộc diện hay không.`,
          en: `Urban area ${unknown.map((m) => m.name).join(', ')} has no valid urban_class (special, I–V): cannot tell whether the project is subject.`,
        },
        'law83',
        figures,
      ),
    };
  }
  const best = [...members].sort((a, b) => URBAN_CLASS_RANK[a.urbanClass!] - URBAN_CLASS_RANK[b.urbanClass!])[0] ?? null;
  return {
    subject: false,
    urbanArea: ctx.homeUrbanArea,
    check: makeCheck(
      id,
      'n/a',
      best
        ? {
            vi: `Dự án nằm trong ${best.name} (${classLabel(best.urbanClass).vi}), không thuộc đô thị loại III trở lên: không thuộc diện (trừ khi UBND tỉnh quy định).`,
            en: `The project lies in ${best.name} (${classLabel(best.urbanClass).en}), not in a class III-or-above urban area: not subject (unless the province marks it).`,
          }
        : {
            vi: 'Dự án nằm ngoài mọi đô thị trong lớp đô thị: không thuộc diện (trừ khi UBND tỉnh quy định).',
            en: 'The project lies outside every urban area of the layer: not subject (unless the province marks it).',
          },
      'law83',
      { ...figures, urban_area: best?.name ?? null, urban_class: best?.urbanClass ?? null },
    ),
  };
}

function joinProblems(ctx: ProjectContext) {
  return { vi: ctx.dataProblems.map((p) => p.vi).join(' '), en: ctx.dataProblems.map((p) => p.en).join(' ') };
}
