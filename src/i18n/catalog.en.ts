// The English words of every message code (mirrors catalog.vi.ts, the reference, key for key).
import type { AuditCsvColumn, Catalog, ProjectFieldExpectation, TargetsColumn, TargetsIndicator, CrsUnknownWhy, ScenarioProblem } from './message.ts';
import type { CheckId, CheckOutcome, Verdict } from '../domain/reserved_land/types.ts';
import type { LegalReferenceKey, NearbyFacility, Regime, UrbanClass } from '../domain/reserved_land/rules.ts';
import type { GeometryProblem, ZipProblem } from '../domain/import/importNote.ts';
import type { CsvDelimiter } from '../domain/import/detectCsvDelimiter.ts';
import type { HousingStatus } from '../domain/targets/types.ts';
import type { UiText } from './catalog.vi.ts';

const CHECK_TITLES: Record<CheckId, string> = {
  subject_to_rule: 'Subject to the reserve rule',
  required_reserve: 'Required vs measured reserve',
  declared_area: 'Declared vs measured area',
  location: 'Location (inside project / same urban area)',
  land_use_code: 'Planned land use is residential (ODT/ONT)',
  road_access: 'Road connection',
  not_shared: 'Not counted twice',
  hazard_and_schedule: 'Flood zone and hand-over schedule',
  transition: 'Transition (project approved before 1 Aug 2024)',
};

const REFERENCES: Record<LegalReferenceKey, string> = {
  law83: 'Housing Law No. 27/2023/QH15, Art. 83',
  law83Infrastructure: 'Housing Law No. 27/2023/QH15, Art. 83(4) (connection to technical and social infrastructure)',
  decree100Art17: 'Decree No. 100/2024/NĐ-CP, Art. 17 (20% of residential land, excluding existing residential and resettlement land)',
  decree100Art18: 'Decree No. 100/2024/NĐ-CP, Art. 18 (equivalent land elsewhere in the same urban area)',
  decree261Art19: 'Decree No. 100/2024/NĐ-CP, Art. 19 as amended and supplemented by Decree No. 261/2025/NĐ-CP (clauses 2, 3, 4 amended, clause 2a added; payment instead of land)',
  landUseCodes: 'Decree No. 100/2024/NĐ-CP, Art. 5(3) (the NOXH land fixed in the 1/500 detailed plan); land-use codes per Circular 08/2024/TT-BTNMT',
  auditTolerance: 'Audit tolerance of this tool (configurable, not a legal figure)',
  decree100Art78: 'Decree No. 100/2024/NĐ-CP, Art. 78(2) (transition); Art. 78(4) as amended by Decree No. 261/2025/NĐ-CP, Art. 1(6)',
  afterHandover:
    'Resolution No. 201/2025/QH15, Art. 12(4); Decree No. 192/2025/NĐ-CP, Art. 17(4) as amended by Decree No. 261/2025/NĐ-CP, Art. 2(4) (reserved land not yet built: assigned to the developer, to another developer, or auctioned)',
  hazardAndSchedule:
    'Housing Law No. 27/2023/QH15, Art. 83(4) (suitable location); flood zones are a note of this tool; the hand-over deadline is the project file’s',
  locationInProject: 'Housing Law No. 27/2023/QH15, Art. 83 (residential land within the project); Decree No. 100/2024/NĐ-CP, Art. 17',
  roadAccessTolerance:
    'Housing Law No. 27/2023/QH15, Art. 83(4) (connection to technical and social infrastructure); the distance to a road is a tolerance of this tool, not a legal figure',
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

// Import notes
const round = Math.round;
const near = (p: [number, number] | null, word: string) => (p ? ` ${word} (${p[0].toFixed(6)}, ${p[1].toFixed(6)})` : '');
const ZIP_EN: { [P in ZipProblem['problem']]: (p: ZipProblem & { problem: P }) => string } = {
  'no-end-record': () => 'no end-of-central-directory record',
  'directory-outside': () => 'central directory points outside the file',
  'directory-damaged': () => 'damaged central directory',
  'entry-header-damaged': (p) => `the local header of "${p.entry}" is damaged`,
  'entry-truncated': (p) => `"${p.entry}" is truncated`,
  'entry-method': (p) => `"${p.entry}" uses unsupported compression method ${p.method}`,
  'entry-not-inflated': (p) => `"${p.entry}" cannot be inflated`,
  'entry-size': (p) => `"${p.entry}" inflated to ${p.producedBytes} bytes instead of ${p.declaredBytes}`,
  'zip64': () => 'a ZIP64 entry (over 4 GB)',
  'entry-ratio': (p) => `"${p.entry}" has a compression ratio of ${p.ratio}:1`,
  'total-size': (p) => `uncompressed size ${p.totalMb} exceeds the limit of ${p.limitMb}`,
  'entry-inflates-past-size': (p) => `"${p.entry}" inflates to more than its declared size`,
};
const zipText = (table: typeof ZIP_EN, p: ZipProblem) => (table[p.problem] as (p: ZipProblem) => string)(p);

const GEOMETRY_EN: { [P in GeometryProblem['problem']]: (p: GeometryProblem & { problem: P }) => string } = {
  'not-a-pair': () => 'a coordinate is not a [longitude, latitude] pair.',
  'bad-coordinate-list': () => 'the coordinate list is invalid.',
  'bad-line-coordinates': () => 'invalid line coordinates.',
  'bad-polygon-coordinates': () => 'invalid polygon coordinates.',
  'line-too-short': (p) => `the line has only ${p.points} distinct point(s) (2 needed).`,
  'unknown-type': (p) => `unknown geometry type "${p.type}".`,
  'structure': (p) => `invalid geometry: ${p.details.join('; ')}.`,
};
const geometryText = (table: typeof GEOMETRY_EN, p: GeometryProblem) => (table[p.problem] as (p: GeometryProblem) => string)(p);

const DELIMITER_EN: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

// Coordinate systems, scenario files, the command line
const CRS_HELP =
  "Use: EPSG:4326, EPSG:5898, EPSG:9216, EPSG:3405, EPSG:3406, vn2000:108, vn2000:107.5, vn2000:107°30', vn2000:Quang Ngai, vn2000-utm:48, wgs84, a proj4 string (+proj=…) or WKT.";
const CRS_WHY: { [W in CrsUnknownWhy['why']]: (p: CrsUnknownWhy & { why: W }) => string } = {
  empty: () => 'empty.',
  'epsg-unknown': (p) => `NOXH Atlas has no definition for EPSG:${p.epsg}; give its proj4 string or WKT instead.`,
  'utm-zone': () => 'VN-2000 UTM has zones 48N and 49N only.',
  'meridian-outside': (p) => `central meridian ${p.meridian}° is outside Vietnam.`,
  'not-meridian-or-province': (p) => `"${p.text}" is neither a central meridian nor a province name.`,
  'proj4-unreadable': () => 'proj4 cannot read this string.',
  'wkt-invalid': () => 'invalid WKT, or proj4 cannot read it.',
  unrecognised: () => 'not a recognised form.',
};
const SCENARIO_PROBLEMS: Record<Exclude<ScenarioProblem, 'group'>, string> = {
  'measure-kind': 'invalid measure kind.',
  source: 'missing source layer (role or layerId).',
  filter: 'invalid attribute filter.',
  'distance-mode': 'distanceMode must be straight, road_m or travel_min, on a distance_to_nearest measure.',
  'travel-mode': 'travelMode must be motorbike, walk or car.',
  speeds: 'speedsKmh must map road classes to km/h ≥ 0.',
  'within-min': 'withinMin (minutes) must be a positive number.',
  radius: 'radiusM must be a positive number.',
  transform: 'invalid transform.',
  id: 'duplicate or missing id.',
  weight: 'weight must be a number ≥ 0.',
  test: 'invalid test.',
  reason: 'needs a reason in Vietnamese and English.',
  severity: 'severity must be exclude or warning.',
  unless: 'unless must be a list of conditions { measure, test }.',
};
const q = (p: { path: string; quoted: boolean }) => (p.quoted ? `"${p.path}"` : p.path);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const REGIME_NAMES: Record<Regime, string> = {
  decree_100_2015: 'Decree No. 100/2015/NĐ-CP',
  decree_49_2021: 'Decree No. 100/2015/NĐ-CP as amended and supplemented by Decree No. 49/2021/NĐ-CP',
  decree_35_2023: 'Decree No. 100/2015/NĐ-CP as amended and supplemented by Decrees No. 49/2021/NĐ-CP and 35/2023/NĐ-CP',
  decree_100_2024: 'Decree No. 100/2024/NĐ-CP',
};

const STATUS_AFTER_HANDOVER: Record<string, string> = {
  assigned_to_developer: 'assigned to the developer to build NOXH',
  construction_started: 'construction started',
  completed: 'completed',
  auctioned: 'auctioned for commercial housing (the money goes to the local housing fund)',
};

const NEARBY: Record<NearbyFacility, string> = { school: 'school', health_station: 'health station', market: 'market' };


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

  'crs-guess.no-coordinates': () => 'No valid coordinates to guess from.',
  'crs-guess.degrees': (p) => `Coordinates are degrees (longitude ${p.lon.toFixed(4)}, latitude ${p.lat.toFixed(4)})${p.inVietnam ? ', inside Vietnam' : ''}.`,
  'crs-guess.degrees-swapped': (p) => `Latitude and longitude look swapped (first value ${p.first.toFixed(4)} looks like a latitude, second ${p.second.toFixed(4)} like a longitude).`,
  'crs-guess.degrees-note': () => 'Coordinates are within degree ranges (longitude/latitude).',
  'crs-guess.metres': (p) =>
    `Coordinates are metres. With ${p.system.en} the data centre is at ${p.lat.toFixed(4)}°N ${p.lon.toFixed(4)}°E${p.inRegion ? ' (inside the project area)' : ''}.${
      p.northingFirst ? ` The first column (X = ${p.northingFirst.x}) is the northing and the second (Y = ${p.northingFirst.y}) the easting, as in Vietnamese surveying.` : ''
    }`,
  'crs-guess.metres-note': () => 'Coordinates are metres (not degrees) and there is no .prj: choose the coordinate system; the first suggestion is the most likely.',
  'crs-guess.metres-no-match': (p) => `Coordinates are metres but match no VN-2000 system inside Vietnam (centre ${p.x}, ${p.y}); choose the coordinate system by hand.`,
  'prj.towgs84-flipped': () => 'The .prj gives TOWGS84 in coordinate-frame form (rotation signs flipped); the official VN-2000 → WGS84 7 parameters (position-vector form) were used instead.',
  'prj.towgs84-replaced': (p) => `The .prj gives TOWGS84[${p.given.join(', ')}], not the official parameters; the official VN-2000 → WGS84 7 parameters were used instead.`,
  'prj.custom-system': (p) => `"${p.name}" is not a known VN-2000 or WGS84 system; the .prj WKT was used as is. Check that the layer lands where it should on the map.`,
  'crs.label.from-prj': (p) => `${p.name} (from the .prj file)`,
  'crs.label.proj4': (p) => `proj4 CRS: ${p.proj4}`,
  'crs.label.wgs84': () => 'WGS84 longitude/latitude (EPSG:4326)',
  'crs.label.vn2000-geographic': () => 'VN-2000 longitude/latitude (EPSG:4756)',
  'crs.label.web-mercator': () => 'Web Mercator (EPSG:3857)',
  'crs.label.wgs84-utm': (p) => `WGS 84 / UTM zone ${p.zone}N (EPSG:${p.epsg})`,
  'crs.label.vn2000-tm3': (p) => `VN-2000 TM-3, central meridian ${p.meridian}${p.epsg ? `, EPSG:${p.epsg}` : ''}${p.provinces.length ? ` (${p.provinces.map((x) => x.ascii).join(', ')})` : ''}`,
  'crs.label.vn2000-utm': (p) => `VN-2000 / UTM zone ${p.zone}N, EPSG:${p.epsg}`,
  'crs.unknown': (p) => `Unknown coordinate system "${p.spec}": ${CRS_WHY[p.why.why](p.why as never)} ${CRS_HELP}`,
  'crs.no-prj': (p) => `Cannot write a .prj for ${p.crs.en}; export in WGS84 or VN-2000 instead.`,
  'crs.transform-failed': (p) => `Feature ${p.featureIndex + 1}: cannot transform coordinate (${p.x}, ${p.y}) from ${p.crs.en}. Check the source coordinate system.`,
  'csv-guess.lon-lat': (p) => `Longitude column "${p.x}", latitude "${p.y}".`,
  'csv-guess.easting-northing': (p) => `Easting column "${p.x}", northing "${p.y}".`,
  'csv-guess.x-y': (p) => `Coordinate columns "${p.x}" and "${p.y}".`,
  'csv-guess.first-numeric': (p) => `No familiar coordinate column names; using the first two numeric columns "${p.x}" and "${p.y}" — please check.`,
  'export.geometry-collection': (p) => `Feature ${p.featureIndex + 1} is a GeometryCollection, which a Shapefile cannot hold. Split it into separate features.`,
  'export.null-shapes': (p) => `${p.count} features without geometry are written as null shapes in ${p.file}.`,
  'export.mixed-kinds': (p) => `The layer mixes geometry types: written as ${p.files.length} file sets (${p.files.join(', ')}).`,
  'export.dbf-name-shortened': (p) => `Field "${p.field}" is written as "${p.name}" (DBF names are at most 10 ASCII characters).`,
  'export.dbf-number-as-text': (p) => `Field "${p.field}" has numbers too long for type N: written as text.`,
  'export.dbf-text-truncated': (p) => `Field "${p.field}": ${p.values} values longer than ${p.maxBytes} bytes were cut (a DBF limit); the GeoJSON export keeps the full text.`,
  'export.dbf-too-many-fields': (p) => `Cannot export a Shapefile: the layer has ${p.count} properties and a DBF table holds ${p.limit} fields (over: ${p.extra.join(', ')}${p.count - p.limit > p.extra.length ? ', …' : ''}). Export GeoJSON or CSV, or drop properties.`,
  'project.not-object': () => 'Not a NOXH Atlas project (not a JSON object).',
  'project.format-missing': (p) => `Not a NOXH Atlas project (missing "format": "${p.format}").`,
  'project.version-invalid': () => 'Invalid project version.',
  'project.version-newer': (p) => `The project was saved by a newer version (${p.version}); update NOXH Atlas.`,
  'project.layers-missing': () => 'The project has no "layers" list.',
  'project.layer-invalid': (p) => `Layer ${p.layerIndex + 1} has no valid id or role.`,
  // Issue 16: a tampered project or workspace never blanks the app (validation, error boundary, recovery)
  'project.field-invalid': (p) => `${projectPlaceEn(p.layerIndex, p.field)} is invalid: it must be ${PROJECT_EXPECTED_EN[p.expected]}.`,
  'project.too-large': (p, r) => `${projectPlaceEn(p.layerIndex, p.field)} is too large: ${r.num(p.count, 0)} ${PROJECT_UNIT_EN[p.unit]}, at most ${r.num(p.limit, 0)}.`,
  'project.layer-id-duplicate': (p) => `Layer ${p.layerIndex + 1} has the id "${p.id}" of an earlier layer. The project was not opened.`,
  'project.not-json': (p) => `The file is not valid JSON (${p.detail}).`,
  'recovery.crashed-title': () => 'NOXH Atlas ran into an error and cannot show the page',
  'recovery.crashed-body': () => 'Your data is not lost. Download the workspace to keep it, then reload the page or start over with the sample data (the current workspace is kept for download on the next load).',
  'recovery.reload': () => 'Reload the page',
  'recovery.download-workspace': () => 'Download the workspace (.noxh.json)',
  'recovery.start-over': () => 'Start over with the sample data',
  'recovery.broken-workspace': (p, r) => `The workspace saved at ${p.savedAt} could not be opened${p.problem ? ` (${r.msg(p.problem)})` : ''}; the app opened the sample data instead. You can download the saved copy to repair it or send it for support.`,
  'recovery.dismiss': () => 'Discard the broken copy',
  'recovery.autosave-failed': (p) => `Could not autosave in the browser (${p.error}): recent changes are NOT saved and will be lost on reload. Download the project to keep them.`,
  'layer.not-collection': (p) => `Layer "${p.layer}" is not a GeoJSON FeatureCollection.`,
  'sample.role-invalid': (p) => `Manifest entry ${p.entryIndex + 1} has an invalid role "${p.role}".`,
  'scoring.parcel-invalid': (p) => `Parcel ${p.featureIndex + 1} has no valid polygon (needs a Polygon/MultiPolygon with at least 3 vertices); it is not scored.`,
  'scoring.invalid-geometry': () => 'The parcel geometry is invalid and cannot be measured',
  'scoring.nothing-scored': () => 'Nothing scored yet.',
  'scoring.not-measured': () => 'The scenario has criteria not measured yet; run scoring again.',
  'scenario.item-invalid': (p) =>
    `Scenario "${p.scenario}", ${p.item} ${p.itemIndex + 1} (${p.id}): ${p.problem === 'group' ? `group "${p.group ?? ''}" is not in the groups list.` : SCENARIO_PROBLEMS[p.problem as Exclude<ScenarioProblem, 'group'>]}`,
  'ahp.matrix-not-square': () => 'The pairwise matrix must be square, at least 2×2.',
  'ahp.too-many': (p) => `At most ${p.max} criteria.`,
  'ahp.cell-not-positive': (p) => `Cell [${p.row + 1}, ${p.column + 1}] must be a positive number (Saaty scale 1/9–9).`,
  'ahp.diagonal-not-one': (p) => `Diagonal cell [${p.row + 1}, ${p.row + 1}] must be 1.`,
  'ahp.not-reciprocal': (p) => `Cells [${p.row + 1}, ${p.column + 1}] and [${p.column + 1}, ${p.row + 1}] must be reciprocal (a_ij × a_ji = 1).`,
  'ahp.at-level': (p, r) => `${p.group === undefined ? 'Matrix' : p.group === null ? 'Group matrix' : `Group '${p.group}'`}: ${r.msg(p.message)}`,
  'ahp.criteria-missing': () => '"criteria" must list at least one name.',
  'ahp.criteria-duplicate': () => 'duplicate criterion names.',
  'ahp.rows-mismatch': (p) => `the matrix must have ${p.criteria} rows, one per criterion.`,
  'ahp.hierarchy-invalid': () => 'A hierarchy needs "groups" and "children".',
  'ahp.children-unknown': (p) => `"children" names groups missing from "groups": ${p.groups.join(', ')}.`,
  'ahp.children-missing': (p) => `"children" lacks the criteria matrix of group '${p.group}'.`,
  'cli.value-missing': (p) => `Missing value for --${p.option}.`,
  'cli.option-missing': (p) => `Missing required option --${p.option}.`,
  'cli.file-unreadable': (p) => `Cannot read file ${q(p)}.`,
  'cli.file-not-found': (p) => `File not found: ${p.path}.`,
  'cli.not-json': (p) => `File ${q(p)} is not valid JSON.`,
  'cli.json-unreadable': (p) => `Cannot read JSON from ${p.path}.`,
  'cli.not-feature-collection': (p) => `File ${q(p)} is not a GeoJSON FeatureCollection.`,
  'cli.not-valid-feature-collection': (p) => `File "${p.path}" is not a valid GeoJSON FeatureCollection.`,
  'cli.input-missing': () => 'Missing the input file.',
  'cli.csv-no-points': () => 'No points read from the CSV (see the notes above).',
  'cli.ahp-file-missing': () => 'Give the matrix file: noxh ahp <matrix.json>.',
  'cli.import-no-files': () => 'Give at least one file to import.',
  'cli.encoding-unknown': (p) => `Unknown encoding "${p.encoding}"; use utf8, cp1258, tcvn3 or vni.`,
  'cli.role-unknown': (p) => `Unknown layer role "${p.role}".`,
  'cli.not-non-negative': (p) => `--${p.option} must be a non-negative number.`,
  'cli.whole-number-min': (p) => `--${p.option} must be a whole number ≥ ${p.min}.`,
  'cli.file-is-folder': (p) => `${p.path} is a folder, not a file.`,
  'cli.file-no-permission': (p) => `No permission to read ${p.path}.`,
  'cli.file-read-failed': (p) => `Cannot read ${p.path}: ${p.why}`,
  'cli.json-invalid-why': (p) => `File ${p.path} is not valid JSON: ${p.why}`,
  'cli.flatgeobuf-not-wgs84': (p) => `${p.path} is in EPSG:${p.epsg}; convert it to WGS84 with "noxh import" first.`,
  'export.flatgeobuf-no-geometry': (p) => `${p.count} features have no geometry, which FlatGeobuf cannot hold; export GeoJSON or CSV instead.`,
  'cli.travel-mode-invalid': (p) => `--mode must be motorbike, walk or car (not "${p.value}").`,
  'cli.preset-unknown': (p) => `No preset "${p.id}" (available: ${p.ids}).`,
  'cli.threads-invalid': (p) => `--threads must be a whole number from 1 to 64 (got "${p.value}").`,
  'cli.layer-spec-invalid': (p) => `--layer ${p.position} ("${p.spec}") must be <role>=<file>, e.g. transport=roads.geojson.`,
  'cli.no-parcels': () => 'There are no candidate parcels to score.',
  'scenario.no-id': () => 'A scenario needs an "id" and a "criteria" list.',
  'sql.network-measure': (p) => `"${p.id}" is measured along the road network (road metres, travel minutes or jobs within reach), which the PostGIS SQL cannot compute exactly; change it to a straight distance or score this scenario with the engine.`,
  'sql.test-mismatch': (p) => `Constraint "${p.id}" compares a land-use code with a number (or a number with a list of codes); the PostGIS SQL cannot reproduce that. Use "in" for codes and <, ≤, >, ≥ for numbers.`,
  'parquet.no-geometry-column': (p) => `${p.file} has no geometry column (no GeoParquet "geo" metadata and no column named geometry or geom); export it as GeoParquet.`,
  'parquet.geometry-encoding': (p) => `${p.file} stores its geometry as "${p.encoding}"; only WKB is read. Convert it with: ogr2ogr -f Parquet out.parquet ${p.file}.`,
  'parquet.not-wgs84': (p) => `${p.file} is in ${p.crs}; convert it to WGS84 (EPSG:4326) first, e.g. ogr2ogr -t_srs EPSG:4326.`,

  'ui.vnd': (p, r) => `${r.num(Math.round(p.vnd), 0)} VND`,
  'ui.number-input': (p) => String(p.value),
  'ui.points-unit': () => 'pts',
  'ui.feature-number-title': () => 'Feature number in the file (from 1)',
  'ui.crs-most-likely': () => 'most likely',

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
    `The project ${p.crossing ? `crosses into (${r.m2(p.crossing.areaM2)}, ${r.pct(p.crossing.sharePct, 1)} of its area)` : 'lies in'} ${p.urbanArea} (${classLabel(p.urbanClass)}): subject to the 20% NOXH reserve.`,
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
      : `Estimated payment (reference): land-use fee for ${r.m2(p.reserveLandM2)} (${vnd(r, p.landUseFeeVnd)}) + infrastructure share (${vnd(r, p.infrastructureShareVnd)}) = ${vnd(r, p.totalVnd)}.`,
  'audit.payment.paid': (p, r) =>
    `${r.msg(p.due)} Paid ${vnd(r, p.paidVnd)}: ${
      p.enough
        ? `enough against the ${p.basis === 'notified' ? 'notified amount' : 'estimate'}.`
        : p.basis === 'notified'
        ? `short of the notified amount by ${vnd(r, p.shortVnd)}.`
        : `${vnd(r, p.shortVnd)} below the estimate; compare with the amount the authority notified (the estimate alone is no ground for a conclusion).`
    }`,
  'audit.payment.recorded': (p, r) =>
    `${r.msg(p.due)} ${p.made ? 'The project records the payment as made (payment_made).' : 'The project records the payment as not made.'}`,
  'audit.payment.no-record': (p, r) => `${r.msg(p.due)} No record of the payment (paid_amount_vnd or payment_made): needs review.`,

  'audit.declared.no-parcel': () => 'No reserved parcel to compare.',
  'audit.declared.none-declared': () => 'No parcel has a declared area (declared_area_m2): nothing to compare.',
  'audit.declared.within': (p, r) =>
    `Declared ${r.m2(p.declaredM2)}, measured ${r.m2(p.measuredM2)}: within tolerance.${p.missing > 0 ? ` ${p.missing} parcel(s) have no declared area.` : ''}`,
  'audit.declared.mismatch': (p, r) =>
    `Declared area differs from measured beyond tolerance (${p.tolerancePct}% or ${p.toleranceM2} m²) — declared / measured: ${p.parcels
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

  // Import notes (the codes and their params: src/domain/import/importNote.ts)
  'import.file-unsupported': (p) => `${p.file}: .${p.ext} files are not supported: skipped.`,
  'import.file-unreadable': (p, r) => r.msg(p.message),
  'import.file-empty': () => 'No data file to import (GeoJSON, Shapefile, KML/KMZ, CSV).',
  'import.json-invalid': (p) =>
    p.at
      ? `${p.file} is not valid JSON: error at line ${p.at.line}, column ${p.at.column}. Fix the file (often a missing comma or bracket, or a truncated file).`
      : `${p.file} is not valid JSON.`,
  'import.flatgeobuf-invalid': (p) => `${p.file} is not a readable FlatGeobuf file (${p.reason}).`,
  'import.parquet-invalid': (p) => `${p.file} is not a readable GeoParquet file (${p.reason}).`,
  'import.geojson-not-geojson': (p) => `${p.file} is JSON but not GeoJSON (expected "type": "FeatureCollection", "Feature" or a geometry).`,
  'import.zip-corrupt': (p) => `The zip file ${p.file} is corrupt (${zipText(ZIP_EN, p)}). Zip it again or download it again.`,
  'import.zip-bomb': (p) => `Refused to unzip ${p.file}: ${zipText(ZIP_EN, p)}: possibly a zip bomb. Unzip it yourself and pick the files you need.`,
  'import.zip-empty': (p) => `The zip ${p.file} holds no files.`,
  'import.shp-invalid': (p) =>
    p.problem === 'too-short'
      ? 'The .shp file is too short (no 100-byte header): it is damaged or was not fully downloaded.'
      : p.problem === 'not-shapefile'
        ? 'The .shp file is not a Shapefile (file code is not 9994).'
        : `Shapefile shape type ${p.shapeType} is not supported (MultiPatch?).`,
  'import.shp-truncated': (p) => `${p.name}.shp is truncated: only the first ${p.count} features could be read; the rest is lost (incomplete download?).`,
  'import.shp-record-damaged': () => 'damaged .shp record (its part or point count does not fit its length): rejected; the other records are read.',
  'import.shp-unsupported-shape': (p) => `shape type ${p.shapeType} is not supported.`,
  'import.shx-missing': (p) => `${p.name}.shx is missing: not needed, the .shp is read sequentially.`,
  'import.dbf-missing': (p) => `${p.name}.dbf is missing: geometry imported without attributes. Select the .dbf too if you need the attributes.`,
  'import.dbf-invalid': (p) => (p.problem === 'too-short' ? 'The .dbf file is too short: it is damaged.' : 'The .dbf header is invalid: the file is damaged.'),
  'import.dbf-records-missing': (p) => `${p.name}.dbf declares ${p.declared} records but holds ${p.read} (the file was cut short): the features after them have no attributes.`,
  'import.dbf-count-mismatch': (p) =>
    `${p.name}.dbf has ${p.records} records but ${p.name}.shp has ${p.shapes} shapes; features without a record get no attributes.`,
  'import.dbf-deleted-record': () => 'its attribute record is marked deleted in the .dbf; the feature is kept.',
  'import.shp-missing': (p) => `${p.name}.dbf came without ${p.name}.shp: select the .shp too (and the .shx, .prj).`,
  'import.kml-invalid': (p) => `${p.file} is not valid KML (broken XML or no <kml> element).`,
  'import.kmz-no-kml': (p) => `${p.file} holds no .kml file.`,
  'import.prj-unreadable': (p) => `${p.name}.prj could not be read.`,
  'import.cpg-unknown': (p) => `${p.name}.cpg names an unknown encoding "${p.cpg}"; detecting instead.`,
  'import.crs-from-prj': (p) => `Coordinate system from ${p.name}.prj: ${p.crs.en}.`,
  'import.crs-prj-detail': (p, r) => r.msg(p.detail),
  'import.crs-from-option': (p) => `Coordinate system: ${p.crs.en} (chosen by the user).`,
  'import.crs-assumed-wgs84': () => 'No .prj; coordinates are degrees, so taken as WGS84 (longitude, latitude).',
  'import.crs-needed': (p) => {
    const b = p.rawBbox;
    return `${p.name ? `${p.name}: ` : ''}coordinates are metres (easting ${round(b[0])}–${round(b[2])}, northing ${round(b[1])}–${round(b[3])}) and there is no readable .prj: choose the coordinate system. ${p.suggestion ? `Suggestion: ${p.suggestion.label.en} (${p.suggestion.id}).` : 'No system could be guessed.'}`;
  },
  'import.crs-geojson-member': (p) => `Coordinate system from the file's "crs" member: ${p.crs.en}.`,
  'import.crs-member-unknown': (p) => `The declared coordinate system "${p.declared}" is not recognised.`,
  'import.crs-guessed': (p, r) => `Coordinate system guessed as ${p.crs.en}. ${r.msg(p.reason)} Please confirm.`,
  'import.crs-mismatch': (p) =>
    `Coordinates are metres (e.g. ${p.x}, ${p.y}) but the chosen system is longitude/latitude: metres are never read as degrees. Choose a VN-2000 system.`,
  'import.reprojected': (p) =>
    p.points === null
      ? `Reprojected from ${p.crs.en} to WGS84${p.failed ? `; ${p.failed} points could not be transformed` : ''}.`
      : `Reprojected ${p.points} points from ${p.crs.en} to WGS84${p.failed ? `; ${p.failed} could not be transformed` : ''}.`,
  'import.layer-no-overlap': (p) =>
    `Layer ${p.layer} (centre ${p.centreLat.toFixed(4)}°N ${p.centreLon.toFixed(4)}°E) overlaps none of the loaded layers: usually a wrong coordinate system (central meridian, VN-2000/WGS84) or swapped X/Y. Check it before use.`,
  'import.encoding-from-cpg': (p) => `Attribute encoding from ${p.name}.cpg: ${p.cpg}.`,
  'import.encoding-detected': (p, r) => EN['import.encoding-uncertain'](p, r),
  'import.encoding-uncertain': (p) =>
    `Detected attribute encoding: ${p.encoding} (confidence ${p.confidencePct} %). Sample: ${p.samples.join(' · ')}. Choose another encoding if the text looks wrong.`,
  'import.encoding-from-option': (p) => `Attribute encoding: ${p.encoding} (chosen by the user).`,
  'import.csv-encoding-detected': (p) => `${p.file} is not UTF-8; detected encoding: ${p.encoding}.`,
  'import.geometry-null': () => 'no geometry (null): it cannot be shown on the map. Left out of the layer.',
  'import.geometry-empty': (p) => `${p.problem === 'no-rings' ? 'the polygon has no rings.' : 'empty geometry (no coordinates).'} Left out of the layer.`,
  'import.geometry-invalid': (p) => `${geometryText(GEOMETRY_EN, p)} Left out of the layer.`,
  'import.ring-closed': (p) => `closed ${p.rings} unclosed ring(s) (last point = first point).`,
  'import.ring-too-short': (p) =>
    'outerPoints' in p
      ? `the polygon's outer ring has only ${p.outerPoints} distinct points (3 needed). Left out of the layer.`
      : `dropped ${p.droppedHoles} degenerate hole(s) (under 3 points).`,
  'import.polygon-zero-area': (p) => `${p.rings} outer ring(s) enclose no area (the points lie on a line): the feature is kept but has no measurable area — please check it.`,
  'import.ring-rewound': (p) =>
    'orphanHole' in p ? 'a counter-clockwise ring inside no outer ring was taken as an outer ring.' : `rewound ${p.rings} ring(s) to RFC 7946 (outer rings counter-clockwise).`,
  'import.duplicate-points-removed': (p) => `removed ${p.points} duplicate consecutive point(s).`,
  'import.self-intersection-repaired': (p) =>
    `self-intersecting polygon${near(p.near, 'near')}; repaired by splitting at the crossings (${p.parts} ${p.parts === 1 ? 'part' : 'parts'}). Check the boundary.`,
  'import.self-intersection-kept': (p) =>
    `self-intersecting polygon${near(p.near, 'near')} that could not be repaired; kept, but its area may be wrong: fix it in a GIS.`,
  'import.coordinates-out-of-range': (p) =>
    `coordinate (${p.x}, ${p.y}) is outside longitude ±180 / latitude ±90: probably a wrong coordinate system. Left out of the layer.`,
  'import.coordinates-not-finite': (p) => `a coordinate is not a finite number (${p.x}, ${p.y}). Left out of the layer.`,
  'import.latlon-swapped': (p) =>
    `Every coordinate of layer ${p.layer} lies in Vietnam only when read as [latitude, longitude]: swapped to [longitude, latitude] for ${p.count} features.`,
  'import.feature-invalid': () => 'not a GeoJSON Feature: skipped.',
  'import.summary': (p) =>
    p.of === 'layer'
      ? `Layer ${p.layer}: imported ${p.accepted}/${p.total} features, repaired ${p.repaired}, rejected ${p.rejected}.`
      : `Read ${p.points} points from ${p.rows} data rows; ${p.rejected} rows skipped${p.outside ? `, ${p.outside} points outside Vietnam` : ''}${p.blank ? `; ${p.blank} blank rows` : ''}.`,
  'import.csv-format': (p) => `CSV separated by ${DELIMITER_EN[p.delimiter]}${p.decimalComma ? ', with decimal commas' : ''}.`,
  'import.csv-quote-unclosed': (p) => `Line ${p.line}: a quote opens but never closes — ${p.lastLine > p.line ? `lines ${p.line}–${p.lastLine} were merged into one cell (${p.lastLine - p.line} lines did not become points of their own)` : 'the last cell runs to the end of the file'}. Fix the quotes in the file and import it again.`,
  'import.csv-quote-stray': (p) => `Stray quotes inside a quoted cell on ${p.count} lines (line ${p.lines.join(', ')}${p.count > p.lines.length ? ', …' : ''}): the cells are kept as read; please check them.`,
  'import.csv-column-missing': (p) => `There is no column "${p.column}" (chosen for ${p.axis}). Columns: ${p.columns.join(', ')}.`,
  'import.csv-no-coordinates': (p) =>
    `No pair of coordinate columns found (X/Y, lon/lat, E/N). Columns: ${p.columns.join(', ') || '(none)'}. Choose the coordinate columns.`,
  'import.csv-columns': (p, r) => r.msg(p.reason),
  'import.csv-axis-order': (p, r) => r.msg(p.reason),
  'import.csv-row-rejected': (p) =>
    'cells' in p
      ? `Row ${p.row}: ${p.cells.map((c) => (c.cell === '' ? `"${c.column}" is empty` : `"${c.column}" = "${c.cell}" is not a number`)).join('; ')} — row skipped, fix it in the file.`
      : `Row ${p.row}: coordinates (${p.x}, ${p.y}) are not valid in ${p.crs.en} — row skipped.`,
  'import.csv-point-outside-vietnam': (p) =>
    `Row ${p.row}: point (${p.x}, ${p.y}) lies outside Vietnam (${p.lat.toFixed(5)}°N, ${p.lon.toFixed(5)}°E) — check the value or the coordinate system.`,
  'import.csv-all-outside-vietnam': (p) =>
    `All ${p.count} points lie outside Vietnam: the coordinate system (${p.crs.en}) or the X/Y column order is probably wrong.`,
  'import.rerun-failed': (p) => p.text.en,
  'import.at-feature': (p, r) => `Feature ${p.featureIndex + 1}: ${r.msg(p.message)}`,
  'audit.transition.earlier': (p) =>
    `The project's investment policy / investor was approved on ${dmy(p.approvedOn)}${p.source === 'decision' ? ' (the date in its decision)' : ''}, before ${dmy(p.cutoff)}: under Decree 100/2024 Art. 78(2) it keeps its NOXH land obligation under ${REGIME_NAMES[p.regime]}${
      p.landUseFeePaid ? '; the land-use fee was paid: Art. 78(4) applies (as amended by Decree 261/2025 Art. 1(6))' : ''
    }. The checks under the 2024 rule are for reference only; compare with the obligation set in the investment-policy decision.`,
  'audit.reserve.equal-value': (p, r) =>
    `${r.msg(p.formula)}; the equivalent land in the same urban area is ${r.m2(p.countedM2)} (${r.m2(p.shortfallM2)} smaller) but worth ${vnd(r, p.valueVnd)} ≥ the value of the land owed, ${vnd(r, p.requiredValueVnd)} (as valued by the authority): met by equal value.`,
  'audit.payment.notified': (p, r) => `Amount notified by the authority: ${vnd(r, p.notifiedVnd)}.`,
  'audit.payment.not-notified': () => 'No notified amount (payment_notified_vnd): the estimate is a reference only.',
  'audit.payment.late': (p, r) =>
    `Paid ${p.days} days after the ${dmy(p.dueOn)} deadline${p.paidOn ? ` (paid on ${dmy(p.paidOn)})` : p.asOf ? ` (not fully paid by ${dmy(p.asOf)})` : ''}: the late-payment charge of Art. 19(2a) (added by Decree 261/2025) is owed, about ${vnd(r, p.chargeVnd)} (${r.num(p.ratePerDayPct, 3)}%/day on the ${p.basis === 'notified' ? 'notified amount' : 'estimate'}).`,
  'audit.hazard.after-handover': (p) =>
    `After hand-over: ${p.parcels.map((x) => `parcel ${x.parcel} ${STATUS_AFTER_HANDOVER[x.status] ?? x.status}`).join('; ')} (not overdue).`,
  'audit.road.nearby': (p, r) =>
    `Nearest social infrastructure (information): ${p.facilities.map((f) => `${NEARBY[f.group]} ${f.name} ${r.m(Math.round(f.distanceM))}`).join('; ')}.`,
  'audit.subject.class-in-force': (p) =>
    `Urban class as in force when the investment policy was approved${p.approvedOn ? ` (${dmy(p.approvedOn)})` : ''}: ${p.urbanArea} ${classLabel(p.urbanClass)}${
      p.decision || p.decidedOn ? ` under ${p.decision ?? 'a decision'}${p.decidedOn ? ` of ${dmy(p.decidedOn)}` : ''}` : ''
    }${p.later.length ? `; later recognised as ${p.later.map((l) => `class ${l.urbanClass} on ${dmy(l.decidedOn)}`).join(', ')} (not applicable to this project)` : ''}.`,
  'audit.subject.province-criteria': (p) =>
    `The project lies in ${p.urbanArea} (${classLabel(p.urbanClass)}) and meets the province's criteria (${p.decision}): subject to the NOXH reserve.`,
  'audit.obligation': (p) =>
    `${{ land_in_project: 'Land in the project', land_elsewhere: 'Equivalent land elsewhere', payment: 'Payment instead of land' }[p.obligation]}${p.inferred ? ' (inferred from the data)' : ''}`,
  // Distances along the roads (issue 15)
  'scoring.distance-mode': (p) => ({ straight: 'Straight line', road_m: 'Along the roads (m)', travel_min: 'Travel time (min)' })[p.mode],
  'scoring.distance-mode.label': () => 'Distance measured',
  'scoring.travel-mode': (p) => ({ motorbike: 'Motorbike', walk: 'Walking', car: 'Car' })[p.mode],
  'scoring.travel-mode.label': () => 'Travel mode',
  'scoring.network.note': (p, r) => {
    const straight = p.straightM === null ? 'no target feature' : `straight line ${r.m(p.straightM)}`;
    if (!p.unreachable) return straight[0].toUpperCase() + straight.slice(1);
    const mode = ({ motorbike: 'motorbike', walk: 'on foot', car: 'car' } as const)[p.travelMode];
    return `Not reachable by ${mode} along the roads: the road nearest the parcel does not lead to a target (a break in the network, a one-way road, or only an expressway the mode may not use); ${straight}.`;
  },
  'scoring.constraint.severity': ({ severity }) => (severity === 'warning' ? 'Warning' : 'Exclude'),
  'scoring.constraint.severity.label': () => 'Severity',
  'scoring.constraint.warning': () => 'Warning',
  'scoring.constraint.has-exception': () => 'Has an exception (see the scenario file)',
  'network.problem': ({ problem: x }, r) => {
    const at = `(${r.num(x.lat, 5)}, ${r.num(x.lon, 5)})`;
    if (x.kind === 'disconnected_part') return `Part of the network not connected to the main one: ${x.edges} segments, ${r.m(x.lengthM)}, at ${at}.`;
    if (x.kind === 'dangling_end') return `A road end ${r.m(x.gapM)} from another road at ${at}: a junction may be missing.`;
    const why = { expressway: 'expressway', bridge: 'bridge', tunnel: 'tunnel' }[x.why];
    return `Two roads cross without a node (${why}, no interchange near) at ${at}.`;
  },
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
  'commune.search.label': () => 'Zoom to commune/ward',
  'commune.search.placeholder': () => 'Find a commune, ward, special zone…',
  'commune.search.none': () => 'No commune or ward has this name.',
  'commune.level': (p) => ({ commune: 'Commune', ward: 'Ward', special_zone: 'Special zone' })[p.level] ?? p.level,
  'commune.former-province': (p) => `formerly in ${p.province} province`,
  'commune.formed-from': (p) => `includes the former ${p.formerName}`,
  'commune.column': () => 'Commune/ward',
  'commune.code-column': () => 'Commune code',
  'commune.filter.label': () => 'Filter by commune/ward',
  'commune.filter.all': () => 'All communes/wards',
  'commune.computed': () => 'found from its location on the administrative-units layer',
};

// Issue 16: where in a project document a problem is, and what the field must be.
function projectPlaceEn(layerIndex: number | null, field: string): string {
  return layerIndex === null ? `The project's field "${field}"` : `Layer ${layerIndex + 1}, field "${field}"`;
}
const PROJECT_EXPECTED_EN: Record<ProjectFieldExpectation, string> = {
  text: 'a text string', 'local-text': 'a two-language text {"vi": "…", "en": "…"}', boolean: 'true or false', object: 'a JSON object',
  number: 'a finite number', list: 'a list', 'hex-colour': 'a colour as #rrggbb', fraction: 'a number from 0 to 1',
  'lon-lat': '[longitude, latitude] within ±180°, ±90°', source: 'a "sample" or "inline" source', 'sample-file': 'the name of a sample data file (no path)',
  'feature-collection': 'a GeoJSON FeatureCollection', feature: 'a GeoJSON Feature', geometry: 'a valid GeoJSON geometry',
  coordinates: 'finite numbers shaped as the geometry type requires', properties: 'a properties object with finite values',
};
const PROJECT_UNIT_EN = { chars: 'characters', items: 'items', levels: 'nesting levels' } as const;

/** The words of the UI, mirroring UI_VI in catalog.vi.ts key for key. */
export const UI_EN: UiText = {
  app: {
    appTitle: 'NOXH Atlas',
    appSubtitle: 'Social housing planning support map, Quảng Ngãi province',
    layers: 'Layers',
    legend: 'Legend',
    language: 'Language',
    basemap: 'Basemap',
    basemapNone: 'None (offline)',
    basemapOsm: 'OpenStreetMap (online)',
    basemapFailed: 'The online basemap could not be loaded — the app keeps working offline.',
    basemapAttribution: '© OpenStreetMap contributors',
    illustrativeBadge: 'Illustrative data',
    featureDetails: 'Feature details',
    close: 'Close',
    clickHint: 'Click a feature on the map to see its attributes.',
    loading: 'Loading data…',
    loadFailed: 'Could not load layer',
    featureCount: 'features',
    layerInfo: 'Source and notes',
    source: 'Source',
    license: 'Licence',
    showLayer: 'Show layer',
    hideLayer: 'Hide layer',
    undo: 'Undo',
    redo: 'Redo',
    history: 'History',
    zoomToLayer: 'Zoom to layer',
    otherProperties: 'Other properties',
    dataNote: 'Data note',
    layerShown: 'Show layer',
    layerHidden: 'Hide layer',
    languageChanged: 'Change language',
    basemapChanged: 'Change basemap',
    invalidFeatures: 'invalid features',
    scale: 'Scale',
  },
  scoring: {
    title: 'Site scoring',
    intro: 'Scores candidate parcels by criteria and weights; move a weight slider and the map and ranking update at once.',
    noParcels: 'No "Candidate sites" layer with data yet.',
    loadingData: 'Loading layer data…',
    scenario: 'Scenario',
    saveAsNew: 'Save as new scenario',
    rename: 'Rename',
    delete: 'Delete',
    ok: 'OK',
    cancel: 'Cancel',
    newName: 'Scenario name',
    copyOf: 'Copy of',
    cannotDeleteLast: 'At least one scenario must remain.',
    measuring: 'Measuring distances, counts and overlaps…',
    cancelRun: 'Cancel',
    cancelled: 'Scoring cancelled.',
    rerun: 'Run scoring again',
    programError: 'Program error',
    summary: 'parcels scored, excluded',
    emptySources: 'No source feature found for',
    invalidParcels: 'parcels with invalid geometry',
    criteria: 'Criteria and weights',
    weightsDirect: 'Direct',
    weightsAhp: 'Pairwise (AHP)',
    group: 'Group',
    groups: 'Group weights',
    effective: 'effective',
    enabled: 'Use',
    sourceLayer: 'Source layer',
    allLayersOfRole: 'All layers of role',
    parcelItself: 'The parcel itself',
    filter: 'Attribute filter',
    filterValues: 'Values',
    radius: 'Radius (m)',
    transform: 'Transform to 0–1',
    linear: 'Linear (rising/falling between two thresholds)',
    stepped: 'Stepped classes',
    targetBand: 'Target band (Gaussian)',
    categorical: 'Categorical table',
    from: 'Value scoring 0',
    to: 'Value scoring 1',
    upTo: 'Up to',
    value01: 'Score 0–1',
    addClass: 'Add class',
    addCode: 'Add code',
    code: 'Code',
    otherCodes: 'Other codes',
    min: 'Min',
    max: 'Max',
    sigma: 'Sigma σ',
    constraints: 'Exclusion constraints',
    threshold: 'Threshold',
    forbiddenCodes: 'Excluded codes (comma-separated)',
    reason: 'Reason',
    reference: 'Reference',
    excludedWhen: 'Excluded when value',
    legendScore: 'Suitability score (0–100)',
    legendTopK: 'Probability of staying in the top',
    legendExcluded: 'Excluded (constraint)',
    colourBy: 'Colour by',
    colourScore: 'Score',
    colourTopK: 'P(top k)',
    showOnMap: 'Show on the map',
    ranking: 'Ranking',
    filterText: 'Filter by id, name…',
    showExcluded: 'Show excluded parcels',
    exportCsv: 'Export CSV',
    rank: 'Rank',
    id: 'Parcel id',
    name: 'Name',
    score: 'Score',
    area: 'Area',
    exclusion: 'Exclusion reason',
    compareCol: 'Compare',
    pTopK: 'P(top k)',
    rankRange: 'Rank range',
    showMore: 'Show more',
    rowsShown: 'rows',
    explanation: 'Score explanation',
    criterion: 'Criterion',
    rawValue: 'Measured value',
    normalized: 'Normalised 0–1',
    weight: 'Weight',
    contribution: 'Contribution (points)',
    total: 'Total score',
    excludedBy: 'Excluded by',
    alsoBreaks: 'Also breaks',
    notExcluded: 'Breaks no constraint',
    noSource: 'no source feature',
    close: 'Close',
    compare: 'Compare sites',
    compareHint: 'Tick 2–4 parcels in the ranking to compare them.',
    compareMax: 'At most 4 parcels.',
    clearCompare: 'Clear',
    sensitivity: 'Sensitivity analysis',
    sensitivityHelp: 'Randomly perturbs every weight within ±% and re-scores many times: parcels that stay near the top are robust choices.',
    spread: 'Spread ±%',
    draws: 'Draws',
    topK: 'Top k',
    run: 'Run',
    sensitivityStale: 'The weights changed since the last run — run it again.',
    sensitivityDone: 'draws, ±',
    draw: 'Draw a new site',
    drawHelp: 'Click each vertex on the map; click the first vertex again (or double-click) to finish.',
    drawStart: 'Start drawing',
    drawStop: 'Stop drawing',
    drawnScore: 'The drawn site',
    wouldRank: 'Would rank',
    among: 'among',
    addToCandidates: 'Add to the "Newly drawn sites" layer',
    drawnLayerTitle: 'Newly drawn sites',
    drawnLayerNote: 'Parcels drawn by the user in the app for scoring.',
    drawnName: 'Drawn site',
    discard: 'Discard',
    mapNotReady: 'The map is not ready.',
    yes: 'Yes',
    no: 'No',
  },
  unit: {
    m: 'm',
    min: 'min',
    persons: 'workers',
    count: 'count',
    share01: '%',
    code: 'code',
    m2: 'm²',
  },
  op: {
    lt: 'less than',
    lte: 'at most',
    gt: 'greater than',
    gte: 'at least',
    in: 'in the list',
    not_in: 'not in',
    eq: 'equals',
    ne: 'differs from',
  },
  ahp: {
    help: 'Each cell: how much more important the row item is than the column one (Saaty 1–9; 1/3 = less important). Mirror cells take the reciprocal. Compare the groups, then the criteria inside each group.',
    groupMatrix: 'Compare the criterion groups',
    criteriaMatrix: 'Compare the criteria',
    criteriaOfGroup: (group) => `Criteria in group “${group}”`,
    localWeight: 'Local weight',
    inconsistent: (cr) => `Consistency ratio CR = ${cr} > 0.10: the judgements are inconsistent; please revise them.`,
    consistent: (cr) => `CR = ${cr} ≤ 0.10: acceptable.`,
    twoItems: 'Two items: always consistent (no CR).',
    oneItem: 'A single item: local weight 100 %.',
    worst: (row, column, entered, suggested, ratio) =>
      `Most inconsistent judgement: “${row}” vs “${column}” = ${entered}, while the weights suggest ≈ ${suggested} (weight ratio ${ratio}).`,
    worstTied: (others) => `${others} other judgement(s) deviate just as much: revising one of them is enough.`,
    globalTitle: 'Global weights (group weight × local weight)',
    globalTitleFlat: 'AHP weights of the criteria',
    criterion: 'Criterion',
    local: 'Local',
    global: 'Global (AHP)',
    current: 'In use',
    total: 'Total',
    hierarchyCr: 'Hierarchy CR (Saaty)',
    hierarchyCrHelp: 'CR_H = (CI of groups + Σ w_group·CI of criteria) / (RI of groups + Σ w_group·RI of criteria), Saaty 1980.',
    hierarchyInconsistent: (cr) => `Hierarchy consistency ratio CR_H = ${cr} > 0.10: revise the matrices with a warning.`,
    skipped: (names) => `Groups with no criterion in use are not compared (applying sets their weight to 0): ${names}.`,
    apply: 'Apply AHP weights',
    applyHint: 'Applies every level at once; undo with the Undo button.',
    inSync: '✓ The weights in use match the AHP weights.',
    noCriteria: 'No criterion is in use.',
  },
  filter: {
    property: 'Property',
    operator: 'Condition',
    notInData: 'not in data',
    features: 'features',
    keepValues: 'Keep features with a ticked value',
    dropValues: 'Drop features with a ticked value',
    pickValue: 'Pick one value',
    findValue: 'Find a value…',
    otherValue: 'Other values (comma-separated)',
    otherValueSingle: 'Other value',
    add: 'Add',
    set: 'Set',
    topValues: 'Only the most frequent values are listed:',
    of: 'of',
    distinctValues: 'distinct values',
    noValues: 'This property has no values in the data.',
    threshold: 'Threshold',
    inData: 'In the data',
    to: 'to',
    numericValues: 'numeric values',
    noNumeric: 'This property has no numeric values in the data: a comparison keeps no feature.',
    invalidNumber: 'Enter a number (e.g. 500 or 0.5).',
    passing: 'features pass the filter',
    nonePass: 'No feature passes the filter: this criterion will have no source features.',
    noSourceFeatures: 'The source layer has no features (not loaded, or empty).',
  },
  editSite: {
    editShape: 'Edit shape',
    save: 'Save',
    cancel: 'Cancel',
    help: 'Drag a vertex to move it; drag an edge midpoint to add a vertex; right-click a vertex to delete it. The score updates as you edit.',
    editing: 'Editing the shape of',
    area: 'Area',
    score: 'Score',
    rank: 'Rank',
    among: 'among',
    before: 'before the edit',
    unchanged: 'The shape has not changed yet.',
    dataChanged: 'The layer data changed (e.g. by Undo), so editing stopped; the shape was not saved.',
    mapNotReady: 'The map is not ready.',
  },
  audit: {
    title: 'Reserved NOXH land audit (20%)',
    intro: 'Commercial housing and urban-area projects must reserve land for social housing (Housing Law 2023 Art. 83; Decree 100/2024 Art. 17–19).',
    asOfDate: 'As-of date',
    settings: 'Audit settings',
    reserveSharePct: 'Reserve share (%)',
    roadDistanceM: 'Maximum distance to a road (m)',
    declaredTolerancePct: 'Declared-area tolerance (%)',
    declaredToleranceM2: 'Declared-area tolerance floor (m²)',
    landUseFee: 'Land-use fee (VND/m²)',
    infrastructureCost: 'Infrastructure unit cost (VND/m²)',
    optional: 'optional',
    invalidNumber: 'Enter a non-negative number; the default is used.',
    running: 'Auditing…',
    waitingForLayers: 'Loading the layers…',
    missingLayers: 'The audit needs a commercial-project layer and a reserved-land layer. Missing:',
    layersUsed: 'Layers used',
    projects: 'projects',
    colId: 'Id',
    colName: 'Project',
    colVerdict: 'Verdict',
    colRequired: 'Required (m²)',
    colCounted: 'Counted (m²)',
    colShortfall: 'Shortfall (m², %)',
    measured: 'measured',
    payment: 'payment',
    allChecksPass: 'All 8 checks pass.',
    exportCsv: 'Export CSV',
    printSheet: 'Print compliance sheet',
    downloadSheet: 'Download sheet (HTML)',
    preparingSheet: 'Preparing the sheet…',
    close: 'Close',
    print: 'Print',
    checks: 'Checks',
    onMap: 'On the map',
    legendHint: 'Untick to hide a highlight.',
    reference: 'Reference',
    zoomTo: 'Zoom to the project',
    notes: 'Data notes',
    paymentEstimate: 'Payment instead of land, an estimate for reference — the amount due is the one the authority notifies (Decree 100/2024 Art. 19 as amended and supplemented by Decree 261/2025)',
    paymentNeedsPrices: 'Enter the land-use fee and infrastructure unit cost under "Audit settings" to estimate.',
    illustrative: 'Illustrative data',
    auditError: 'The audit could not run',
    programError: 'Program error',
    workerStopped: 'the audit worker stopped unexpectedly; change a setting or reload the page to run it again',
  },
  verdict: {
    noncompliant: 'Non-compliant',
    review: 'Needs review',
    compliant: 'Compliant',
    not_subject: 'Not subject',
  },
  outcome: {
    pass: 'Pass',
    fail: 'Fail',
    warning: 'Warning',
    'n/a': 'N/A',
  },
  highlight: {
    project_boundary: 'Project boundary',
    reserved_parcel: 'Reserved NOXH land',
    outside_boundary: 'Part outside the project boundary',
    outside_urban_area: 'Part outside the project’s urban area',
    non_residential: 'Part not residential in the plan',
    not_in_plan: 'Part not covered by the land-use plan',
    not_connected: 'Part not connected to a road',
    shared_with_other_project: 'Part shared with another project',
    hazard_overlap: 'Part inside a flood zone',
    deadline_passed: 'Parcel past its hand-over deadline',
    declared_area_mismatch: 'Parcel with a declared-area mismatch',
  },
  import: {
    panelTitle: 'Data',
    importButton: 'Import data',
    importHint: 'Drop files on the map or press "Import data": GeoJSON, Shapefile (.zip or .shp + .shx + .dbf + .prj + .cpg), KML/KMZ, coordinate CSV (lon/lat or VN-2000 X/Y).',
    dropHere: 'Drop files here to import',
    workspace: 'Project',
    saveProject: 'Save project',
    openProject: 'Open project',
    newProject: 'New project from the sample data',
    autosaveNote: 'The project (imported layers included) is saved automatically in this browser and reopened on reload.',
    autosavedAt: 'Autosaved at',
    autosaveFailed: 'Could not autosave in the browser',
    projectOpened: 'Opened project',
    projectReset: 'New project created from the sample data.',
    projectOpenFailed: 'Could not open the project',
    notJson: 'The file is not valid JSON',
    nothingChanged: 'The open project is unchanged.',
    importing: 'Importing',
    cancel: 'Cancel',
    close: 'Close',
    confirm: 'Add to the map',
    cancelled: 'Import cancelled; nothing changed.',
    reportTitle: 'Import report',
    failedTitle: 'The data could not be imported',
    failedNothingChanged: 'The layers already on the map are unchanged.',
    layer: 'Layer',
    includeLayer: 'Add this layer',
    layerTitle: 'Layer title',
    role: 'Layer role',
    fieldMapping: 'Field mapping',
    roleProperty: 'Role property',
    sourceField: 'Field in the file',
    noField: '— none —',
    countAccepted: 'features imported',
    countRepaired: 'repaired',
    countRejected: 'rejected',
    countWarnings: 'warnings',
    countErrors: 'errors',
    feature: 'Feature',
    crsFound: 'Coordinate system',
    crsQuestion: 'The file has coordinates in metres but does not say which system. Choose the coordinate system:',
    crsNeverDegrees: 'Coordinates in metres are never read as degrees.',
    crsSuggested: 'Suggestions (most likely first)',
    crsAll: 'All coordinate systems',
    crsWhy: 'Why',
    crsApply: 'Import in this system',
    crsNoSuggestion: 'No system could be guessed from the coordinate ranges: choose from the file\'s documentation.',
    swapXY: 'The first value is X = northing, the second Y = easting (Vietnamese surveying convention)',
    csvColumns: 'Coordinate columns of the CSV',
    csvX: 'X column (first value)',
    csvY: 'Y column (second value)',
    csvConvention: 'In Vietnamese surveying X is the northing (about 1,6xx,xxx m in Quảng Ngãi) and Y the easting (about 5xx,xxx m). For lon/lat choose X = longitude, Y = latitude and untick.',
    encoding: 'Attribute encoding',
    encodingDetected: 'detected',
    encodingConfidence: 'confidence',
    encodingPreview: 'Preview',
    encodingHint: 'If the Vietnamese text looks wrong, pick another encoding and check the preview.',
    working: 'Working…',
    added: 'Added layer',
    export: 'Export layer',
    exportFormat: 'Format',
    exportCrs: 'Shapefile coordinate system',
    download: 'Download',
    exportNoData: 'The layer has no data to export yet.',
    removeLayer: 'Remove layer',
    removeHint: 'Undo brings it back.',
  },
  noteLevel: {
    error: 'Error',
    rejected: 'Rejected',
    warning: 'Warning',
    repaired: 'Repaired',
    info: 'Info',
  },
  exportFormat: {
    geojson: 'GeoJSON (WGS84)',
    csv: 'CSV (UTF-8, opens in Excel)',
    shapefile: 'Shapefile (.zip with .prj, .cpg)',
    flatgeobuf: 'FlatGeobuf (.fgb, WGS84: fast for large layers, QGIS/GDAL)',
  },
  targets: {
    title: 'Progress toward the social housing targets',
    intro: 'The plan implementing Directive 34-CT/TW: at least 6,300 NOXH units by 2030. Figures come from the project registry (the "Social housing projects" layer).',
    loading: 'Loading data…',
    asOf: 'As of',
    dwellings: 'Dwelling units',
    places: 'Places (worker dormitories, student housing)',
    unitWord: 'units',
    placeWord: 'places',
    ofTarget: 'of the target',
    gap: 'Still short',
    neededPerYear: 'Needed a year until',
    reached: 'Target reached',
    rentalShare: 'Rental share of units',
    notStarted: 'projects starting after the year shown (not counted)',
    byYear: 'By year (units, cumulative)',
    completedCumulative: 'Completed, cumulative',
    expectedCumulative: 'Expected, cumulative',
    trajectory: 'Trajectory needed to reach the target',
    targetLine: 'Target',
    byCommune: 'By commune/ward',
    noCommunes: 'The administrative layer has no communes/wards yet: every project counts under "No commune/ward" unless it names a commune code.',
    byForm: 'By form',
    form: 'Form',
    commune: 'Commune/ward',
    total: 'Total',
    problems: 'Data notes',
    exportCsv: 'Download the annual report (CSV)',
    exportA4: 'Download the annual report (A4 page to print)',
    communesWithout: 'communes/wards with no project',
    sources: 'Sources',
    dataLayers: 'Project figures from the layers',
    illustrativeData: 'Includes illustrative data, not real figures.',
    workingReport: 'A working report, not the official form.',
    targets: 'Targets',
    targetLabel: 'Applies to',
    targetUnits: 'Units',
    targetYear: 'By year',
    targetSource: 'Source',
    editTargets: 'Edit targets',
    addKonTum: 'Add a target for the former Kon Tum part',
    removeTarget: 'Remove',
    saveTargets: 'Save targets',
    resetTargets: 'Back to the default target',
    cancel: 'Cancel',
    targetInvalid: 'Units must be a positive whole number, the year a whole number.',
    registry: 'NOXH project registry',
    addProject: 'Add a project',
    edit: 'Edit',
    delete: 'Delete',
    name: 'Project name',
    status: 'Status',
    number: 'Number',
    years: 'Start – completion',
    noProjects: 'No projects yet.',
    newProject: 'New project',
    editProject: 'Edit project',
    unitKind: 'Counted as',
    unitKindDwelling: 'Dwelling units',
    unitKindPlace: 'Places',
    units: 'Units / places',
    floorArea: 'Floor area (m²)',
    landArea: 'Land area (m²)',
    investor: 'Investor',
    startYear: 'Start year',
    completionYear: 'Completion year (actual or expected)',
    communeCode: 'Commune/ward code',
    communeFromMap: 'Taken from the map at the location',
    communeTyped: 'Typed (the administrative layer has no commune/ward here)',
    location: 'Location',
    pickPoint: 'Pick a point on the map',
    drawPolygon: 'Draw the boundary',
    stopDrawing: 'Stop',
    pickHelp: 'Click the map to place the project.',
    drawHelp: 'Click the corners on the map; click the first one again to finish.',
    locationPoint: 'Point',
    locationPolygon: 'Boundary',
    locationNone: 'No location yet',
    save: 'Save',
    nameMissing: 'Enter the project name.',
    locationMissing: 'Pick the location on the map or draw the boundary.',
    areaInvalid: 'Areas must be non-negative numbers.',
    mapNotReady: 'The map is not ready.',
    newLayerTitle: 'NOXH project registry',
    newLayerNote: 'Projects entered through the NOXH registry',
  },
};
