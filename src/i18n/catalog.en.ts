// The English words of every message code (mirrors catalog.vi.ts, the reference, key for key).
import type { AuditCsvColumn, Catalog, TargetsColumn, TargetsIndicator } from './message.ts';
import type { CheckId, CheckOutcome, Verdict } from '../domain/reserved_land/types.ts';
import type { LegalReferenceKey, UrbanClass } from '../domain/reserved_land/rules.ts';
import type { HousingStatus } from '../domain/targets/types.ts';

const CHECK_TITLES: Record<CheckId, string> = {
  subject_to_rule: 'Subject to the reserve rule',
  required_reserve: 'Required vs measured reserve',
  declared_area: 'Declared vs measured area',
  location: 'Location (inside project / same urban area)',
  land_use_code: 'Planned land use is residential (ODT/ONT)',
  road_access: 'Road connection',
  not_shared: 'Not counted twice',
  hazard_and_schedule: 'Flood zone and hand-over schedule',
};

const REFERENCES: Record<LegalReferenceKey, string> = {
  law83: 'Housing Law No. 27/2023/QH15, Art. 83',
  law83Infrastructure: 'Housing Law No. 27/2023/QH15, Art. 83(4) (connection to technical and social infrastructure)',
  decree100Art17: 'Decree No. 100/2024/NĐ-CP, Art. 17 (20 % of residential land, excluding existing residential and resettlement land)',
  decree100Art18: 'Decree No. 100/2024/NĐ-CP, Art. 18 (equivalent land elsewhere in the same urban area)',
  decree261Art19: 'Decree No. 100/2024/NĐ-CP, Art. 19 as replaced by Decree No. 261/2025/NĐ-CP (payment instead of land)',
  landUseCodes: 'Decree No. 100/2024/NĐ-CP, Art. 17 (residential land in the 1/500 detailed plan); land-use codes per Circular 08/2024/TT-BTNMT',
  auditTolerance: 'Audit tolerance of this tool (configurable, not a legal figure)',
  sharedReserve: 'Housing Law No. 27/2023/QH15, Art. 83; Decree No. 100/2024/NĐ-CP, Art. 17 (each project’s own reserve)',
};

const VERDICTS: Record<Verdict, string> = { compliant: 'Compliant', noncompliant: 'Non-compliant', review: 'Needs review', not_subject: 'Not subject' };
const OUTCOMES: Record<CheckOutcome, string> = { pass: 'Pass', fail: 'Fail', warning: 'Warning', 'n/a': 'N/A' };

const CSV_HEADERS: Record<AuditCsvColumn, string> = {
  id: 'Project id',
  name: 'Project name',
  verdict: 'Verdict',
  urbanArea: 'Urban area',
  urbanClass: 'Urban class',
  obligation: 'Obligation',
  netResidential: 'Net residential land (m²)',
  required: 'Required (m²)',
  measured: 'Measured (m²)',
  counted: 'Counted (m²)',
  outside: 'Outside (m²)',
  shortfallM2: 'Shortfall (m²)',
  shortfallPct: 'Shortfall (%)',
  reserveShare: 'Reserve share (%)',
  reasons: 'Reasons',
};

const INFERRED = ' (obligation form not stated, inferred from where the land lies)';
const classLabel = (c: UrbanClass | null) => (c === 'special' ? 'special class' : c ? `class ${c}` : 'unknown class');
const project = (featureIndex: number, name: string) => `Project ${featureIndex + 1} (${name})`;
const parcel = (featureIndex: number, label: string) => `Reserved parcel ${featureIndex + 1} (${label})`;
const vnd = (r: { num(v: number, d?: number): string }, value: number) => `${r.num(Math.round(value), 0)} VND`;
const notChecked = (p: { noHazardLayer: boolean; noAsOfDate: boolean }) =>
  [p.noHazardLayer ? 'no flood-zone layer' : '', p.noAsOfDate ? 'no as-of date to check deadlines against' : ''].filter(Boolean).join('; ');


const HOUSING_STATUS_WORDS: Record<HousingStatus, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  under_construction: 'Under construction',
  completed: 'Completed',
};
const TARGETS_INDICATORS: Record<TargetsIndicator, string> = {
  target: 'Target (units)',
  dwellingsCompleted: 'Units completed',
  dwellingsUnderConstruction: 'Units under construction',
  dwellingsApproved: 'Units approved',
  dwellingsProposed: 'Units proposed',
  placesCompleted: 'Places completed (worker dormitories, student housing)',
  placesTotal: 'Places in total',
  gap: 'Units still short of the target',
  neededPerYear: 'Units needed a year',
  rentalSharePct: 'Rental share of units (%)',
  notStarted: 'Projects not started yet (not counted)',
  problems: 'Data notes',
};
const TARGETS_COLUMNS: Record<TargetsColumn, string> = {
  target: 'Target',
  dwellings: 'Units',
  year: 'Year',
  source: 'Source',
  completed: 'Units completed in the year',
  completedCumulative: 'Units completed, cumulative',
  expectedCumulative: 'Units expected, cumulative',
  code: 'Commune/ward code',
  commune: 'Commune/ward',
  total: 'Total',
};

export const EN: Catalog = {
  text: (p) => p.en,

  'audit.check-title': (p) => CHECK_TITLES[p.check],
  'audit.reference': (p) => REFERENCES[p.reference],
  'audit.verdict': (p) => VERDICTS[p.verdict],
  'audit.outcome': (p) => OUTCOMES[p.outcome],
  'audit.csv-header': (p) => CSV_HEADERS[p.column],
  'audit.as-of-invalid': (p) => `As-of date "${p.asOf}" is not a valid date (use dd/mm/yyyy).`,
  'audit.layer-not-collection': (p) => `The ${p.layer} layer is not a GeoJSON FeatureCollection.`,
  'audit.layer-tag-invalid': (p) => `Feature ${p.featureIndex + 1} has an invalid "layer" = ${p.layer}; use one of: ${p.layers.join(', ')}.`,
  'audit.project-id-repeated': (p) => `Project id "${p.id}" is repeated (project ${p.featureIndex + 1}); give each project its own id.`,
  'audit.parcel-not-polygon': (p) => `${parcel(p.featureIndex, p.label)} is not a Polygon/MultiPolygon and was not measured; redraw its boundary.`,
  'audit.parcel-no-project': (p) => `${parcel(p.featureIndex, p.label)} has no project_id; it is still used to detect overlaps.`,
  'audit.parcel-unknown-project': (p) =>
    `${parcel(p.featureIndex, p.label)} names project "${p.projectId}", which is not in the commercial project layer.`,
  'audit.project-boundary-not-polygon': (p) => `${project(p.featureIndex, p.name)}: the boundary is not a Polygon/MultiPolygon; draw the project boundary.`,
  'audit.project-residential-missing': (p) => `${project(p.featureIndex, p.name)}: "residential_land_m2" (total residential land, m²) is missing or invalid.`,
  'audit.project-residential-exceeded': (p) =>
    `${project(p.featureIndex, p.name)}: existing residential + resettlement land exceeds total residential land; check the figures.`,
  'audit.project-obligation-invalid': (p) =>
    `${project(p.featureIndex, p.name)}: obligation "${p.declared}" is not one of land_in_project, land_elsewhere, payment.`,
  'audit.sentences': (p, r) => p.sentences.map((m) => r.msg(m)).join(' '),

  'audit.highlight.boundary': (p) => `Project ${p.name} boundary`,
  'audit.highlight.parcel': (p, r) => `Reserved parcel ${p.id} (${r.m2(p.areaM2)})`,
  'audit.highlight.outside-urban-area': (p) => `Outside urban area ${p.urbanArea}`,
  'audit.highlight.outside-boundary': () => 'Part outside the project boundary',
  'audit.highlight.non-residential': (p) => `${p.code} land (not residential)`,
  'audit.highlight.not-in-plan': () => 'Not covered by the plan',
  'audit.highlight.not-connected': (p, r) => `${r.m(p.distanceM)} from a road`,
  'audit.highlight.shared-reserve': (p) => `Overlaps the reserve of project ${p.otherProject}`,
  'audit.highlight.housing-counted': (p) => `NOXH project ${p.housingProject} already counted for project ${p.otherProject}`,
  'audit.highlight.housing-unlinked': (p) => `NOXH project ${p.housingProject} not linked to any commercial project`,
  'audit.highlight.declared-mismatch': (p, r) => `Declared ${r.m2(p.declaredM2)}, measured ${r.m2(p.measuredM2)}`,
  'audit.highlight.flood': (p) => `Inside flood zone ${p.zone}`,
  'audit.highlight.deadline': (p) => `Hand-over deadline ${p.deadline} passed`,

  'audit.subject.not-subject-rest': () => 'Not applicable: the project is not subject to the reserve rule.',
  'audit.subject.province': (p) =>
    `The province has marked the project as subject to the NOXH reserve${p.urbanArea ? ` (${p.urbanArea.name}, ${classLabel(p.urbanArea.urbanClass)})` : ''}.`,
  'audit.subject.no-urban-layer': () => 'No urban_area layer with urban classes: cannot tell whether the project is subject. Add the urban area layer.',
  'audit.subject.inside': (p, r) =>
    `The project ${p.crossing ? `crosses into (${r.m2(p.crossing.areaM2)}, ${r.pct(p.crossing.sharePct, 1)} of its area)` : 'lies in'} ${p.urbanArea} (${classLabel(p.urbanClass)}): subject to the 20 % NOXH reserve.`,
  'audit.subject.unknown-class': (p) =>
    `Urban area ${p.urbanAreas.join(', ')} has no valid urban_class (special, I–V): cannot tell whether the project is subject.`,
  'audit.subject.below-class': (p) =>
    `The project lies in ${p.urbanArea} (${classLabel(p.urbanClass)}), not in a class III-or-above urban area: not subject (unless the province marks it).`,
  'audit.subject.outside': () => 'The project lies outside every urban area of the layer: not subject (unless the province marks it).',

  'audit.reserve.data-missing': () => 'The project’s residential land figures are missing.',
  'audit.reserve.nothing-recorded': (p, r) => `No reserved land and no payment is recorded for the project; ${r.m2(p.requiredM2)} is required.`,
  'audit.reserve.formula': (p, r) =>
    `Required ${r.pct(p.sharePct, 0)} × (${r.m2(p.residentialM2)} − ${r.m2(p.existingM2)} existing − ${r.m2(p.resettlementM2)} resettlement) = ${r.m2(p.requiredM2)}`,
  'audit.reserve.no-parcel': (p, r) => `${r.msg(p.formula)}; no reserved parcel is recorded${p.inferred ? INFERRED : ''}.`,
  'audit.reserve.measured': (p, r) => {
    const where = p.where === 'land_in_project' ? 'inside the project' : 'in the same urban area';
    const share = p.sharePct === null ? '' : r.pct(p.sharePct, 2);
    const tail = `${p.inferred ? INFERRED : ''}.${p.overlapM2 === null ? '' : ` Parcels overlap by ${r.m2(p.overlapM2)}, counted once.`}`;
    return p.met
      ? `${r.msg(p.formula)}; measured ${where} ${r.m2(p.countedM2)} (${share} of residential land): met${tail}`
      : `${r.msg(p.formula)}; measured ${where} only ${r.m2(p.countedM2)} (${share} of residential land): short by ${r.m2(p.shortfallM2)} (${r.pct(p.shortfallPct, 2)} of the requirement)${tail}`;
  },
  'audit.payment.due': (p, r) =>
    'unknown' in p
      ? 'The payment cannot be estimated: enter the land-use fee (land_use_fee_vnd_per_m2), the infrastructure unit cost (infrastructure_cost_vnd_per_m2) and the total project land.'
      : `Estimated payment: land-use fee for ${r.m2(p.reserveLandM2)} (${vnd(r, p.landUseFeeVnd)}) + infrastructure share (${vnd(r, p.infrastructureShareVnd)}) = ${vnd(r, p.totalVnd)}.`,
  'audit.payment.paid': (p, r) => `${r.msg(p.due)} Paid ${vnd(r, p.paidVnd)}: ${!p.enough ? `short by ${vnd(r, p.shortVnd)}.` : 'enough.'}`,
  'audit.payment.recorded': (p, r) =>
    `${r.msg(p.due)} ${p.made ? 'The project records the payment as made (payment_made).' : 'The project records the payment as not made.'}`,
  'audit.payment.no-record': (p, r) => `${r.msg(p.due)} No record of the payment (paid_amount_vnd or payment_made): needs review.`,

  'audit.declared.no-parcel': () => 'No reserved parcel to compare.',
  'audit.declared.none-declared': () => 'No parcel has a declared area (declared_area_m2): nothing to compare.',
  'audit.declared.within': (p, r) =>
    `Declared ${r.m2(p.declaredM2)}, measured ${r.m2(p.measuredM2)}: within tolerance.${p.missing > 0 ? ` ${p.missing} parcel(s) have no declared area.` : ''}`,
  'audit.declared.mismatch': (p, r) =>
    `Declared area differs from measured beyond tolerance (${p.tolerancePct} % or ${p.toleranceM2} m²) — declared / measured: ${p.parcels
      .map((m) => `${m.id}: ${r.m2(m.declaredM2)} / ${r.m2(m.measuredM2)} (${m.differenceM2 > 0 ? '+' : '−'}${r.m2(Math.abs(m.differenceM2))})`)
      .join('; ')}. Check the records.${p.missing > 0 ? ` ${p.missing} parcel(s) have no declared area.` : ''}`,

  'audit.location.payment': () => 'Payment instead of land: location does not apply.',
  'audit.location.no-parcel': () => 'No reserved parcel to locate.',
  'audit.location.urban-unknown': () =>
    'The project’s urban area is unknown (no urban area layer, or the project is outside every urban area): cannot check the land is in the same urban area.',
  'audit.location.outside-urban-area': (p, r) =>
    `${r.m2(p.outsideM2)} of the equivalent land lies outside the project’s urban area ${p.urbanArea}${p.reserveAreas ? ` (in: ${p.reserveAreas})` : ''}; only ${r.m2(p.countedM2)} counts.`,
  'audit.location.in-urban-area': (p) => `The equivalent land lies in the project’s urban area ${p.urbanArea}.`,
  'audit.location.no-boundary': () => 'The project has no polygon boundary: location cannot be checked.',
  'audit.location.outside-boundary': (p, r) =>
    `${r.m2(p.outsideM2)} of the reserved land lies outside the project boundary (not counted); inside: ${r.m2(p.countedM2)}.`,
  'audit.location.inside': () => 'All reserved land lies inside the project boundary.',

  'audit.land-use.payment': () => 'Payment instead of land: land use does not apply.',
  'audit.no-parcel': () => 'No reserved parcel.',
  'audit.land-use.no-layer': () => 'No land-use plan layer (land_use_plan): cannot check the reserve is residential land (ODT/ONT). Add the plan layer.',
  'audit.land-use.non-residential': (p, r) =>
    `${r.m2(p.nonResidentialM2)} of the reserved land is not residential in the plan (${p.parts.map((x) => `${x.code} ${r.m2(x.areaM2)}`).join(', ')}); it must be residential land (${p.residentialCodes}).`,
  'audit.land-use.not-in-plan': (p, r) => `${r.m2(p.uncoveredM2)} of the reserved land is not covered by the land-use plan layer: its land use is unknown.`,
  'audit.land-use.residential': (p, r) => `The reserved land is residential in the plan (${p.codes.map((x) => `${x.code}: ${r.m2(x.areaM2)}`).join('; ')}).`,

  'audit.road.payment': () => 'Payment instead of land: access does not apply.',
  'audit.road.no-layer': () => 'No road layer: cannot check the reserve connects to a road. Add the transport layer.',
  'audit.road.not-connected': (p, r) =>
    `${p.unconnected}/${p.pieces} reserved piece(s) lie ${r.m(p.distanceM)} from the nearest road (${p.road}), beyond ${r.m(p.limitM)}: not connected.`,
  'audit.road.connected': (p, r) => `The reserved land connects to a road (${p.road}; farthest ${r.m(p.distanceM)}, limit ${r.m(p.limitM)}).`,

  'audit.shared.payment': () => 'Payment instead of land: sharing does not apply.',
  'audit.shared.counted-twice': (p, r) =>
    `${r.m2(p.sharedM2)} of the reserved land is also counted for another project (${p.sharedWith}): land counts for one project only.`,
  'audit.shared.unlinked-housing': (p) =>
    `The reserve overlaps NOXH project(s) ${p.housingProjects.join(', ')} with no linked commercial project (reserved_for_project_id): check it is not counted twice.`,
  'audit.shared.alone': (p) => `The reserved land does not overlap another project’s reserve${p.housingLayer ? ' or a NOXH project counted elsewhere' : ''}.`,

  'audit.hazard.nothing': () => 'No reserved land to check.',
  'audit.hazard.flood': (p, r) => `${r.m2(p.floodM2)} of the reserved land lies in a flood zone (${p.zones.join(', ')}).`,
  'audit.hazard.overdue': (p) => `Parcel ${p.parcel} is past its hand-over deadline (${p.deadline}) but its status is "${p.status ?? 'not recorded'}".`,
  'audit.hazard.bad-dates': (p) => `Unreadable deadline (use dd/mm/yyyy): ${p.dates.join(', ')}.`,
  'audit.hazard.not-checked': (p) => `Not checked: ${notChecked(p)}.`,
  'audit.hazard.passed': (p) =>
    `${p.hazardChecked ? 'Not inside a flood zone.' : ''}${p.deadlinesChecked ? ' Parcels are within their deadline or handed over.' : ''}${
      p.noHazardLayer || p.noAsOfDate ? ` (Not checked: ${notChecked(p)}.)` : ''
    }`.trim(),

  // Plan targets (src/domain/targets)
  'targets.number-invalid': (p) =>
    `Project "${p.name}": the number of ${p.unitKind === 'place' ? 'places' : 'units'} ${p.value === '' ? 'is missing' : `"${p.value}" is not valid`}; it must be a positive whole number. The project is left out of the totals.`,
  'targets.year-invalid': (p) => `Project "${p.name}": ${p.field === 'start_year' ? 'start year' : 'completion year'} "${p.value}" is not a year.`,
  'targets.completion-before-start': (p) => `Project "${p.name}": completion year ${p.completionYear} is before start year ${p.startYear}.`,
  'targets.completed-without-year': (p) => `Project "${p.name}" is completed but has no completion year.`,
  'targets.status-unknown': (p) => `Project "${p.name}": status ${p.value === '' ? 'missing' : `"${p.value}" unknown`}; counted as proposed.`,
  'targets.form-unknown': (p) => `Project "${p.name}": form ${p.value === '' ? 'missing' : `"${p.value}" unknown`}.`,
  'targets.no-commune': (p) => `Project "${p.name}" lies in no commune or ward: counted under "No commune/ward".`,
  'targets.commune-code-unknown': (p) => `Project "${p.name}": commune/ward code "${p.code}" is not in the administrative layer.`,
  'targets.targets-not-list': () => 'The targets ("targets") must be a list.',
  'targets.target-invalid': (p) => `Target ${p.index + 1} has no id, number of units (a positive whole number) or year.`,
  'targets.unassigned': () => 'No commune/ward',
  'targets.report-title': (p) => `Working report: social housing progress in ${p.asOf} (not the official reporting form), made on ${p.date}`,
  'targets.indicator': (p) => TARGETS_INDICATORS[p.indicator],
  'targets.column': (p) => TARGETS_COLUMNS[p.column],
  'targets.count-column': (p) => `${p.unitKind === 'place' ? 'Places' : 'Units'}: ${p.status === 'total' ? 'total' : HOUSING_STATUS_WORDS[p.status].toLowerCase()}`,
  'targets.status': (p) => HOUSING_STATUS_WORDS[p.status],
};
