// One catalogue per language: vi (the reference) and en have the same codes, and every code renders in both with
// every placeholder filled (a sample of each code's params, typed, so a new code without a sample does not compile).
import { describe, expect, it } from 'vitest';
import { msg, type Message, type MessageCode, type MessageParams } from '../../../src/i18n/message.ts';
import { CATALOGS, renderMessage } from '../../../src/i18n/renderMessage.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const none = {} as Record<string, never>;
const due = msg('audit.payment.due', { reserveLandM2: 1234.5, landUseFeeVnd: 1e9, infrastructureShareVnd: 2e8, totalVnd: 1.2e9 });
const formula = msg('audit.reserve.formula', { sharePct: 20, residentialM2: 50000, existingM2: 1000, resettlementM2: 2000, requiredM2: 9400 });
const at = { featureIndex: 2, name: 'KĐT Bàu Giang' };

const SAMPLES: { [C in MessageCode]: MessageParams[C] } = {
  text: { vi: 'Chữ', en: 'Text' },
  'audit.check-title': { check: 'location' },
  'audit.reference': { reference: 'decree100Art18' },
  'audit.verdict': { verdict: 'review' },
  'audit.outcome': { outcome: 'n/a' },
  'audit.csv-header': { column: 'reserveShare' },
  'audit.as-of-invalid': { asOf: '31/02/2025' },
  'audit.layer-not-collection': { layer: 'reserved_land' },
  'audit.layer-tag-invalid': { featureIndex: 0, layer: '"x"', layers: ['commercial_project', 'reserved_land'] },
  'audit.project-id-repeated': { id: 'P1', featureIndex: 3 },
  'audit.parcel-not-polygon': { featureIndex: 1, label: 'R1' },
  'audit.parcel-no-project': { featureIndex: 1, label: 'R1' },
  'audit.parcel-unknown-project': { featureIndex: 1, label: 'R1', projectId: 'P9' },
  'audit.project-boundary-not-polygon': at,
  'audit.project-residential-missing': at,
  'audit.project-residential-exceeded': at,
  'audit.project-obligation-invalid': { ...at, declared: 'cash' },
  'audit.sentences': { sentences: [msg('audit.no-parcel'), msg('audit.hazard.bad-dates', { dates: ['R1 ("x")'] })] },
  'audit.highlight.boundary': { name: 'A' },
  'audit.highlight.parcel': { id: 'R1', areaM2: 1234.56 },
  'audit.highlight.outside-urban-area': { urbanArea: 'Quảng Ngãi' },
  'audit.highlight.outside-boundary': none,
  'audit.highlight.non-residential': { code: 'LUC' },
  'audit.highlight.not-in-plan': none,
  'audit.highlight.not-connected': { distanceM: 75.25 },
  'audit.highlight.shared-reserve': { otherProject: 'P2' },
  'audit.highlight.housing-counted': { housingProject: 'H1', otherProject: 'P2' },
  'audit.highlight.housing-unlinked': { housingProject: 'H1' },
  'audit.highlight.declared-mismatch': { declaredM2: 1000, measuredM2: 900 },
  'audit.highlight.flood': { zone: 'Z1' },
  'audit.highlight.deadline': { deadline: '2024-06-30' },
  'audit.subject.not-subject-rest': none,
  'audit.subject.province': { urbanArea: { name: 'Đức Phổ', urbanClass: 'IV' } },
  'audit.subject.no-urban-layer': none,
  'audit.subject.inside': { urbanArea: 'Quảng Ngãi', urbanClass: 'I', crossing: { areaM2: 5000, sharePct: 12.5 } },
  'audit.subject.unknown-class': { urbanAreas: ['A', 'B'] },
  'audit.subject.below-class': { urbanArea: 'Đức Phổ', urbanClass: 'special' },
  'audit.subject.outside': none,
  'audit.reserve.data-missing': none,
  'audit.reserve.nothing-recorded': { requiredM2: 9400 },
  'audit.reserve.no-parcel': { formula, inferred: true },
  'audit.reserve.measured': {
    formula,
    met: false,
    where: 'land_elsewhere',
    countedM2: 9000,
    sharePct: 19.1,
    shortfallM2: 400,
    shortfallPct: 4.26,
    inferred: true,
    overlapM2: 12.5,
  },
  'audit.reserve.formula': formula.params,
  'audit.payment.due': due.params,
  'audit.payment.paid': { due, paidVnd: 1e9, enough: false, shortVnd: 2e8 },
  'audit.payment.recorded': { due, made: true },
  'audit.payment.no-record': { due: msg('audit.payment.due', { unknown: true }) },
  'audit.declared.no-parcel': none,
  'audit.declared.none-declared': none,
  'audit.declared.within': { declaredM2: 1000, measuredM2: 999, missing: 1 },
  'audit.declared.mismatch': { tolerancePct: 1, toleranceM2: 50, parcels: [{ id: 'R1', declaredM2: 1000, measuredM2: 900, differenceM2: -100 }], missing: 2 },
  'audit.location.payment': none,
  'audit.location.no-parcel': none,
  'audit.location.urban-unknown': none,
  'audit.location.outside-urban-area': { outsideM2: 300, countedM2: 700, urbanArea: 'A', reserveAreas: 'B: 300 m²' },
  'audit.location.in-urban-area': { urbanArea: 'A' },
  'audit.location.no-boundary': none,
  'audit.location.outside-boundary': { outsideM2: 300, countedM2: 700 },
  'audit.location.inside': none,
  'audit.land-use.payment': none,
  'audit.no-parcel': none,
  'audit.land-use.no-layer': none,
  'audit.land-use.non-residential': { nonResidentialM2: 200, parts: [{ code: 'LUC', areaM2: 200 }], residentialCodes: 'ODT, ONT' },
  'audit.land-use.not-in-plan': { uncoveredM2: 150 },
  'audit.land-use.residential': { codes: [{ code: 'ODT', areaM2: 1000 }] },
  'audit.road.payment': none,
  'audit.road.no-layer': none,
  'audit.road.not-connected': { unconnected: 1, pieces: 2, road: 'QL1A', distanceM: 120, limitM: 50 },
  'audit.road.connected': { road: 'QL1A', distanceM: 10, limitM: 50 },
  'audit.shared.payment': none,
  'audit.shared.counted-twice': { sharedM2: 100, sharedWith: 'P2' },
  'audit.shared.unlinked-housing': { housingProjects: ['H1'] },
  'audit.shared.alone': { housingLayer: true },
  'audit.hazard.nothing': none,
  'audit.hazard.flood': { floodM2: 100, zones: ['Z1'] },
  'audit.hazard.overdue': { parcel: 'R1', deadline: '2024-06-30', status: null },
  'audit.hazard.bad-dates': { dates: ['R1 ("x")'] },
  'audit.hazard.not-checked': { noHazardLayer: true, noAsOfDate: true },
  'audit.hazard.passed': { hazardChecked: true, deadlinesChecked: true, noHazardLayer: false, noAsOfDate: true },
  // Plan targets
  'targets.number-invalid': { name: 'NOXH Nghĩa Lộ', value: '-5', unitKind: 'dwelling' },
  'targets.year-invalid': { name: 'NOXH Nghĩa Lộ', field: 'start_year', value: '2025,5' },
  'targets.completion-before-start': { name: 'NOXH Nghĩa Lộ', startYear: 2026, completionYear: 2024 },
  'targets.completed-without-year': { name: 'NOXH Nghĩa Lộ' },
  'targets.status-unknown': { name: 'NOXH Nghĩa Lộ', value: 'paused' },
  'targets.form-unknown': { name: 'NOXH Nghĩa Lộ', value: '' },
  'targets.no-commune': { name: 'NOXH Nghĩa Lộ' },
  'targets.commune-code-unknown': { name: 'NOXH Nghĩa Lộ', code: '99999' },
  'targets.targets-not-list': none,
  'targets.target-invalid': { index: 1 },
  'targets.unassigned': none,
  'targets.report-title': { asOf: 2026, date: '31/12/2026' },
  'targets.indicator': { indicator: 'rentalSharePct' },
  'targets.column': { column: 'expectedCumulative' },
  'targets.count-column': { unitKind: 'place', status: 'under_construction' },
  'targets.status': { status: 'approved' },
};

describe('message catalogue', () => {
  it('vi and en have the same codes, and every code has a sample here', () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(CATALOGS.vi).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(CATALOGS.vi).sort());
  });

  it.each(Object.keys(SAMPLES) as MessageCode[])('%s renders in both languages with every placeholder filled', (code) => {
    const message = { code, params: SAMPLES[code] } as Message;
    for (const language of ['vi', 'en'] as const) {
      const text = renderMessage(language, message);
      expect(text.length, `${code} ${language}`).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|\[object |null/);
    }
  });

  it('numbers follow the language: 1.234,5 in vi, 1,234.5 in en', () => {
    const m = msg('audit.highlight.parcel', { id: 'R1', areaM2: 1234.54 });
    expect(renderMessage('vi', m)).toBe('Quỹ đất NOXH R1 (1.234,5 m²)');
    expect(renderMessage('en', m)).toBe('Reserved parcel R1 (1,234.5 m²)');
  });

  it('a UserError carries its typed message and renders messageVi / messageEn from the catalogue', () => {
    const e = new UserError(msg('audit.as-of-invalid', { asOf: '31/02/2025' }));
    expect(e.userMessage).toEqual({ code: 'audit.as-of-invalid', params: { asOf: '31/02/2025' } });
    expect(e.messageVi).toBe('Ngày đối chiếu "31/02/2025" không hợp lệ (dùng dd/mm/yyyy).');
    expect(e.messageEn).toBe(e.message);
    expect(new UserError('Lỗi', 'Error')).toMatchObject({ messageVi: 'Lỗi', messageEn: 'Error', userMessage: { code: 'text' } });
  });
});
