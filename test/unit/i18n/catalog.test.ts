// One catalogue per language: vi (the reference) and en have the same codes, and every code renders in both with
// every placeholder filled (a sample of each code's params, typed, so a new code without a sample does not compile).
import { describe, expect, it } from 'vitest';
import { msg, type Message, type MessageCode, type MessageParams } from '../../../src/i18n/message.ts';
import { CATALOGS, UI_TEXTS, renderMessage } from '../../../src/i18n/renderMessage.ts';
import { UserError } from '../../../src/domain/model/userError.ts';

const none = {} as Record<string, never>;
const due = msg('audit.payment.due', { reserveLandM2: 1234.5, landUseFeeVnd: 1e9, infrastructureShareVnd: 2e8, totalVnd: 1.2e9 });
const formula = msg('audit.reserve.formula', { sharePct: 20, residentialM2: 50000, existingM2: 1000, resettlementM2: 2000, requiredM2: 9400 });
const at = { featureIndex: 2, name: 'KĐT Bàu Giang' };

const SAMPLES: { [C in MessageCode]: MessageParams[C] } = {
  'crs-guess.no-coordinates': none,
  'crs-guess.degrees': { lon: 108.8, lat: 15.12, inVietnam: true },
  'crs-guess.degrees-swapped': { first: 15.12, second: 108.8 },
  'crs-guess.degrees-note': none,
  'crs-guess.metres': { system: { vi: 'VN-2000 TM-3 108°', en: 'VN-2000 TM-3 108°' }, lat: 15.1, lon: 108.8, inRegion: true, provinces: ['Quảng Ngãi'], northingFirst: { x: 1672803, y: 587049 } },
  'crs-guess.metres-note': none,
  'crs-guess.metres-no-match': { x: 100, y: 200 },
  'prj.towgs84-flipped': none,
  'prj.towgs84-replaced': { given: [1, 2, 3, 0, 0, 0, 0] },
  'prj.custom-system': { name: 'Lambert' },
  'crs.label.from-prj': { name: 'Lambert' },
  'crs.label.proj4': { proj4: '+proj=longlat' },
  'crs.label.wgs84': none,
  'crs.label.vn2000-geographic': none,
  'crs.label.web-mercator': none,
  'crs.label.wgs84-utm': { zone: 49, epsg: 32649 },
  'crs.label.vn2000-tm3': { meridian: '108°', epsg: 5898, provinces: [{ vi: 'Quảng Ngãi', ascii: 'Quang Ngai' }] },
  'crs.label.vn2000-utm': { zone: 49, epsg: 3405 },
  'crs.unknown': { spec: 'EPSG:1', why: { why: 'epsg-unknown', epsg: '1' } },
  'crs.no-prj': { crs: { vi: 'Hệ A', en: 'System A' } },
  'crs.transform-failed': { featureIndex: 0, x: 1, y: 2, crs: { vi: 'Hệ A', en: 'System A' } },
  'csv-guess.lon-lat': { x: 'lon', y: 'lat' },
  'csv-guess.easting-northing': { x: 'E', y: 'N' },
  'csv-guess.x-y': { x: 'X', y: 'Y' },
  'csv-guess.first-numeric': { x: 'a', y: 'b' },
  'export.geometry-collection': { featureIndex: 0 },
  'export.null-shapes': { count: 2, file: 'k' },
  'export.mixed-kinds': { files: ['k_polygons', 'k_points'] },
  'export.dbf-name-shortened': { field: 'landuse_code', name: 'landuse_co' },
  'export.dbf-number-as-text': { field: 'id' },
  'export.dbf-text-truncated': { field: 'note', maxBytes: 254, values: 3 },
  'export.dbf-too-many-fields': { count: 1808, limit: 255, extra: ['a256', 'a257'] },
  'project.not-object': none,
  'project.format-missing': { format: 'noxh-atlas-project' },
  'project.version-invalid': none,
  'project.version-newer': { version: 9 },
  'project.layers-missing': none,
  'project.layer-invalid': { layerIndex: 0 },
  'project.field-invalid': { layerIndex: 1, field: 'title', expected: 'local-text' },
  'project.too-large': { layerIndex: null, field: 'title', count: 3_000_000, limit: 2000, unit: 'chars' },
  'project.layer-id-duplicate': { layerIndex: 1, id: 'roads' },
  'project.not-json': { detail: 'Unexpected token' },
  'recovery.crashed-title': none,
  'recovery.crashed-body': none,
  'recovery.reload': none,
  'recovery.download-workspace': none,
  'recovery.start-over': none,
  'recovery.broken-workspace': { savedAt: '2026-12-05 13:00', problem: msg('project.layer-invalid', { layerIndex: 0 }) },
  'recovery.dismiss': none,
  'recovery.autosave-failed': { error: 'QuotaExceededError' },
  'layer.not-collection': { layer: 'Đường' },
  'sample.role-invalid': { entryIndex: 0, role: 'x' },
  'scoring.parcel-invalid': { featureIndex: 4 },
  'scoring.invalid-geometry': none,
  'scoring.nothing-scored': none,
  'scoring.not-measured': none,
  'scenario.item-invalid': { scenario: 's1', item: 'criterion', itemIndex: 0, id: 'main_road', problem: 'source' },
  'ahp.matrix-not-square': none,
  'ahp.too-many': { max: 15 },
  'ahp.cell-not-positive': { row: 0, column: 1 },
  'ahp.diagonal-not-one': { row: 1 },
  'ahp.not-reciprocal': { row: 0, column: 1 },
  'ahp.at-level': { group: 'A', message: msg('ahp.criteria-duplicate') },
  'ahp.criteria-missing': none,
  'ahp.criteria-duplicate': none,
  'ahp.rows-mismatch': { criteria: 3 },
  'ahp.hierarchy-invalid': none,
  'ahp.children-unknown': { groups: ['Z'] },
  'ahp.children-missing': { group: 'B' },
  'cli.value-missing': { option: 'out' },
  'cli.option-missing': { option: 'out' },
  'cli.file-unreadable': { path: 'a.json', quoted: true },
  'cli.file-not-found': { path: 'a.shp' },
  'cli.not-json': { path: 'a.json', quoted: false },
  'cli.json-unreadable': { path: 'm.json' },
  'cli.not-feature-collection': { path: 'a.json', quoted: true },
  'cli.not-valid-feature-collection': { path: 'a.json' },
  'cli.input-missing': none,
  'cli.csv-no-points': none,
  'cli.ahp-file-missing': none,
  'cli.import-no-files': none,
  'cli.encoding-unknown': { encoding: 'x' },
  'cli.role-unknown': { role: 'x' },
  'cli.not-non-negative': { option: 'tolerance-pct' },
  'cli.whole-number-min': { option: 'year', min: 2000 },
  'cli.file-is-folder': { path: '/tmp/x' },
  'cli.file-no-permission': { path: '/tmp/x' },
  'cli.file-read-failed': { path: '/tmp/x', why: 'EIO' },
  'cli.json-invalid-why': { path: '/tmp/x.json', why: 'Unexpected token at line 3, column 5' },
  'cli.flatgeobuf-not-wgs84': { path: '/tmp/x.fgb', epsg: 5898 },
  'export.flatgeobuf-no-geometry': { count: 3 },
  'cli.travel-mode-invalid': { value: 'bike' },
  'cli.preset-unknown': { id: 'x', ids: 'a, b' },
  'cli.threads-invalid': { value: '0' },
  'cli.layer-spec-invalid': { position: 1, spec: 'x' },
  'cli.no-parcels': none,
  'scenario.no-id': none,
  'sql.network-measure': { id: 'jobs' },
  'sql.test-mismatch': { id: 'flood' },
  'parquet.no-geometry-column': { file: 'a.parquet' },
  'parquet.geometry-encoding': { file: 'a.parquet', encoding: 'point' },
  'parquet.not-wgs84': { file: 'a.parquet', crs: 'EPSG:32649' },
  'import.file-unsupported': { file: 'a.docx', ext: 'docx' },
  'import.file-unreadable': { message: msg('crs.unknown', { spec: 'x', why: { why: 'unrecognised' } }) },
  'import.file-empty': none,
  'import.json-invalid': { file: 'a.json', at: { line: 6, column: 5 } },
  'import.flatgeobuf-invalid': { file: 'a.fgb', reason: 'not a FlatGeobuf' },
  'import.parquet-invalid': { file: 'a.parquet', reason: 'not a parquet file' },
  'import.geojson-not-geojson': { file: 'a.json' },
  'import.zip-corrupt': { file: 'a.zip', problem: 'entry-method', entry: 'a.shp', method: 12 },
  'import.zip-bomb': { file: 'a.zip', problem: 'total-size', totalMb: '3000 MB', limitMb: '2048 MB' },
  'import.zip-empty': { file: 'a.zip' },
  'import.shp-invalid': { problem: 'shape-type', shapeType: 31 },
  'import.shp-truncated': { name: 'thua', count: 2 },
  'import.shp-record-damaged': none,
  'import.shp-unsupported-shape': { shapeType: 31 },
  'import.shx-missing': { name: 'thua' },
  'import.dbf-missing': { name: 'thua' },
  'import.dbf-invalid': { problem: 'bad-header' },
  'import.dbf-count-mismatch': { name: 'thua', records: 2, shapes: 3 },
  'import.dbf-records-missing': { name: 'thua', declared: 100, read: 3 },
  'import.dbf-deleted-record': none,
  'import.shp-missing': { name: 'thua' },
  'import.kml-invalid': { file: 'a.kml' },
  'import.kmz-no-kml': { file: 'a.kmz' },
  'import.prj-unreadable': { name: 'thua' },
  'import.cpg-unknown': { name: 'thua', cpg: 'x' },
  'import.crs-from-prj': { name: 'thua', crs: { vi: 'Hệ A', en: 'System A' } },
  'import.crs-prj-detail': { detail: msg('prj.towgs84-flipped') },
  'import.crs-from-option': { crs: { vi: 'Hệ A', en: 'System A' } },
  'import.crs-assumed-wgs84': none,
  'import.crs-needed': { name: 'thua', rawBbox: [587000, 1672000, 588000, 1673000], suggestion: { id: 'EPSG:5898', label: { vi: 'Hệ A', en: 'System A' } } },
  'import.crs-geojson-member': { crs: { vi: 'Hệ A', en: 'System A' } },
  'import.crs-member-unknown': { declared: 'EPSG:1' },
  'import.crs-guessed': { crs: { vi: 'Hệ A', en: 'System A' }, reason: msg('crs-guess.degrees', { lon: 108.8, lat: 15.1, inVietnam: true }) },
  'import.crs-mismatch': { x: 587049.9, y: 1672803.5 },
  'import.reprojected': { crs: { vi: 'Hệ A', en: 'System A' }, points: 12, failed: 1 },
  'import.layer-no-overlap': { layer: 'thua', centreLat: 15.1, centreLon: 108.8 },
  'import.encoding-from-cpg': { name: 'thua', cpg: 'UTF-8' },
  'import.encoding-detected': { encoding: 'vni', confidencePct: 90, samples: ['Tịnh Phong'] },
  'import.encoding-uncertain': { encoding: 'tcvn3', confidencePct: 40, samples: ['Tịnh Phong'] },
  'import.encoding-from-option': { encoding: 'vni' },
  'import.csv-encoding-detected': { file: 'a.csv', encoding: 'cp1258' },
  'import.geometry-null': none,
  'import.geometry-empty': { problem: 'no-rings' },
  'import.geometry-invalid': { problem: 'structure', details: ['a', 'b'] },
  'import.ring-closed': { rings: 2 },
  'import.ring-too-short': { outerPoints: 2 },
  'import.ring-rewound': { rings: 1 },
  'import.polygon-zero-area': { rings: 1 },
  'import.duplicate-points-removed': { points: 3 },
  'import.self-intersection-repaired': { near: [108.1, 15.2], parts: 2 },
  'import.self-intersection-kept': { near: null },
  'import.coordinates-out-of-range': { x: 200, y: 10 },
  'import.coordinates-not-finite': { x: 'Infinity', y: '1' },
  'import.latlon-swapped': { layer: 'moc', count: 4 },
  'import.feature-invalid': none,
  'import.summary': { of: 'csv-rows', points: 4, rows: 6, rejected: 2, outside: 1, blank: 1 },
  'import.csv-format': { delimiter: ';', decimalComma: true },
  'import.csv-quote-unclosed': { line: 3, lastLine: 9 },
  'import.csv-quote-stray': { lines: [2, 5], count: 3 },
  'import.csv-column-missing': { column: 'X', axis: 'X', columns: ['a', 'b'] },
  'import.csv-no-coordinates': { columns: [] },
  'import.csv-columns': { reason: msg('csv-guess.x-y', { x: 'X', y: 'Y' }) },
  'import.csv-axis-order': { reason: msg('csv-guess.x-y', { x: 'X', y: 'Y' }) },
  'import.csv-row-rejected': { row: 4, cells: [{ column: 'Y', cell: '58x' }, { column: 'X', cell: '' }] },
  'import.csv-point-outside-vietnam': { row: 5, x: 1, y: 2, lat: 0.1, lon: 0.2 },
  'import.csv-all-outside-vietnam': { count: 3, crs: { vi: 'Hệ A', en: 'System A' } },
  'import.rerun-failed': { text: { vi: 'Lỗi', en: 'Failed' } },
  'import.at-feature': { featureIndex: 4, message: msg('import.ring-closed', { rings: 2 }) },
  'ui.vnd': { vnd: 1234567.4 },
  'ui.number-input': { value: 12.5 },
  'ui.points-unit': none,
  'ui.feature-number-title': none,
  'ui.crs-most-likely': none,
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
  'audit.payment.paid': { due, paidVnd: 1e9, enough: false, shortVnd: 2e8, basis: 'estimate' },
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
  // issue 14
  'audit.payment.notified': { notifiedVnd: 9.5e10 },
  'audit.payment.not-notified': none,
  'audit.payment.late': { dueOn: '2025-03-01', paidOn: '2025-04-10', asOf: null, days: 40, chargeVnd: 1.14e9, ratePerDayPct: 0.03, basis: 'notified' },
  'audit.hazard.after-handover': { parcels: [{ parcel: 'R1', status: 'auctioned' }, { parcel: 'R2', status: 'completed' }] },
  'audit.obligation': { obligation: 'land_elsewhere', inferred: true },
  'audit.subject.class-in-force': { urbanArea: 'Thị xã Đức Phổ', urbanClass: 'IV', decision: 'QĐ 1234/QĐ-BXD', decidedOn: '2015-06-01', approvedOn: '2024-10-01', later: [{ urbanClass: 'III', decidedOn: '2025-03-01' }] },
  'audit.subject.province-criteria': { urbanArea: 'Thị xã Đức Phổ', urbanClass: 'IV', decision: 'QĐ 99/2025/QĐ-UBND' },
  'audit.road.nearby': { facilities: [{ group: 'school', name: 'Trường TH Nghĩa Chánh', distanceM: 412.4 }, { group: 'market', name: 'Chợ Nghĩa Chánh', distanceM: 1250 }] },
  'audit.reserve.equal-value': { formula, countedM2: 8000, shortfallM2: 2000, valueVnd: 9e10, requiredValueVnd: 8.5e10 },
  'audit.transition.earlier': { approvedOn: '2023-05-15', source: 'decision', regime: 'decree_49_2021', cutoff: '2024-08-01', landUseFeePaid: true },
  'scoring.distance-mode': { mode: 'travel_min' },
  'scoring.distance-mode.label': none,
  'scoring.travel-mode': { mode: 'motorbike' },
  'scoring.travel-mode.label': none,
  'scoring.network.note': { straightM: 850.4, unreachable: true, distanceMode: 'travel_min', travelMode: 'motorbike' },
  'network.problem': { problem: { kind: 'crossing_without_node', lon: 108.8, lat: 15.1, why: 'bridge', featureA: 1, featureB: 2 } },
  'scoring.constraint.severity': { severity: 'warning' },
  'scoring.constraint.severity.label': none,
  'scoring.constraint.warning': none,
  'scoring.constraint.has-exception': none,
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
  // The commune as the unit everywhere
  'commune.search.label': none,
  'commune.search.placeholder': none,
  'commune.search.none': none,
  'commune.level': { level: 'special_zone' },
  'commune.former-province': { province: 'Kon Tum' },
  'commune.formed-from': { formerName: 'Xã Tịnh Phong' },
  'commune.column': none,
  'commune.code-column': none,
  'commune.filter.label': none,
  'commune.filter.all': none,
  'commune.computed': none,
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
      // ("null" is a word of the text itself where it names a null geometry)
      expect(text.replace(/\(null\)|null shape/g, '')).not.toMatch(/undefined|NaN|\[object |null/);
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
  });
});

/** Every UI text as [path, words, arguments]; a function is called with sample arguments ('«0»', '«1»' …; 3 for a count). */
function uiWords(section: object, path = ''): [string, string, string[]][] {
  return Object.entries(section).flatMap(([key, value]): [string, string, string[]][] => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'string') return [[at, value, []]];
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => string;
      const args = at === 'ahp.worstTied' ? ['3'] : Array.from({ length: fn.length }, (_, i) => `«${i}»`);
      return [[at, fn(...args.map((a) => (at === 'ahp.worstTied' ? Number(a) : a))), args]];
    }
    return uiWords(value as object, at);
  });
}

describe('UI words', () => {
  it('vi and en have the same keys in every section, none empty, every argument of a function in its words', () => {
    const vi = uiWords(UI_TEXTS.vi);
    const en = uiWords(UI_TEXTS.en);
    expect(en.map(([path]) => path)).toEqual(vi.map(([path]) => path));
    for (const [path, words, args] of [...vi, ...en]) {
      expect(words.trim(), path).not.toBe('');
      for (const arg of args) expect(words, path).toContain(arg);
    }
  });

  it('the Vietnamese UI has no English words left ("top", "Top k")', () => {
    for (const [path, words] of uiWords(UI_TEXTS.vi)) expect(words, path).not.toMatch(/\btop\b/i);
  });
});
