// A typed message: what the code says happened (`code`, a closed union) and the values the words need
// (`params`, typed per code). The words live in one catalogue per language (catalog.vi.ts is the reference,
// catalog.en.ts mirrors it) and are rendered by renderMessage.ts. src/domain builds messages, never text.
// This folder is the lowest layer: it imports only types from elsewhere.
import type { CheckId, CheckOutcome, Verdict } from '../domain/reserved_land/types.ts';
import type { LegalReferenceKey, NearbyFacility, ObligationForm, Regime, UrbanClass } from '../domain/reserved_land/rules.ts';
import type { ImportNoteParams } from '../domain/import/importNote.ts';
import type { LocalText } from '../domain/model/layerRoles.ts';
import type { GraphProblem } from '../domain/network/findGraphProblems.ts';
import type { TravelMode } from '../domain/network/roadSpeeds.ts';
import type { ConstraintSeverity, DistanceMode } from '../domain/scoring/scenario.ts';
import type { HousingStatus, StatusCounts, UnitKind } from '../domain/targets/types.ts';
import type { TemporaryHousingGroup } from '../domain/targets/temporaryHousingTypes.ts';
import type { TemporaryHousingColumn } from '../domain/targets/readTemporaryHousingCsv.ts';

type None = Record<string, never>;

/** What a field of a project document must be (project.field-invalid). */
export type ProjectFieldExpectation =
  | 'text' | 'local-text' | 'boolean' | 'object' | 'number' | 'list' | 'hex-colour' | 'fraction' | 'lon-lat' | 'source' | 'sample-file'
  | 'feature-collection' | 'feature' | 'geometry' | 'coordinates' | 'properties';

/** The import notes: note code `c` (the closed list in src/domain/import/importNote.ts) is message code `import.c`. */
type ImportNoteMessageParams = { [C in keyof ImportNoteParams as `import.${C}`]: ImportNoteParams[C] };

/** The fixed columns of the audit table (auditReportToCsv), before one column per check. */
export type AuditCsvColumn =
  | 'id' | 'name' | 'verdict' | 'urbanArea' | 'urbanClass' | 'obligation' | 'netResidential' | 'required' | 'measured'
  | 'counted' | 'outside' | 'shortfallM2' | 'shortfallPct' | 'reserveShare' | 'reasons';

/** The indicators of the plan-targets annual report (progressReportToCsv). */
export type TargetsIndicator =
  | 'target' | 'dwellingsCompleted' | 'dwellingsUnderConstruction' | 'dwellingsApproved' | 'dwellingsProposed' | 'placesCompleted'
  | 'placesTotal' | 'gap' | 'neededPerYear' | 'rentalSharePct' | 'notStarted' | 'problems';
/** The other column headers of the plan-targets tables. */
export type TargetsColumn =
  | 'target' | 'dwellings' | 'year' | 'source' | 'completed' | 'completedCumulative' | 'expectedCumulative' | 'code' | 'commune' | 'total';

/** Every message code and the parameters of its words. A code not listed here does not compile. */
export interface MessageParams extends ImportNoteMessageParams {
  /** A note about one feature of a file: "Feature 5: …" (`featureIndex` 0-based, shown from 1). */
  'import.at-feature': { featureIndex: number; message: Message };

  // Coordinate systems, CSV columns, export, project files, scoring, AHP, the command line (one code each)
  'crs-guess.no-coordinates': None;
  'crs-guess.degrees': { lon: number; lat: number; inVietnam: boolean };
  'crs-guess.degrees-swapped': { first: number; second: number };
  'crs-guess.degrees-note': None;
  'crs-guess.metres': { system: LocalText; lat: number; lon: number; inRegion: boolean; provinces: string[]; northingFirst: { x: number; y: number } | null };
  'crs-guess.metres-note': None;
  'crs-guess.metres-no-match': { x: number; y: number };
  'prj.towgs84-flipped': None;
  'prj.towgs84-replaced': { given: number[] };
  'prj.custom-system': { name: string };
  'crs.label.from-prj': { name: string };
  'crs.label.proj4': { proj4: string };
  'crs.label.wgs84': None;
  'crs.label.vn2000-geographic': None;
  'crs.label.web-mercator': None;
  'crs.label.wgs84-utm': { zone: number; epsg: number };
  'crs.label.vn2000-tm3': { meridian: string; epsg: number | null; provinces: { vi: string; ascii: string }[] };
  'crs.label.vn2000-utm': { zone: number; epsg: number | undefined };
  'crs.unknown': { spec: string; why: CrsUnknownWhy };
  'crs.no-prj': { crs: LocalText };
  'crs.transform-failed': { featureIndex: number; x: number; y: number; crs: LocalText };
  'crs.coordinate-not-number': { featureIndex: number; x: string; y: string };
  'csv-guess.lon-lat': { x: string; y: string };
  'csv-guess.easting-northing': { x: string; y: string };
  'csv-guess.x-y': { x: string; y: string };
  'csv-guess.first-numeric': { x: string; y: string };
  'export.geometry-collection': { featureIndex: number };
  'export.null-shapes': { count: number; file: string };
  'export.mixed-kinds': { files: string[] };
  'export.csv-longitude': None;
  'export.csv-latitude': None;
  'export.dbf-name-shortened': { field: string; name: string };
  'export.dbf-number-as-text': { field: string };
  'export.dbf-text-truncated': { field: string; maxBytes: number; values: number };
  'export.dbf-too-many-fields': { count: number; limit: number; extra: string[] };
  'project.not-object': None;
  'project.format-missing': { format: string };
  'project.version-invalid': None;
  'project.version-newer': { version: number };
  'project.layers-missing': None;
  'project.layer-invalid': { layerIndex: number };
  // Issue 16: a tampered project or workspace never blanks the app (validation, error boundary, recovery)
  'project.field-invalid': { layerIndex: number | null; field: string; expected: ProjectFieldExpectation };
  'project.too-large': { layerIndex: number | null; field: string; count: number; limit: number; unit: 'chars' | 'items' | 'levels' };
  'project.layer-id-duplicate': { layerIndex: number; id: string };
  'project.not-json': { detail: string };
  'recovery.crashed-title': None;
  'recovery.crashed-body': None;
  'recovery.reload': None;
  'recovery.download-workspace': None;
  'recovery.start-over': None;
  'recovery.broken-workspace': { savedAt: string; problem: Message | null };
  'recovery.dismiss': None;
  'recovery.autosave-failed': { error: string };
  'layer.not-collection': { layer: string };
  'sample.role-invalid': { entryIndex: number; role: string };
  'scoring.parcel-invalid': { featureIndex: number };
  'scoring.invalid-geometry': None;
  'scoring.nothing-scored': None;
  'scoring.not-measured': None;
  'scenario.item-invalid': { scenario: string; item: 'criterion' | 'constraint'; itemIndex: number; id: string; problem: ScenarioProblem; group?: string };
  'ahp.matrix-not-square': None;
  'ahp.too-many': { max: number };
  'ahp.cell-not-positive': { row: number; column: number };
  'ahp.diagonal-not-one': { row: number };
  'ahp.cell-out-of-scale': { row: number; column: number; value: number };
  'ahp.not-reciprocal': { row: number; column: number };
  'ahp.at-level': { group: string | null | undefined; message: Message };
  'ahp.criteria-missing': None;
  'ahp.criteria-duplicate': None;
  'ahp.rows-mismatch': { criteria: number };
  'ahp.hierarchy-invalid': None;
  'ahp.children-unknown': { groups: string[] };
  'ahp.children-missing': { group: string };
  'cli.value-missing': { option: string };
  'cli.option-missing': { option: string };
  'cli.file-unreadable': { path: string; quoted: boolean };
  'cli.file-not-found': { path: string };
  'cli.not-json': { path: string; quoted: boolean };
  'cli.json-unreadable': { path: string };
  'cli.not-feature-collection': { path: string; quoted: boolean };
  'cli.not-valid-feature-collection': { path: string };
  'cli.input-missing': None;
  'cli.csv-no-points': None;
  'cli.ahp-file-missing': None;
  'cli.import-no-files': None;
  'cli.encoding-unknown': { encoding: string };
  'cli.role-unknown': { role: string };
  'cli.not-non-negative': { option: string };
  'cli.whole-number-min': { option: string; min: number };
  'cli.file-is-folder': { path: string };
  'cli.file-no-permission': { path: string };
  'cli.file-read-failed': { path: string; why: string };
  'cli.json-invalid-why': { path: string; why: string };
  'cli.flatgeobuf-not-wgs84': { path: string; epsg: number };
  'cli.geojson-not-wgs84': { path: string; crs: string };
  'cli.coordinates-not-degrees': { path: string; featureIndex: number; x: number; y: number };
  'cli.option-unknown': { option: string; known: string };
  'cli.layer-role-unknown': { position: number; role: string; roles: string };
  'cli.output-format-unsupported': { path: string; formats: string };
  'export.flatgeobuf-no-geometry': { count: number };
  'cli.travel-mode-invalid': { value: string };
  'cli.preset-unknown': { id: string; ids: string };
  'cli.threads-invalid': { value: string };
  'cli.layer-spec-invalid': { position: number; spec: string };
  'cli.no-parcels': None;
  'cli.input-too-deep': None;
  'cli.sample-unknown': { file: string; known: string };
  'cli.out-folder-missing': { path: string; folder: string };
  'cli.out-is-folder': { path: string };
  'cli.out-no-permission': { path: string };
  'cli.out-disk-full': { path: string };
  'cli.out-write-failed': { path: string; why: string };
  'scenario.no-id': None;
  // PostGIS SQL of a scenario (issue 17)
  'sql.network-measure': { id: string };
  'sql.test-mismatch': { id: string };
  'parquet.no-geometry-column': { file: string };
  'parquet.geometry-encoding': { file: string; encoding: string };
  'parquet.not-wgs84': { file: string; crs: string };

  // Words of the UI that follow the language (a unit, a number being edited, a tooltip)
  'ui.vnd': { vnd: number };
  'ui.number-input': { value: number };
  'ui.points-unit': None;
  'ui.feature-number-title': None;
  'ui.crs-most-likely': None;

  // The undo history's notes: what an edit did, kept in both languages and shown in either
  'history.import-layers': { titles: LocalText[] };
  'history.layer-visible': { title: LocalText; visible: boolean };
  'history.basemap': { on: boolean };
  'history.add-layer': { title: LocalText };
  'history.remove-layer': { title: LocalText };
  'history.move-layer': { title: LocalText };
  'history.open-project': { title: string };
  'history.save-scenario': { label: LocalText };
  'history.save-new-scenario': { name: string };
  'history.rename-scenario': { from: LocalText; to: string };
  'history.delete-scenario': { label: LocalText };
  'history.choose-scenario': { label: LocalText | null };
  'history.edit-scenario': { label: LocalText };
  'history.scenario-renamed': { label: LocalText };
  'history.group-weight': { label: LocalText; from: number; to: number };
  'history.criterion-used': { label: LocalText; used: boolean };
  'history.criterion-weight': { label: LocalText; from: number; to: number };
  'history.criterion-transform': { label: LocalText };
  'history.criterion-measure': { label: LocalText };
  'history.constraint-enabled': { reason: LocalText; enabled: boolean };
  'history.constraint-threshold': { reason: LocalText; from: number | string[]; to: number | string[] };
  'history.constraint-reason': { id: string };
  /** The first three changes joined by "; ", then "…" when there are more. */
  'history.changes': { changes: Message[] };
  'history.parcel-shape': { parcelId: string };
  'history.housing-delete': { name: string };
  'history.housing-add': { name: string; count: number | null; places: boolean };
  /** `changes`: the changed properties by their labels, values already formatted in both languages. */
  'history.housing-edit': { name: string; changes: { label: LocalText; from: LocalText; to: LocalText }[]; location: boolean };
  'history.target-added': { label: string };
  'history.target-removed': None;
  'history.target-total': { from: number; to: number };
  'history.target-edited': None;
  'history.temporary-housing-removed': None;
  'history.presentation-title': { title: string };
  'history.slide-add': { n: number; title: string };
  'history.slide-rename': { n: number; from: string; to: string };
  'history.slide-caption': { n: number };
  'history.slide-view': { n: number };
  'history.slide-edit': { n: number };
  'history.slide-move': { title: string; from: number; to: number };
  'history.slide-delete': { n: number; title: string };
  'history.slide-open': { n: number; title: string };
  'history.temporary-housing-imported': { source: string; rows: number };

  // Editing a parcel's shape on the map
  'shape.multipart': { parts: number };
  'shape.not-polygon': None;
  'shape.holes': { holes: number };
  'shape.too-few-vertices': None;
  'shape.needs-three-vertices': None;
  'shape.self-crossing': None;
  'shape.zero-area': None;
  'shape.not-drawn': { reason: string };

  // Importing: the dialog, the worker, the sample
  'import-dialog.imported-from': { files: string; crs: LocalText | null };
  'import-dialog.draft-crs-needed': { title: string };
  'import-dialog.draft-empty': { title: string };
  'import-dialog.cancelled': None;
  'import-dialog.program-error': { detail: string };
  'import-dialog.worker-error': { detail: string };
  'sample.load-failed': { detail: string };
  'sample.layer-load-failed': { title: LocalText; detail: LocalText };

  // The 20 % reserved-land audit: labels
  'audit.check-title': { check: CheckId };
  'audit.reference': { reference: LegalReferenceKey };
  'audit.verdict': { verdict: Verdict };
  'audit.outcome': { outcome: CheckOutcome };
  'audit.csv-header': { column: AuditCsvColumn };
  // inputs
  'audit.as-of-invalid': { asOf: string };
  'audit.layer-not-collection': { layer: 'commercial_project' | 'reserved_land' };
  'audit.layer-tag-invalid': { featureIndex: number; layer: string; layers: string[] };
  'audit.project-id-repeated': { id: string; featureIndex: number };
  'audit.parcel-not-polygon': { featureIndex: number; label: string };
  'audit.parcel-no-project': { featureIndex: number; label: string };
  'audit.parcel-unknown-project': { featureIndex: number; label: string; projectId: string };
  'audit.project-boundary-not-polygon': { featureIndex: number; name: string };
  'audit.project-residential-missing': { featureIndex: number; name: string };
  'audit.project-residential-exceeded': { featureIndex: number; name: string };
  'audit.project-obligation-invalid': { featureIndex: number; name: string; declared: string };
  /** One reason of a verdict: "3. <check title>: <what it found> (<legal reference>)". */
  'audit.reason': { number: number; title: LocalText; message: LocalText; reference: LocalText };
  /** Several sentences joined by spaces. */
  'audit.sentences': { sentences: Message[] };
  // highlights on the map
  'audit.highlight.boundary': { name: string };
  'audit.highlight.parcel': { id: string; areaM2: number };
  'audit.highlight.outside-urban-area': { urbanArea: string };
  'audit.highlight.outside-boundary': None;
  'audit.highlight.non-residential': { code: string };
  'audit.highlight.not-in-plan': None;
  'audit.highlight.not-connected': { distanceM: number };
  'audit.highlight.shared-reserve': { otherProject: string };
  'audit.highlight.housing-counted': { housingProject: string; otherProject: string };
  'audit.highlight.housing-unlinked': { housingProject: string };
  'audit.highlight.declared-mismatch': { declaredM2: number; measuredM2: number };
  'audit.highlight.flood': { zone: string };
  'audit.highlight.deadline': { deadline: string };
  // check 1
  'audit.subject.not-subject-rest': None;
  'audit.subject.province': { urbanArea: { name: string; urbanClass: UrbanClass | null } | null };
  'audit.subject.no-urban-layer': None;
  'audit.subject.inside': { urbanArea: string; urbanClass: UrbanClass | null; crossing: { areaM2: number; sharePct: number } | null };
  'audit.subject.unknown-class': { urbanAreas: string[] };
  'audit.subject.below-class': { urbanArea: string; urbanClass: UrbanClass | null };
  'audit.subject.outside': None;
  // check 2
  'audit.reserve.data-missing': None;
  'audit.reserve.nothing-recorded': { requiredM2: number };
  'audit.reserve.no-parcel': { formula: Message; inferred: boolean };
  'audit.reserve.measured': {
    formula: Message;
    met: boolean;
    where: 'land_in_project' | 'land_elsewhere';
    countedM2: number;
    sharePct: number | null;
    shortfallM2: number;
    shortfallPct: number;
    inferred: boolean;
    overlapM2: number | null;
  };
  'audit.reserve.formula': { sharePct: number; residentialM2: number; existingM2: number; resettlementM2: number; requiredM2: number };
  'audit.payment.due': { reserveLandM2: number; landUseFeeVnd: number; infrastructureShareVnd: number; totalVnd: number } | { unknown: true };
  'audit.payment.paid': { due: Message; paidVnd: number; enough: boolean; shortVnd: number; basis: 'notified' | 'estimate' };
  'audit.payment.recorded': { due: Message; made: boolean };
  'audit.payment.no-record': { due: Message };
  // check 3
  'audit.declared.no-parcel': None;
  'audit.declared.none-declared': None;
  'audit.declared.within': { declaredM2: number; measuredM2: number; missing: number };
  'audit.declared.mismatch': {
    tolerancePct: number;
    toleranceM2: number;
    parcels: { id: string; declaredM2: number; measuredM2: number; differenceM2: number }[];
    missing: number;
  };
  // check 4
  'audit.location.payment': None;
  'audit.location.no-parcel': None;
  'audit.location.urban-unknown': None;
  'audit.location.outside-urban-area': { outsideM2: number; countedM2: number; urbanArea: string; reserveAreas: string };
  'audit.location.in-urban-area': { urbanArea: string };
  'audit.location.no-boundary': None;
  'audit.location.outside-boundary': { outsideM2: number; countedM2: number };
  'audit.location.inside': None;
  // check 5
  'audit.land-use.payment': None;
  'audit.no-parcel': None;
  'audit.land-use.no-layer': None;
  'audit.land-use.non-residential': { nonResidentialM2: number; parts: { code: string; areaM2: number }[]; residentialCodes: string };
  'audit.land-use.not-in-plan': { uncoveredM2: number };
  'audit.land-use.residential': { codes: { code: string; areaM2: number }[] };
  // check 6
  'audit.road.payment': None;
  'audit.road.no-layer': None;
  'audit.road.not-connected': { unconnected: number; pieces: number; road: string; distanceM: number; limitM: number };
  'audit.road.connected': { road: string; distanceM: number; limitM: number };
  // check 7
  'audit.shared.payment': None;
  'audit.shared.counted-twice': { sharedM2: number; sharedWith: string };
  'audit.shared.unlinked-housing': { housingProjects: string[] };
  'audit.shared.alone': { housingLayer: boolean };
  // check 8
  'audit.hazard.nothing': None;
  'audit.hazard.flood': { floodM2: number; zones: string[] };
  'audit.hazard.overdue': { parcel: string; deadline: string; status: string | null };
  'audit.hazard.bad-dates': { dates: string[] };
  'audit.hazard.not-checked': { noHazardLayer: boolean; noAsOfDate: boolean };
  'audit.hazard.passed': { hazardChecked: boolean; deadlinesChecked: boolean; noHazardLayer: boolean; noAsOfDate: boolean };
  // The rules in force (issue 14): transition (check 9)
  'audit.transition.earlier': {
    approvedOn: string;
    source: 'policy_approved_on' | 'decision';
    regime: Exclude<Regime, 'decree_100_2024'>;
    cutoff: string;
    landUseFeePaid: boolean | null;
  };
  // after hand-over (check 8)
  'audit.hazard.after-handover': { parcels: { parcel: string; status: string }[] };
  // the obligation form as words (the CSV, the sheet)
  'audit.obligation': { obligation: ObligationForm; inferred: boolean };
  // urban class in force at approval; province criteria (check 1)
  'audit.subject.class-in-force': {
    urbanArea: string;
    urbanClass: UrbanClass | null;
    decision: string | null;
    decidedOn: string | null;
    approvedOn: string | null;
    later: { urbanClass: string; decidedOn: string }[];
  };
  'audit.subject.province-criteria': { urbanArea: string; urbanClass: UrbanClass | null; decision: string };
  // road access: nearest social infrastructure (check 6)
  'audit.road.nearby': { facilities: { group: NearbyFacility; name: string; distanceM: number }[] };
  // equal value (check 2, land elsewhere)
  // payment: the notified amount, the late-payment charge (check 2, payment)
  'audit.payment.notified': { notifiedVnd: number };
  'audit.payment.not-notified': None;
  'audit.payment.late': { dueOn: string; paidOn: string | null; asOf: string | null; days: number; chargeVnd: number; ratePerDayPct: number; basis: 'notified' | 'estimate' };
  'audit.reserve.equal-value': { formula: Message; countedM2: number; shortfallM2: number; valueVnd: number; requiredValueVnd: number };

  // Distances along the roads (issue 15)
  'scoring.distance-mode': { mode: DistanceMode };
  'scoring.distance-mode.label': None;
  'scoring.travel-mode': { mode: TravelMode };
  'scoring.travel-mode.label': None;
  /** Beside a road figure in a parcel's explanation: the straight distance, or why no target can be reached. */
  'scoring.network.note': { straightM: number | null; unreachable: boolean; distanceMode: 'road_m' | 'travel_min'; travelMode: TravelMode };
  'network.problem': { problem: GraphProblem };
  // Constraint severities (issue 14): a warning keeps the parcel's score and rank
  'scoring.constraint.severity': { severity: ConstraintSeverity };
  'scoring.constraint.severity.label': None;
  /** Before a warning's reason in the ranking's marker and a parcel's explanation. */
  'scoring.constraint.warning': None;
  /** Beside a constraint that has an exception (`unless`). */
  'scoring.constraint.has-exception': None;
  // Plan targets (src/domain/targets): the registry's checks, the report's words
  'targets.number-invalid': { name: string; value: string; unitKind: UnitKind };
  'targets.year-invalid': { name: string; field: 'start_year' | 'completion_year'; value: string };
  'targets.completion-before-start': { name: string; startYear: number; completionYear: number };
  'targets.completed-without-year': { name: string };
  'targets.status-unknown': { name: string; value: string };
  'targets.form-unknown': { name: string; value: string };
  'targets.no-commune': { name: string };
  'targets.commune-code-unknown': { name: string; code: string };
  'targets.targets-not-list': None;
  'targets.target-invalid': { index: number };
  'targets.unassigned': None;
  'targets.report-title': { asOf: number; date: string };
  'targets.indicator': { indicator: TargetsIndicator };
  'targets.column': { column: TargetsColumn };
  'targets.count-column': { unitKind: UnitKind; status: keyof StatusCounts };
  'targets.status': { status: HousingStatus };
  // Temporary and dilapidated houses (readTemporaryHousingCsv): `row` is the spreadsheet row (header = 1)
  'targets.temporary.no-communes': None;
  'targets.temporary.columns-missing': { columns: TemporaryHousingColumn[]; found: string };
  'targets.temporary.empty': None;
  'targets.temporary.code-unknown': { row: number; code: string };
  'targets.temporary.commune-ambiguous': { row: number; name: string; candidates: string[] };
  'targets.temporary.commune-unknown': { row: number; name: string; suggestion: string | null };
  'targets.temporary.commune-missing': { row: number };
  'targets.temporary.group-unknown': { row: number; value: string };
  'targets.temporary.number-invalid': { row: number; column: 'total' | 'replaced' | 'remaining'; value: string };
  'targets.temporary.year-invalid': { row: number; value: string };
  'targets.temporary.counts-missing': { row: number };
  /** The file was not imported: `count` problems listed under this line. */
  'targets.temporary.refused': { file: string; count: number };
  'targets.temporary.point-code-unknown': { point: number; code: string };
  'targets.temporary.point-outside': { point: number };
  'targets.temporary.point-group-unknown': { point: number; value: string };
  'targets.temporary.point-replaced-unknown': { point: number; value: string };
  'targets.temporary.point-year-invalid': { point: number; value: string };
  'targets.temporary.counts-disagree': { row: number; total: number; replaced: number; remaining: number };
  /** A saved project's table is damaged (`index`: the record, null: the table itself). */
  'targets.temporary.table-invalid': { index: number | null };
  'targets.temporary.group': { group: TemporaryHousingGroup };
  'targets.temporary.column': { column: TemporaryHousingColumn | 'pctDone' };
  'targets.temporary.report-heading': { asOf: number; source: string };

  // The commune as the unit everywhere: zoom-to-commune search, the commune column and filter (issue 13)
  'commune.search.label': None;
  'commune.search.placeholder': None;
  'commune.search.none': None;
  'commune.level': { level: string };
  'commune.former-province': { province: string };
  'commune.formed-from': { formerName: string };
  'commune.column': None;
  'commune.code-column': None;
  'commune.filter.label': None;
  'commune.filter.all': None;
  'commune.computed': None;

  // The province's cadastre in the browser: a FlatGeobuf packed into typed arrays (issue 17)
  'cadastre.layer-note': { file: string; count: number };
  'cadastre.reopen-file': { file: string; count: number };
  'cadastre.column-missing': { column: string; file: string };
  'cadastre.not-polygons': { file: string };
  'cadastre.one-layer': { used: string; ignored: number };
  'cadastre.export-with-cli': { file: string };

  // The meeting package of a project with a cadastre (`npm run noxh -- package --parcels`)
  'cli.package-cadastre-needs-file': { layer: LocalText; file: string; count: number; max: number };
  'cli.package-parcels-too-many': { path: string; count: number; max: number };
  'cli.package-parcels-unmatched': { path: string; files: string };
  'cli.package-features-left-out': { layer: LocalText; count: number };
  'cli.command-unknown': { name: string; commands: string };
  'cli.internal-error': None;
}

/** Why resolveCrs did not understand a coordinate-system spec. */
export type CrsUnknownWhy =
  | { why: 'empty' | 'utm-zone' | 'proj4-unreadable' | 'wkt-invalid' | 'unrecognised' }
  | { why: 'epsg-unknown'; epsg: string }
  | { why: 'meridian-outside'; meridian: number }
  | { why: 'not-meridian-or-province'; text: string };

/** What is wrong with a criterion or constraint of a scenario file (parseScenario). */
export type ScenarioProblem =
  | 'measure-kind'
  | 'source'
  | 'filter'
  | 'distance-mode'
  | 'travel-mode'
  | 'speeds'
  | 'within-min'
  | 'decay'
  | 'radius'
  | 'transform'
  | 'id'
  | 'weight'
  | 'group'
  | 'test'
  | 'reason'
  | 'severity'
  | 'unless';

export type MessageCode = keyof MessageParams;

/** One message: a code and its parameters, correlated (the params of `code` C are MessageParams[C]). */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { readonly code: K; readonly params: MessageParams[K] } }[C];

type ParamArgs<C extends MessageCode> = MessageParams[C] extends None ? [] : [params: MessageParams[C]];

/** Builds a message: `msg('audit.no-parcel')`, `msg('audit.highlight.flood', { zone })`. */
export function msg<C extends MessageCode>(code: C, ...params: ParamArgs<C>): Message<C> {
  return { code, params: params[0] ?? {} } as unknown as Message<C>;
}

/** What a catalogue entry gets besides its params: number formats of its language and nested messages. */
export interface Render {
  /** 1.234,5 in vi, 1,234.5 in en (src/i18n/format.ts); `digits` is the maximum number of decimals (default 1). */
  num(value: number, digits?: number): string;
  /** "1.234,5 m²". */
  m2(value: number): string;
  /** "12,5 m". */
  m(value: number): string;
  /** "19,9%" without a space, as the legal texts write it (`digits` decimals at most, default 2). */
  pct(value: number, digits?: number): string;
  /** A nested message in the same language. */
  msg(message: Message): string;
}

/** One catalogue: the words of every code in one language. */
export type Catalog = { [C in MessageCode]: (params: MessageParams[C], r: Render) => string };
