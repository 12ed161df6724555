// The Vietnamese words of every message code (the reference catalogue; catalog.en.ts mirrors every key).
import type { AuditCsvColumn, Catalog, ProjectFieldExpectation, TargetsColumn, TargetsIndicator, CrsUnknownWhy, ScenarioProblem } from './message.ts';
import type { CheckId, CheckOutcome, HighlightKind, Verdict } from '../domain/reserved_land/types.ts';
import type { LegalReferenceKey, NearbyFacility, Regime, UrbanClass } from '../domain/reserved_land/rules.ts';
import type { GeometryProblem, ZipProblem } from '../domain/import/importNote.ts';
import type { ImportNoteLevel } from '../domain/import/importTypes.ts';
import type { CsvDelimiter } from '../domain/import/detectCsvDelimiter.ts';
import type { HousingStatus } from '../domain/targets/types.ts';

const CHECK_TITLES: Record<CheckId, string> = {
  subject_to_rule: 'Thuộc diện phải dành quỹ đất NOXH',
  required_reserve: 'Diện tích phải dành so với diện tích đo đạc',
  declared_area: 'Diện tích kê khai so với đo đạc',
  location: 'Vị trí quỹ đất (trong dự án / cùng đô thị)',
  land_use_code: 'Loại đất theo quy hoạch là đất ở (ODT/ONT)',
  road_access: 'Kết nối giao thông',
  not_shared: 'Không tính trùng với dự án khác',
  hazard_and_schedule: 'Vùng ngập lụt và tiến độ bàn giao',
  transition: 'Quy định chuyển tiếp (dự án chấp thuận trước 01/8/2024)',
};

const REFERENCES: Record<LegalReferenceKey, string> = {
  law83: 'Điều 83 Luật Nhà ở số 27/2023/QH15',
  law83Infrastructure: 'Khoản 4 Điều 83 Luật Nhà ở số 27/2023/QH15 (kết nối hạ tầng kỹ thuật, hạ tầng xã hội)',
  decree100Art17: 'Điều 17 Nghị định số 100/2024/NĐ-CP (20% tổng diện tích đất ở, trừ đất ở hiện trạng và đất tái định cư)',
  decree100Art18: 'Điều 18 Nghị định số 100/2024/NĐ-CP (quỹ đất tương đương tại vị trí khác trong cùng đô thị)',
  decree261Art19: 'Điều 19 Nghị định số 100/2024/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 261/2025/NĐ-CP (sửa đổi khoản 2, 3, 4, bổ sung khoản 2a; nộp tiền thay cho quỹ đất)',
  landUseCodes: 'Khoản 3 Điều 5 Nghị định số 100/2024/NĐ-CP (quỹ đất NOXH xác định trong quy hoạch chi tiết 1/500); mã loại đất theo Thông tư 08/2024/TT-BTNMT',
  auditTolerance: 'Ngưỡng rà soát của công cụ (có thể cấu hình, không phải quy định pháp luật)',
  decree100Art78: 'Khoản 2 Điều 78 Nghị định số 100/2024/NĐ-CP (quy định chuyển tiếp); khoản 4 Điều 78 được sửa đổi bởi khoản 6 Điều 1 Nghị định số 261/2025/NĐ-CP',
  afterHandover:
    'Khoản 4 Điều 12 Nghị quyết số 201/2025/QH15; khoản 4 Điều 17 Nghị định số 192/2025/NĐ-CP được sửa đổi bởi khoản 4 Điều 2 Nghị định số 261/2025/NĐ-CP (quỹ đất chưa xây dựng: giao chủ đầu tư, giao chủ đầu tư khác hoặc đấu giá)',
  hazardAndSchedule:
    'Khoản 4 Điều 83 Luật Nhà ở số 27/2023/QH15 (vị trí phù hợp); vùng ngập lụt là lưu ý của công cụ; thời hạn bàn giao theo hồ sơ dự án',
  locationInProject: 'Điều 83 Luật Nhà ở số 27/2023/QH15 (quỹ đất ở trong phạm vi dự án); Điều 17 Nghị định số 100/2024/NĐ-CP',
  roadAccessTolerance:
    'Khoản 4 Điều 83 Luật Nhà ở số 27/2023/QH15 (kết nối hạ tầng kỹ thuật, hạ tầng xã hội); khoảng cách tới đường là ngưỡng rà soát của công cụ, không phải quy định pháp luật',
  sharedReserve: 'Điều 83 Luật Nhà ở số 27/2023/QH15; Điều 17 Nghị định số 100/2024/NĐ-CP (quỹ đất của từng dự án)',
};

const VERDICTS: Record<Verdict, string> = { compliant: 'Đạt', noncompliant: 'Không đạt', review: 'Cần xem xét', not_subject: 'Không thuộc diện' };
const OUTCOMES: Record<CheckOutcome, string> = { pass: 'Đạt', fail: 'Không đạt', warning: 'Cảnh báo', 'n/a': 'Không áp dụng' };

const CSV_HEADERS: Record<AuditCsvColumn, string> = {
  id: 'Mã dự án',
  name: 'Tên dự án',
  verdict: 'Kết luận',
  urbanArea: 'Đô thị',
  urbanClass: 'Loại đô thị',
  obligation: 'Hình thức nghĩa vụ',
  netResidential: 'Đất ở tính nghĩa vụ (m²)',
  required: 'Diện tích phải dành (m²)',
  measured: 'Diện tích đo đạc (m²)',
  counted: 'Phần được tính (m²)',
  outside: 'Phần ngoài (m²)',
  shortfallM2: 'Thiếu (m²)',
  shortfallPct: 'Thiếu (%)',
  reserveShare: 'Tỷ lệ quỹ đất (%)',
  reasons: 'Lý do',
};

const INFERRED = ' (hình thức nghĩa vụ không ghi, suy ra từ vị trí quỹ đất)';
const classLabel = (c: UrbanClass | null) => (c === 'special' ? 'đặc biệt' : c ? `loại ${c}` : 'chưa rõ loại');
const project = (featureIndex: number, name: string) => `Dự án thứ ${featureIndex + 1} (${name})`;
const parcel = (featureIndex: number, label: string) => `Thửa quỹ đất NOXH thứ ${featureIndex + 1} (${label})`;
const vnd = (r: { num(v: number, d?: number): string }, value: number) => `${r.num(Math.round(value), 0)} đồng`;
const notChecked = (p: { noHazardLayer: boolean; noAsOfDate: boolean }) =>
  [p.noHazardLayer ? 'không có lớp vùng ngập lụt' : '', p.noAsOfDate ? 'chưa có ngày đối chiếu để xét thời hạn' : ''].filter(Boolean).join('; ');

// Import notes
const round = Math.round;
const near = (p: [number, number] | null, word: string) => (p ? ` ${word} (${p[0].toFixed(6)}, ${p[1].toFixed(6)})` : '');
const failedVi = (failed: number) => (failed ? `; ${failed} điểm không chuyển được` : '');

const ZIP_VI: { [P in ZipProblem['problem']]: (p: ZipProblem & { problem: P }) => string } = {
  'no-end-record': () => 'không tìm thấy mục lục cuối tệp',
  'directory-outside': () => 'mục lục trỏ ra ngoài tệp',
  'directory-damaged': () => 'mục lục hỏng',
  'entry-header-damaged': (p) => `phần đầu của "${p.entry}" hỏng`,
  'entry-truncated': (p) => `"${p.entry}" bị cắt cụt`,
  'entry-method': (p) => `"${p.entry}" dùng kiểu nén ${p.method} không hỗ trợ`,
  'entry-not-inflated': (p) => `không giải nén được "${p.entry}"`,
  'entry-size': (p) => `"${p.entry}" giải nén ra ${p.producedBytes} byte thay vì ${p.declaredBytes}`,
  'zip64': () => 'tệp nén dạng ZIP64 (trên 4 GB)',
  'entry-ratio': (p) => `"${p.entry}" nén với tỷ lệ ${p.ratio}:1`,
  'total-size': (p) => `dung lượng sau giải nén ${p.totalMb} vượt giới hạn ${p.limitMb}`,
  'entry-inflates-past-size': (p) => `"${p.entry}" giải nén ra nhiều hơn kích thước khai báo`,
};
const zipText = (table: typeof ZIP_VI, p: ZipProblem) => (table[p.problem] as (p: ZipProblem) => string)(p);

const GEOMETRY_VI: { [P in GeometryProblem['problem']]: (p: GeometryProblem & { problem: P }) => string } = {
  'not-a-pair': () => 'tọa độ không phải cặp số [kinh độ, vĩ độ].',
  'bad-coordinate-list': () => 'danh sách tọa độ không hợp lệ.',
  'bad-line-coordinates': () => 'tọa độ đường không hợp lệ.',
  'bad-polygon-coordinates': () => 'tọa độ vùng không hợp lệ.',
  'line-too-short': (p) => `đường chỉ có ${p.points} điểm phân biệt (cần ít nhất 2).`,
  'unknown-type': (p) => `kiểu hình học "${p.type}" không hợp lệ.`,
  'structure': (p) => `hình học không hợp lệ: ${p.details.join('; ')}.`,
};
const geometryText = (table: typeof GEOMETRY_VI, p: GeometryProblem) => (table[p.problem] as (p: GeometryProblem) => string)(p);

const DELIMITER_VI: Record<CsvDelimiter, string> = { ',': 'dấu phẩy', ';': 'dấu chấm phẩy', '\t': 'tab', '|': 'dấu |' };

// Coordinate systems, scenario files, the command line
const CRS_HELP =
  'Dùng: EPSG:4326, EPSG:5898, EPSG:9216, EPSG:3405, EPSG:3406, vn2000:108, vn2000:107.5, vn2000:107°30\', vn2000:Quảng Ngãi, vn2000-utm:48, wgs84, một chuỗi proj4 (+proj=…) hoặc WKT.';
const CRS_WHY: { [W in CrsUnknownWhy['why']]: (p: CrsUnknownWhy & { why: W }) => string } = {
  empty: () => 'chuỗi rỗng.',
  'epsg-unknown': (p) => `NOXH Atlas chưa có định nghĩa cho EPSG:${p.epsg}; hãy nhập chuỗi proj4 hoặc WKT của hệ này.`,
  'utm-zone': () => 'VN-2000 UTM chỉ có múi 48N và 49N.',
  'meridian-outside': (p) => `kinh tuyến trục ${p.meridian}° nằm ngoài Việt Nam.`,
  'not-meridian-or-province': (p) => `"${p.text}" không phải kinh tuyến trục hay tên tỉnh.`,
  'proj4-unreadable': () => 'proj4 không đọc được chuỗi này.',
  'wkt-invalid': () => 'WKT không hợp lệ hoặc proj4 không đọc được.',
  unrecognised: () => 'không đúng dạng nào đã biết.',
};
const SCENARIO_PROBLEMS: Record<Exclude<ScenarioProblem, 'group'>, string> = {
  'measure-kind': 'loại phép đo không hợp lệ.',
  source: 'thiếu lớp nguồn (role hoặc layerId).',
  filter: 'bộ lọc thuộc tính không hợp lệ.',
  'distance-mode': 'cách đo khoảng cách (distanceMode) phải là straight, road_m hoặc travel_min, cho phép đo distance_to_nearest.',
  'travel-mode': 'phương tiện (travelMode) phải là motorbike, walk hoặc car.',
  speeds: 'tốc độ (speedsKmh) phải là các số km/h ≥ 0 theo cấp đường.',
  'within-min': 'thời gian đi lại tối đa (withinMin, phút) phải là số dương.',
  radius: 'bán kính (radiusM) phải là số dương.',
  transform: 'hàm chuẩn hoá không hợp lệ.',
  id: 'mã trùng hoặc thiếu.',
  weight: 'trọng số phải là số ≥ 0.',
  test: 'điều kiện loại trừ không hợp lệ.',
  reason: 'cần lý do loại trừ bằng tiếng Việt và tiếng Anh.',
  severity: 'mức độ (severity) phải là exclude (loại trừ) hoặc warning (cảnh báo).',
  unless: 'ngoại lệ (unless) phải là danh sách điều kiện { measure, test }.',
};
const q = (p: { path: string; quoted: boolean }) => (p.quoted ? `"${p.path}"` : p.path);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const REGIME_NAMES: Record<Regime, string> = {
  decree_100_2015: 'Nghị định số 100/2015/NĐ-CP',
  decree_49_2021: 'Nghị định số 100/2015/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 49/2021/NĐ-CP',
  decree_35_2023: 'Nghị định số 100/2015/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 49/2021/NĐ-CP và Nghị định số 35/2023/NĐ-CP',
  decree_100_2024: 'Nghị định số 100/2024/NĐ-CP',
};

const STATUS_AFTER_HANDOVER: Record<string, string> = {
  assigned_to_developer: 'đã giao chủ đầu tư xây dựng NOXH',
  construction_started: 'đã khởi công',
  completed: 'đã hoàn thành',
  auctioned: 'đã đấu giá để xây nhà ở thương mại (tiền vào quỹ phát triển nhà ở của địa phương)',
};

const NEARBY: Record<NearbyFacility, string> = { school: 'trường học', health_station: 'trạm y tế', market: 'chợ' };


const HOUSING_STATUS_WORDS: Record<HousingStatus, string> = {
  proposed: 'Đề xuất',
  approved: 'Đã phê duyệt',
  under_construction: 'Đang xây dựng',
  completed: 'Hoàn thành',
};
const TARGETS_INDICATORS: Record<TargetsIndicator, string> = {
  target: 'Mục tiêu (căn)',
  dwellingsCompleted: 'Căn hoàn thành',
  dwellingsUnderConstruction: 'Căn đang xây dựng',
  dwellingsApproved: 'Căn đã phê duyệt',
  dwellingsProposed: 'Căn đề xuất',
  placesCompleted: 'Chỗ ở hoàn thành (nhà lưu trú công nhân, nhà ở cho học sinh, sinh viên)',
  placesTotal: 'Tổng chỗ ở',
  gap: 'Số căn còn thiếu so với mục tiêu',
  neededPerYear: 'Số căn cần hoàn thành mỗi năm',
  rentalSharePct: 'Tỷ lệ căn cho thuê (%)',
  notStarted: 'Dự án chưa khởi công (không tính)',
  problems: 'Số lưu ý dữ liệu',
};
const TARGETS_COLUMNS: Record<TargetsColumn, string> = {
  target: 'Mục tiêu',
  dwellings: 'Số căn',
  year: 'Năm',
  source: 'Nguồn',
  completed: 'Căn hoàn thành trong năm',
  completedCumulative: 'Căn hoàn thành lũy kế',
  expectedCumulative: 'Căn dự kiến hoàn thành lũy kế',
  code: 'Mã xã, phường',
  commune: 'Xã, phường',
  total: 'Tổng',
};

export const VI: Catalog = {

  'crs-guess.no-coordinates': () => 'Không có tọa độ hợp lệ để đoán hệ tọa độ.',
  'crs-guess.degrees': (p) => `Tọa độ là độ (kinh độ ${p.lon.toFixed(4)}, vĩ độ ${p.lat.toFixed(4)})${p.inVietnam ? ', nằm trong Việt Nam' : ''}.`,
  'crs-guess.degrees-swapped': (p) => `Có vẻ vĩ độ và kinh độ bị đảo (giá trị đầu ${p.first.toFixed(4)} giống vĩ độ, giá trị sau ${p.second.toFixed(4)} giống kinh độ).`,
  'crs-guess.degrees-note': () => 'Tọa độ nằm trong khoảng của độ (kinh độ/vĩ độ).',
  'crs-guess.metres': (p) =>
    `Tọa độ là mét. Với ${p.system.vi}, tâm dữ liệu ở ${p.lat.toFixed(4)}°B ${p.lon.toFixed(4)}°Đ${p.inRegion ? ' (trong vùng dự án)' : ''}${p.provinces.length ? `; kinh tuyến trục của ${p.provinces.join(', ')}` : ''}.${
      p.northingFirst ? ` Cột đầu (X = ${p.northingFirst.x}) là tọa độ Bắc, cột sau (Y = ${p.northingFirst.y}) là tọa độ Đông, theo quy ước trắc địa Việt Nam.` : ''
    }`,
  'crs-guess.metres-note': () => 'Tọa độ là mét (không phải độ) và tệp không có .prj: hãy chọn hệ tọa độ; gợi ý đầu tiên là khả năng cao nhất.',
  'crs-guess.metres-no-match': (p) => `Tọa độ là mét nhưng không khớp hệ VN-2000 nào trong Việt Nam (tâm ${p.x}, ${p.y}); hãy chọn hệ tọa độ thủ công.`,
  'prj.towgs84-flipped': () => 'Tệp .prj ghi TOWGS84 theo quy ước Coordinate Frame (dấu 3 góc xoay ngược); đã dùng bộ 7 tham số chính thức VN-2000 → WGS84 theo quy ước Position Vector.',
  'prj.towgs84-replaced': (p) => `Tệp .prj ghi TOWGS84[${p.given.join(', ')}] khác bộ tham số chính thức; đã dùng bộ 7 tham số chính thức VN-2000 → WGS84.`,
  'prj.custom-system': (p) => `Hệ tọa độ "${p.name}" không phải VN-2000 hay WGS84 quen thuộc; đã dùng nguyên định nghĩa WKT trong tệp .prj. Hãy kiểm tra lớp có nằm đúng vị trí trên bản đồ.`,
  'crs.label.from-prj': (p) => `${p.name} (từ tệp .prj)`,
  'crs.label.proj4': (p) => `Hệ tọa độ proj4: ${p.proj4}`,
  'crs.label.wgs84': () => 'WGS84 kinh độ/vĩ độ (EPSG:4326)',
  'crs.label.vn2000-geographic': () => 'VN-2000 kinh độ/vĩ độ (EPSG:4756)',
  'crs.label.web-mercator': () => 'Web Mercator (EPSG:3857)',
  'crs.label.wgs84-utm': (p) => `WGS84 UTM múi ${p.zone}N (EPSG:${p.epsg})`,
  'crs.label.vn2000-tm3': (p) => `VN-2000 múi 3°, kinh tuyến trục ${p.meridian}${p.epsg ? `, EPSG:${p.epsg}` : ''}${p.provinces.length ? ` (${p.provinces.map((x) => x.vi).join(', ')})` : ''}`,
  'crs.label.vn2000-utm': (p) => `VN-2000 UTM múi ${p.zone}N (múi 6°), EPSG:${p.epsg}`,
  'crs.unknown': (p) => `Không nhận ra hệ tọa độ "${p.spec}": ${CRS_WHY[p.why.why](p.why as never)} ${CRS_HELP}`,
  'crs.no-prj': (p) => `Không ghi được tệp .prj cho hệ tọa độ ${p.crs.vi}; hãy xuất theo WGS84 hoặc VN-2000.`,
  'crs.transform-failed': (p) => `Đối tượng số ${p.featureIndex + 1}: không chuyển được tọa độ (${p.x}, ${p.y}) từ hệ ${p.crs.vi}. Hãy kiểm tra hệ tọa độ nguồn.`,
  'csv-guess.lon-lat': (p) => `Cột kinh độ "${p.x}", vĩ độ "${p.y}".`,
  'csv-guess.easting-northing': (p) => `Cột tọa độ Đông "${p.x}", Bắc "${p.y}".`,
  'csv-guess.x-y': (p) => `Cột tọa độ "${p.x}" và "${p.y}".`,
  'csv-guess.first-numeric': (p) => `Không có tên cột tọa độ quen thuộc; dùng hai cột số đầu tiên "${p.x}" và "${p.y}" — hãy kiểm tra.`,
  'export.geometry-collection': (p) => `Đối tượng thứ ${p.featureIndex + 1} là GeometryCollection: Shapefile không lưu được kiểu này. Hãy tách thành các đối tượng riêng.`,
  'export.null-shapes': (p) => `${p.count} đối tượng không có hình học được ghi dạng "null shape" trong tệp ${p.file}.`,
  'export.mixed-kinds': (p) => `Lớp có nhiều kiểu hình học: xuất thành ${p.files.length} bộ tệp (${p.files.join(', ')}).`,
  'export.dbf-name-shortened': (p) => `Trường "${p.field}" được ghi thành "${p.name}" (tên trường DBF tối đa 10 ký tự ASCII).`,
  'export.dbf-number-as-text': (p) => `Trường "${p.field}" có số quá dài cho kiểu N: ghi thành chữ.`,
  'export.dbf-text-truncated': (p) => `Trường "${p.field}": ${p.values} giá trị dài hơn ${p.maxBytes} byte bị cắt bớt (giới hạn của DBF); bản GeoJSON giữ nguyên văn bản.`,
  'export.dbf-too-many-fields': (p) => `Không xuất được Shapefile: lớp có ${p.count} thuộc tính, tệp DBF chỉ chứa được ${p.limit} trường (thừa: ${p.extra.join(', ')}${p.count - p.limit > p.extra.length ? ', …' : ''}). Hãy xuất GeoJSON hoặc CSV, hoặc bớt thuộc tính.`,
  'project.not-object': () => 'Tệp không phải là tệp làm việc NOXH Atlas (không phải đối tượng JSON).',
  'project.format-missing': (p) => `Tệp không phải là tệp làm việc NOXH Atlas (thiếu "format": "${p.format}").`,
  'project.version-invalid': () => 'Phiên bản tệp làm việc không hợp lệ.',
  'project.version-newer': (p) => `Tệp làm việc được lưu bằng phiên bản mới hơn (${p.version}); hãy cập nhật NOXH Atlas.`,
  'project.layers-missing': () => 'Tệp làm việc thiếu danh sách lớp ("layers").',
  'project.layer-invalid': (p) => `Lớp thứ ${p.layerIndex + 1} thiếu mã hoặc vai trò hợp lệ.`,
  // Issue 16: a tampered project or workspace never blanks the app (validation, error boundary, recovery)
  'project.field-invalid': (p) => `${projectPlaceVi(p.layerIndex, p.field)} không hợp lệ: cần ${PROJECT_EXPECTED_VI[p.expected]}.`,
  'project.too-large': (p, r) => `${projectPlaceVi(p.layerIndex, p.field)} quá lớn: ${r.num(p.count, 0)} ${PROJECT_UNIT_VI[p.unit]}, tối đa ${r.num(p.limit, 0)}.`,
  'project.layer-id-duplicate': (p) => `Lớp thứ ${p.layerIndex + 1} trùng mã "${p.id}" với một lớp trước đó. Tệp làm việc không được mở.`,
  'project.not-json': (p) => `Tệp không phải JSON hợp lệ (${p.detail}).`,
  'recovery.crashed-title': () => 'NOXH Atlas gặp lỗi và không hiển thị được',
  'recovery.crashed-body': () => 'Dữ liệu của bạn chưa mất. Hãy tải xuống không gian làm việc để giữ lại, rồi tải lại trang hoặc bắt đầu lại với dữ liệu mẫu (không gian làm việc hiện tại vẫn được giữ để tải xuống ở lần mở sau).',
  'recovery.reload': () => 'Tải lại trang',
  'recovery.download-workspace': () => 'Tải xuống không gian làm việc (.noxh.json)',
  'recovery.start-over': () => 'Bắt đầu lại với dữ liệu mẫu',
  'recovery.broken-workspace': (p, r) => `Không gian làm việc lưu lúc ${p.savedAt} không mở được${p.problem ? ` (${r.msg(p.problem)})` : ''}; ứng dụng đã mở dữ liệu mẫu. Bạn có thể tải xuống bản đã lưu để sửa hoặc gửi hỗ trợ.`,
  'recovery.dismiss': () => 'Bỏ bản lỗi',
  'recovery.autosave-failed': (p) => `Không tự lưu được vào trình duyệt (${p.error}): các thay đổi gần đây CHƯA được lưu và sẽ mất khi tải lại trang. Hãy tải xuống tệp làm việc để giữ lại.`,
  'layer.not-collection': (p) => `Lớp "${p.layer}" không phải là GeoJSON FeatureCollection.`,
  'sample.role-invalid': (p) => `Mục ${p.entryIndex + 1} của manifest có vai trò không hợp lệ "${p.role}".`,
  'scoring.parcel-invalid': (p) => `Thửa thứ ${p.featureIndex + 1} không có hình đa giác hợp lệ (cần Polygon/MultiPolygon có ít nhất 3 đỉnh); thửa này không được chấm điểm.`,
  'scoring.invalid-geometry': () => 'Hình học thửa đất không hợp lệ, không đo được',
  'scoring.nothing-scored': () => 'Chưa chấm điểm.',
  'scoring.not-measured': () => 'Kịch bản có tiêu chí chưa được đo; hãy chạy chấm điểm lại.',
  'scenario.item-invalid': (p) =>
    `Kịch bản "${p.scenario}", ${p.item === 'criterion' ? 'tiêu chí' : 'ràng buộc'} ${p.itemIndex + 1} (${p.id}): ${p.problem === 'group' ? `nhóm "${p.group ?? ''}" không có trong danh sách nhóm.` : SCENARIO_PROBLEMS[p.problem as Exclude<ScenarioProblem, 'group'>]}`,
  'ahp.matrix-not-square': () => 'Ma trận so sánh cặp phải là ma trận vuông, ít nhất 2×2.',
  'ahp.too-many': (p) => `Ma trận tối đa ${p.max} tiêu chí.`,
  'ahp.cell-not-positive': (p) => `Ô [${p.row + 1}, ${p.column + 1}] phải là số dương (thang Saaty 1/9–9).`,
  'ahp.diagonal-not-one': (p) => `Ô đường chéo [${p.row + 1}, ${p.row + 1}] phải bằng 1.`,
  'ahp.not-reciprocal': (p) => `Ô [${p.row + 1}, ${p.column + 1}] và [${p.column + 1}, ${p.row + 1}] phải nghịch đảo nhau (a_ij × a_ji = 1).`,
  'ahp.at-level': (p, r) => `${p.group === undefined ? 'Ma trận' : p.group === null ? 'Ma trận nhóm' : `Nhóm '${p.group}'`}: ${r.msg(p.message)}`,
  'ahp.criteria-missing': () => 'cần danh sách tên tiêu chí "criteria" (ít nhất 1).',
  'ahp.criteria-duplicate': () => 'tên tiêu chí bị trùng.',
  'ahp.rows-mismatch': (p) => `ma trận phải có ${p.criteria} hàng, bằng số tiêu chí.`,
  'ahp.hierarchy-invalid': () => 'Tệp phân cấp cần "groups" và "children".',
  'ahp.children-unknown': (p) => `"children" có nhóm không có trong "groups": ${p.groups.join(', ')}.`,
  'ahp.children-missing': (p) => `Thiếu ma trận tiêu chí của nhóm '${p.group}' trong "children".`,
  'cli.value-missing': (p) => `Thiếu giá trị cho --${p.option}.`,
  'cli.option-missing': (p) => `Thiếu tham số bắt buộc --${p.option}.`,
  'cli.file-unreadable': (p) => `Không đọc được tệp ${q(p)}.`,
  'cli.file-not-found': (p) => `Không tìm thấy tệp ${p.path}.`,
  'cli.not-json': (p) => `Tệp ${q(p)} không phải JSON hợp lệ.`,
  'cli.json-unreadable': (p) => `Không đọc được JSON từ ${p.path}.`,
  'cli.not-feature-collection': (p) => `Tệp ${q(p)} không phải GeoJSON FeatureCollection.`,
  'cli.not-valid-feature-collection': (p) => `Tệp "${p.path}" không phải GeoJSON FeatureCollection hợp lệ.`,
  'cli.input-missing': () => 'Thiếu tệp đầu vào.',
  'cli.csv-no-points': () => 'Không đọc được điểm nào từ tệp CSV (xem các ghi chú ở trên).',
  'cli.ahp-file-missing': () => 'Cần đường dẫn tệp ma trận: noxh ahp <matrix.json>.',
  'cli.import-no-files': () => 'Cần ít nhất một tệp để nhập.',
  'cli.encoding-unknown': (p) => `Bảng mã "${p.encoding}" không hỗ trợ; dùng utf8, cp1258, tcvn3 hoặc vni.`,
  'cli.role-unknown': (p) => `Vai trò lớp "${p.role}" không tồn tại.`,
  'cli.not-non-negative': (p) => `--${p.option} phải là số không âm.`,
  'cli.whole-number-min': (p) => `--${p.option} phải là số nguyên ≥ ${p.min}.`,
  'cli.file-is-folder': (p) => `${p.path} là một thư mục, không phải tệp.`,
  'cli.file-no-permission': (p) => `Không có quyền đọc tệp ${p.path}.`,
  'cli.file-read-failed': (p) => `Không đọc được tệp ${p.path}: ${p.why}`,
  'cli.json-invalid-why': (p) => `Tệp ${p.path} không phải JSON hợp lệ: ${p.why}`,
  'cli.flatgeobuf-not-wgs84': (p) => `Tệp ${p.path} ở hệ EPSG:${p.epsg}; hãy chuyển sang WGS84 bằng "noxh import" trước.`,
  'export.flatgeobuf-no-geometry': (p) => `${p.count} đối tượng không có hình học: FlatGeobuf không chứa được; hãy xuất GeoJSON hoặc CSV.`,
  'cli.travel-mode-invalid': (p) => `--mode phải là motorbike, walk hoặc car (không phải "${p.value}").`,
  'cli.preset-unknown': (p) => `Không có kịch bản mẫu "${p.id}" (có: ${p.ids}).`,
  'cli.threads-invalid': (p) => `--threads phải là số nguyên từ 1 đến 64 (đang là "${p.value}").`,
  'cli.layer-spec-invalid': (p) => `--layer thứ ${p.position} ("${p.spec}") phải có dạng <vai trò>=<tệp>, ví dụ transport=duong.geojson.`,
  'cli.no-parcels': () => 'Không có thửa đất đề xuất nào để chấm điểm.',
  'scenario.no-id': () => 'Kịch bản phải có "id" và danh sách "criteria".',
  'sql.network-measure': (p) => `"${p.id}" đo theo mạng lưới đường (mét theo đường, phút di chuyển hoặc số việc làm trong tầm đi lại), SQL PostGIS không tính được chính xác; hãy đổi sang khoảng cách đường thẳng hoặc chấm điểm kịch bản này bằng công cụ của ứng dụng.`,
  'sql.test-mismatch': (p) => `Ràng buộc "${p.id}" so sánh mã loại đất với một số (hoặc một số với danh sách mã); SQL PostGIS không tái tạo được. Dùng "in" cho mã và <, ≤, >, ≥ cho số.`,
  'parquet.no-geometry-column': (p) => `${p.file} không có cột hình học (không có siêu dữ liệu "geo" của GeoParquet, không có cột tên geometry hay geom); hãy xuất lại dưới dạng GeoParquet.`,
  'parquet.geometry-encoding': (p) => `${p.file} lưu hình học dạng "${p.encoding}"; chỉ đọc được WKB. Chuyển đổi bằng: ogr2ogr -f Parquet out.parquet ${p.file}.`,
  'parquet.not-wgs84': (p) => `${p.file} dùng hệ tọa độ ${p.crs}; hãy chuyển sang WGS84 (EPSG:4326) trước, ví dụ ogr2ogr -t_srs EPSG:4326.`,

  'ui.vnd': (p, r) => `${r.num(Math.round(p.vnd), 0)} đồng`,
  'ui.number-input': (p) => String(p.value).replace('.', ','),
  'ui.points-unit': () => 'điểm',
  'ui.feature-number-title': () => 'Số thứ tự đối tượng trong tệp (đếm từ 1)',
  'ui.crs-most-likely': () => 'khả năng cao nhất',

  'audit.check-title': (p) => CHECK_TITLES[p.check],
  'audit.reference': (p) => REFERENCES[p.reference],
  'audit.verdict': (p) => VERDICTS[p.verdict],
  'audit.outcome': (p) => OUTCOMES[p.outcome],
  'audit.csv-header': (p) => CSV_HEADERS[p.column],
  'audit.as-of-invalid': (p) => `Ngày đối chiếu "${p.asOf}" không hợp lệ (dùng dd/mm/yyyy).`,
  'audit.layer-not-collection': (p) =>
    `Lớp ${p.layer === 'commercial_project' ? 'dự án nhà ở thương mại' : 'quỹ đất NOXH'} (${p.layer}) không phải GeoJSON FeatureCollection.`,
  'audit.layer-tag-invalid': (p) =>
    `Đối tượng thứ ${p.featureIndex + 1} có "layer" = ${p.layer} không hợp lệ; dùng một trong: ${p.layers.join(', ')}.`,
  'audit.project-id-repeated': (p) => `Mã dự án "${p.id}" bị trùng (dự án thứ ${p.featureIndex + 1}); hãy đặt mã riêng cho mỗi dự án.`,
  'audit.parcel-not-polygon': (p) => `${parcel(p.featureIndex, p.label)} không phải vùng (Polygon/MultiPolygon) nên không được đo; hãy vẽ lại ranh thửa.`,
  'audit.parcel-no-project': (p) => `${parcel(p.featureIndex, p.label)} thiếu mã dự án (project_id); thửa vẫn được dùng để phát hiện chồng lấn.`,
  'audit.parcel-unknown-project': (p) =>
    `${parcel(p.featureIndex, p.label)} ghi mã dự án "${p.projectId}" không có trong lớp dự án nhà ở thương mại.`,
  'audit.project-boundary-not-polygon': (p) => `${project(p.featureIndex, p.name)}: ranh giới không phải vùng (Polygon/MultiPolygon); hãy vẽ ranh dự án.`,
  'audit.project-residential-missing': (p) => `${project(p.featureIndex, p.name)}: thiếu hoặc sai "residential_land_m2" (tổng diện tích đất ở, m²).`,
  'audit.project-residential-exceeded': (p) =>
    `${project(p.featureIndex, p.name)}: đất ở hiện hữu + đất tái định cư lớn hơn tổng đất ở; hãy kiểm tra số liệu.`,
  'audit.project-obligation-invalid': (p) =>
    `${project(p.featureIndex, p.name)}: hình thức nghĩa vụ "${p.declared}" không hợp lệ (land_in_project, land_elsewhere hoặc payment).`,
  'audit.sentences': (p, r) => p.sentences.map((m) => r.msg(m)).join(' '),

  'audit.highlight.boundary': (p) => `Ranh dự án ${p.name}`,
  'audit.highlight.parcel': (p, r) => `Quỹ đất NOXH ${p.id} (${r.m2(p.areaM2)})`,
  'audit.highlight.outside-urban-area': (p) => `Ngoài đô thị ${p.urbanArea}`,
  'audit.highlight.outside-boundary': () => 'Phần ngoài ranh dự án',
  'audit.highlight.non-residential': (p) => `Đất ${p.code} (không phải đất ở)`,
  'audit.highlight.not-in-plan': () => 'Chưa có trong quy hoạch',
  'audit.highlight.not-connected': (p, r) => `Cách đường ${r.m(p.distanceM)}`,
  'audit.highlight.shared-reserve': (p) => `Trùng quỹ đất của dự án ${p.otherProject}`,
  'audit.highlight.housing-counted': (p) => `Dự án NOXH ${p.housingProject} đã tính cho dự án ${p.otherProject}`,
  'audit.highlight.housing-unlinked': (p) => `Dự án NOXH ${p.housingProject} chưa gắn với dự án thương mại nào`,
  'audit.highlight.declared-mismatch': (p, r) => `Kê khai ${r.m2(p.declaredM2)}, đo ${r.m2(p.measuredM2)}`,
  'audit.highlight.flood': (p) => `Trong vùng ngập lụt ${p.zone}`,
  'audit.highlight.deadline': (p) => `Quá hạn bàn giao ${p.deadline.split('-').reverse().join('/')}`,

  'audit.subject.not-subject-rest': () => 'Không áp dụng: dự án không thuộc diện phải dành quỹ đất NOXH.',
  'audit.subject.province': (p) =>
    `Dự án được UBND tỉnh xác định thuộc diện phải dành quỹ đất NOXH${p.urbanArea ? ` (${p.urbanArea.name}, ${classLabel(p.urbanArea.urbanClass)})` : ''}.`,
  'audit.subject.no-urban-layer': () =>
    'Thiếu lớp đô thị (urban_area) có loại đô thị: không xác định được dự án có thuộc diện hay không. Hãy bổ sung lớp đô thị.',
  'audit.subject.inside': (p, r) =>
    `Dự án ${p.crossing ? `lấn vào (${r.m2(p.crossing.areaM2)}, ${r.pct(p.crossing.sharePct, 1)} diện tích)` : 'nằm trong'} ${p.urbanArea} (${classLabel(p.urbanClass)}): thuộc diện phải dành 20% quỹ đất ở cho NOXH.`,
  'audit.subject.unknown-class': (p) =>
    `Đô thị ${p.urbanAreas.join(', ')} chưa có loại đô thị hợp lệ (urban_class: special, I–V): không xác định được dự án có thuộc diện hay không.`,
  'audit.subject.below-class': (p) =>
    `Dự án nằm trong ${p.urbanArea} (${classLabel(p.urbanClass)}), không thuộc đô thị loại III trở lên: không thuộc diện (trừ khi UBND tỉnh quy định).`,
  'audit.subject.outside': () => 'Dự án nằm ngoài mọi đô thị trong lớp đô thị: không thuộc diện (trừ khi UBND tỉnh quy định).',

  'audit.reserve.data-missing': () => 'Thiếu số liệu đất ở của dự án.',
  'audit.reserve.nothing-recorded': (p, r) => `Chưa ghi nhận quỹ đất NOXH hay khoản nộp tiền nào cho dự án; phải dành ${r.m2(p.requiredM2)}.`,
  'audit.reserve.formula': (p, r) =>
    `Phải dành ${r.pct(p.sharePct, 0)} × (${r.m2(p.residentialM2)} − ${r.m2(p.existingM2)} hiện hữu − ${r.m2(p.resettlementM2)} tái định cư) = ${r.m2(p.requiredM2)}`,
  'audit.reserve.no-parcel': (p, r) => `${r.msg(p.formula)}; chưa có thửa quỹ đất NOXH nào${p.inferred ? INFERRED : ''}.`,
  'audit.reserve.measured': (p, r) => {
    const where = p.where === 'land_in_project' ? 'trong ranh dự án' : 'trong cùng đô thị';
    const share = p.sharePct === null ? '' : r.pct(p.sharePct, 2);
    const tail = `${p.inferred ? INFERRED : ''}.${p.overlapM2 === null ? '' : ` Các thửa chồng lấn nhau ${r.m2(p.overlapM2)}, chỉ tính một lần.`}`;
    return p.met
      ? `${r.msg(p.formula)}; đo đạc ${where} ${r.m2(p.countedM2)} (${share} đất ở): đạt${tail}`
      : `${r.msg(p.formula)}; đo đạc ${where} chỉ ${r.m2(p.countedM2)} (${share} đất ở): thiếu ${r.m2(p.shortfallM2)} (${r.pct(p.shortfallPct, 2)} diện tích phải dành)${tail}`;
  },
  'audit.payment.due': (p, r) =>
    'unknown' in p
      ? 'Chưa ước tính được số tiền: cần đơn giá tiền sử dụng đất (land_use_fee_vnd_per_m2), suất vốn hạ tầng kỹ thuật (infrastructure_cost_vnd_per_m2) và tổng diện tích dự án.'
      : `Số tiền ước tính (để tham khảo): tiền sử dụng đất của ${r.m2(p.reserveLandM2)} (${vnd(r, p.landUseFeeVnd)}) + phần chi phí hạ tầng kỹ thuật (${vnd(r, p.infrastructureShareVnd)}) = ${vnd(r, p.totalVnd)}.`,
  'audit.payment.paid': (p, r) =>
    `${r.msg(p.due)} Đã nộp ${vnd(r, p.paidVnd)}: ${
      p.enough
        ? `đủ so với số tiền ${p.basis === 'notified' ? 'được thông báo' : 'ước tính'}.`
        : p.basis === 'notified'
        ? `còn thiếu ${vnd(r, p.shortVnd)} so với số tiền được thông báo.`
        : `thấp hơn số tiền ước tính ${vnd(r, p.shortVnd)}; cần đối chiếu số tiền cơ quan có thẩm quyền thông báo (ước tính không đủ căn cứ kết luận).`
    }`,
  'audit.payment.recorded': (p, r) => `${r.msg(p.due)} ${p.made ? 'Dự án ghi nhận đã nộp tiền (payment_made).' : 'Dự án ghi nhận chưa nộp tiền.'}`,
  'audit.payment.no-record': (p, r) => `${r.msg(p.due)} Chưa có thông tin đã nộp tiền (paid_amount_vnd hoặc payment_made): cần xem xét.`,

  'audit.declared.no-parcel': () => 'Không có thửa quỹ đất để so sánh.',
  'audit.declared.none-declared': () => 'Các thửa không có diện tích kê khai (declared_area_m2): không so sánh.',
  'audit.declared.within': (p, r) =>
    `Diện tích kê khai ${r.m2(p.declaredM2)}, đo đạc ${r.m2(p.measuredM2)}: khớp trong ngưỡng.${p.missing > 0 ? ` ${p.missing} thửa không có diện tích kê khai.` : ''}`,
  'audit.declared.mismatch': (p, r) =>
    `Diện tích kê khai khác đo đạc quá ngưỡng (${p.tolerancePct}% hoặc ${p.toleranceM2} m²) — kê khai / đo đạc: ${p.parcels
      .map((m) => `${m.id}: ${r.m2(m.declaredM2)} / ${r.m2(m.measuredM2)} (${m.differenceM2 > 0 ? '+' : '−'}${r.m2(Math.abs(m.differenceM2))})`)
      .join('; ')}. Cần đối chiếu hồ sơ.${p.missing > 0 ? ` ${p.missing} thửa không có diện tích kê khai.` : ''}`,

  'audit.location.payment': () => 'Nộp tiền thay quỹ đất: không xét vị trí.',
  'audit.location.no-parcel': () => 'Không có thửa quỹ đất để xét vị trí.',
  'audit.location.urban-unknown': () =>
    'Không xác định được đô thị của dự án (thiếu lớp đô thị hoặc dự án ngoài đô thị): không kiểm tra được quỹ đất có cùng đô thị hay không.',
  'audit.location.outside-urban-area': (p, r) =>
    `${r.m2(p.outsideM2)} quỹ đất tương đương nằm ngoài đô thị ${p.urbanArea} của dự án${p.reserveAreas ? ` (thuộc: ${p.reserveAreas})` : ''}; chỉ ${r.m2(p.countedM2)} được tính.`,
  'audit.location.in-urban-area': (p) => `Quỹ đất tương đương nằm trong cùng đô thị ${p.urbanArea} với dự án.`,
  'audit.location.no-boundary': () => 'Dự án không có ranh giới dạng vùng: không kiểm tra được vị trí.',
  'audit.location.outside-boundary': (p, r) =>
    `${r.m2(p.outsideM2)} quỹ đất NOXH nằm ngoài ranh dự án (không được tính); trong ranh ${r.m2(p.countedM2)}.`,
  'audit.location.inside': () => 'Toàn bộ quỹ đất NOXH nằm trong ranh dự án.',

  'audit.land-use.payment': () => 'Nộp tiền thay quỹ đất: không xét loại đất.',
  'audit.no-parcel': () => 'Không có thửa quỹ đất.',
  'audit.land-use.no-layer': () =>
    'Thiếu lớp quy hoạch sử dụng đất (land_use_plan): chưa kiểm tra được quỹ đất có là đất ở (ODT/ONT) hay không. Hãy bổ sung lớp quy hoạch.',
  'audit.land-use.non-residential': (p, r) =>
    `${r.m2(p.nonResidentialM2)} quỹ đất NOXH không phải đất ở theo quy hoạch (${p.parts.map((x) => `${x.code} ${r.m2(x.areaM2)}`).join(', ')}); quỹ đất phải là đất ở (${p.residentialCodes}).`,
  'audit.land-use.not-in-plan': (p, r) => `${r.m2(p.uncoveredM2)} quỹ đất NOXH nằm ngoài lớp quy hoạch sử dụng đất: chưa xác định được loại đất.`,
  'audit.land-use.residential': (p, r) => `Quỹ đất NOXH là đất ở theo quy hoạch (${p.codes.map((x) => `${x.code}: ${r.m2(x.areaM2)}`).join('; ')}).`,

  'audit.road.payment': () => 'Nộp tiền thay quỹ đất: không xét kết nối.',
  'audit.road.no-layer': () => 'Thiếu lớp giao thông (đường): chưa kiểm tra được quỹ đất có kết nối đường hay không. Hãy bổ sung lớp giao thông.',
  'audit.road.not-connected': (p, r) =>
    `${p.unconnected}/${p.pieces} khu quỹ đất NOXH cách đường gần nhất (${p.road}) ${r.m(p.distanceM)}, quá ${r.m(p.limitM)}: chưa kết nối giao thông.`,
  'audit.road.connected': (p, r) => `Quỹ đất NOXH kết nối đường (${p.road}; xa nhất ${r.m(p.distanceM)}, ngưỡng ${r.m(p.limitM)}).`,

  'audit.shared.payment': () => 'Nộp tiền thay quỹ đất: không xét trùng lặp.',
  'audit.shared.counted-twice': (p, r) =>
    `${r.m2(p.sharedM2)} quỹ đất NOXH trùng với quỹ đất đã tính cho dự án khác (${p.sharedWith}): một thửa chỉ được tính cho một dự án.`,
  'audit.shared.unlinked-housing': (p) =>
    `Quỹ đất NOXH chồng lên dự án NOXH ${p.housingProjects.join(', ')} chưa ghi dự án thương mại (reserved_for_project_id): cần xác minh có bị tính trùng không.`,
  'audit.shared.alone': (p) => `Quỹ đất NOXH không trùng với quỹ đất của dự án khác${p.housingLayer ? ' hay dự án NOXH đã tính cho dự án khác' : ''}.`,

  'audit.hazard.nothing': () => 'Không có quỹ đất để xét.',
  'audit.hazard.flood': (p, r) => `${r.m2(p.floodM2)} quỹ đất NOXH nằm trong vùng ngập lụt (${p.zones.join(', ')}).`,
  'audit.hazard.overdue': (p) =>
    `Thửa ${p.parcel} quá hạn bàn giao (${p.deadline.split('-').reverse().join('/')}) nhưng tình trạng là "${p.status ?? 'chưa ghi'}".`,
  'audit.hazard.bad-dates': (p) => `Thời hạn không đọc được (dùng dd/mm/yyyy): ${p.dates.join(', ')}.`,
  'audit.hazard.not-checked': (p) => `Chưa kiểm tra: ${notChecked(p)}.`,
  'audit.hazard.passed': (p) =>
    `${p.hazardChecked ? 'Không nằm trong vùng ngập lụt.' : ''}${p.deadlinesChecked ? ' Các thửa còn trong thời hạn hoặc đã bàn giao.' : ''}${
      p.noHazardLayer || p.noAsOfDate ? ` (Chưa kiểm tra: ${notChecked(p)}.)` : ''
    }`.trim(),

  // Plan targets (src/domain/targets)
  'targets.number-invalid': (p) =>
    `Dự án "${p.name}": số ${p.unitKind === 'place' ? 'chỗ ở' : 'căn'} ${p.value === '' ? 'chưa ghi' : `"${p.value}" không hợp lệ`}; phải là số nguyên dương. Dự án không được cộng vào tổng.`,
  'targets.year-invalid': (p) => `Dự án "${p.name}": ${p.field === 'start_year' ? 'năm khởi công' : 'năm hoàn thành'} "${p.value}" không phải là năm.`,
  'targets.completion-before-start': (p) => `Dự án "${p.name}": năm hoàn thành ${p.completionYear} trước năm khởi công ${p.startYear}.`,
  'targets.completed-without-year': (p) => `Dự án "${p.name}" đã hoàn thành nhưng chưa ghi năm hoàn thành.`,
  'targets.status-unknown': (p) => `Dự án "${p.name}": tình trạng ${p.value === '' ? 'chưa ghi' : `"${p.value}" không rõ`}; tạm tính là đề xuất.`,
  'targets.form-unknown': (p) => `Dự án "${p.name}": hình thức ${p.value === '' ? 'chưa ghi' : `"${p.value}" không rõ`}.`,
  'targets.no-commune': (p) => `Dự án "${p.name}" không nằm trong xã, phường nào: tính vào "Chưa xác định xã, phường".`,
  'targets.commune-code-unknown': (p) => `Dự án "${p.name}": mã xã, phường "${p.code}" không có trong lớp đơn vị hành chính.`,
  'targets.targets-not-list': () => 'Mục tiêu ("targets") phải là một danh sách.',
  'targets.target-invalid': (p) => `Mục tiêu thứ ${p.index + 1} thiếu mã, số căn (số nguyên dương) hoặc năm.`,
  'targets.unassigned': () => 'Chưa xác định xã, phường',
  'targets.report-title': (p) => `Báo cáo làm việc: tiến độ nhà ở xã hội năm ${p.asOf} (không phải biểu mẫu báo cáo chính thức), lập ngày ${p.date}`,
  'targets.indicator': (p) => TARGETS_INDICATORS[p.indicator],
  'targets.column': (p) => TARGETS_COLUMNS[p.column],
  'targets.count-column': (p) => `${p.unitKind === 'place' ? 'Chỗ ở' : 'Căn'}: ${p.status === 'total' ? 'tổng' : HOUSING_STATUS_WORDS[p.status].toLowerCase()}`,
  'targets.status': (p) => HOUSING_STATUS_WORDS[p.status],
  'commune.search.label': () => 'Phóng đến xã, phường',
  'commune.search.placeholder': () => 'Tìm xã, phường, đặc khu…',
  'commune.search.none': () => 'Không tìm thấy xã, phường nào có tên này.',
  'commune.level': (p) => ({ commune: 'Xã', ward: 'Phường', special_zone: 'Đặc khu' })[p.level] ?? p.level,
  'commune.former-province': (p) => `trước đây thuộc tỉnh ${p.province}`,
  'commune.formed-from': (p) => `gồm ${p.formerName.replace(/^\S/, (c) => c.toLowerCase())} cũ`,
  'commune.column': () => 'Xã/phường',
  'commune.code-column': () => 'Mã xã/phường',
  'commune.filter.label': () => 'Lọc theo xã, phường',
  'commune.filter.all': () => 'Tất cả xã, phường',
  'commune.computed': () => 'xác định theo vị trí trên lớp đơn vị hành chính',

  // Distances along the roads (issue 15)
  'scoring.distance-mode': (p) => ({ straight: 'Đường thẳng', road_m: 'Theo đường bộ (m)', travel_min: 'Thời gian đi lại (phút)' })[p.mode],
  'scoring.distance-mode.label': () => 'Đo khoảng cách',
  'scoring.travel-mode': (p) => ({ motorbike: 'Xe máy', walk: 'Đi bộ', car: 'Ô tô' })[p.mode],
  'scoring.travel-mode.label': () => 'Phương tiện',
  'scoring.network.note': (p, r) => {
    const straight = p.straightM === null ? 'không có đối tượng đích' : `đường thẳng ${r.m(p.straightM)}`;
    if (!p.unreachable) return straight[0].toUpperCase() + straight.slice(1);
    const mode = ({ motorbike: 'xe máy', walk: 'đi bộ', car: 'ô tô' } as const)[p.travelMode];
    return `Không đến được bằng ${mode} theo mạng đường: đường gần thửa không nối tới đích (mạng đường bị đứt, đường một chiều, hoặc chỉ có cao tốc mà ${mode} không được đi); ${straight}.`;
  },
  'scoring.constraint.severity': ({ severity }) => (severity === 'warning' ? 'Cảnh báo' : 'Loại trừ'),
  'scoring.constraint.severity.label': () => 'Mức độ',
  'scoring.constraint.warning': () => 'Cảnh báo',
  'scoring.constraint.has-exception': () => 'Có ngoại lệ (xem tài liệu kịch bản)',
  'network.problem': ({ problem: x }, r) => {
    const at = `(${r.num(x.lat, 5)}, ${r.num(x.lon, 5)})`;
    if (x.kind === 'disconnected_part') return `Phần mạng đường không nối với mạng chính: ${x.edges} đoạn, ${r.m(x.lengthM)}, tại ${at}.`;
    if (x.kind === 'dangling_end') return `Đầu đường cụt cách đường khác ${r.m(x.gapM)} tại ${at}: có thể thiếu điểm nối.`;
    const why = { expressway: 'cao tốc', bridge: 'cầu', tunnel: 'hầm' }[x.why];
    return `Hai đường giao nhau không có nút (${why}, không có nút giao liên thông gần đó) tại ${at}.`;
  },


  // Import notes (the codes and their params: src/domain/import/importNote.ts)
  'import.file-unsupported': (p) => `${p.file}: định dạng .${p.ext} không được hỗ trợ — bỏ qua.`,
  'import.file-unreadable': (p, r) => r.msg(p.message),
  'import.file-empty': () => 'Không có tệp dữ liệu nào để nhập (GeoJSON, Shapefile, KML/KMZ, CSV).',
  'import.json-invalid': (p) =>
    p.at
      ? `Tệp ${p.file} không phải JSON hợp lệ: lỗi ở dòng ${p.at.line}, cột ${p.at.column}. Hãy sửa tệp (thường là thiếu dấu phẩy, ngoặc hoặc tệp bị cắt cụt).`
      : `Tệp ${p.file} không phải JSON hợp lệ.`,
  'import.flatgeobuf-invalid': (p) => `Tệp ${p.file} không phải tệp FlatGeobuf đọc được (${p.reason}).`,
  'import.parquet-invalid': (p) => `Tệp ${p.file} không phải tệp GeoParquet đọc được (${p.reason}).`,
  'import.geojson-not-geojson': (p) => `Tệp ${p.file} là JSON nhưng không phải GeoJSON (cần "type": "FeatureCollection", "Feature" hoặc một hình học).`,
  'import.zip-corrupt': (p) => `Tệp nén ${p.file} bị hỏng (${zipText(ZIP_VI, p)}). Hãy nén lại hoặc tải lại tệp.`,
  'import.zip-bomb': (p) => `Từ chối giải nén ${p.file}: ${zipText(ZIP_VI, p)} — có thể là "bom zip". Hãy giải nén thủ công và chọn các tệp cần thiết.`,
  'import.zip-empty': (p) => `Tệp nén ${p.file} không chứa tệp nào.`,
  'import.shp-invalid': (p) =>
    p.problem === 'too-short'
      ? 'Tệp .shp quá ngắn (thiếu phần đầu 100 byte) — tệp bị hỏng hoặc tải về chưa xong.'
      : p.problem === 'not-shapefile'
        ? 'Tệp .shp không đúng định dạng Shapefile (mã tệp khác 9994).'
        : `Kiểu hình học Shapefile ${p.shapeType} không được hỗ trợ (MultiPatch?).`,
  'import.shp-truncated': (p) => `Tệp ${p.name}.shp bị cắt cụt: chỉ đọc được ${p.count} đối tượng đầu; phần còn lại bị mất (tệp tải về chưa xong?).`,
  'import.shp-record-damaged': () => 'bản ghi .shp hỏng (số phần hoặc số điểm không khớp với độ dài bản ghi): bị loại, các bản ghi khác vẫn được đọc.',
  'import.shp-unsupported-shape': (p) => `kiểu hình học ${p.shapeType} không được hỗ trợ.`,
  'import.shx-missing': (p) => `Thiếu ${p.name}.shx — không sao, tệp .shp được đọc tuần tự.`,
  'import.dbf-missing': (p) => `Thiếu ${p.name}.dbf: nhập hình học không có thuộc tính. Hãy chọn cả tệp .dbf nếu cần thuộc tính.`,
  'import.dbf-invalid': (p) => (p.problem === 'too-short' ? 'Tệp .dbf quá ngắn — tệp bị hỏng.' : 'Phần đầu tệp .dbf không hợp lệ — tệp bị hỏng.'),
  'import.dbf-records-missing': (p) => `Tệp ${p.name}.dbf khai báo ${p.declared} bản ghi nhưng chỉ chứa ${p.read} (tệp bị cắt ngắn): các đối tượng sau đó không có thuộc tính.`,
  'import.dbf-count-mismatch': (p) =>
    `${p.name}.dbf có ${p.records} bản ghi nhưng ${p.name}.shp có ${p.shapes} hình; các đối tượng thiếu bản ghi sẽ không có thuộc tính.`,
  'import.dbf-deleted-record': () => 'bản ghi thuộc tính bị đánh dấu xóa trong .dbf; vẫn giữ đối tượng.',
  'import.shp-missing': (p) => `${p.name}.dbf không có tệp ${p.name}.shp đi kèm — cần chọn cả tệp .shp (và .shx, .prj).`,
  'import.kml-invalid': (p) => `Tệp ${p.file} không phải KML hợp lệ (XML hỏng hoặc thiếu thẻ <kml>).`,
  'import.kmz-no-kml': (p) => `${p.file} không chứa tệp .kml nào.`,
  'import.prj-unreadable': (p) => `Không đọc được ${p.name}.prj.`,
  'import.cpg-unknown': (p) => `${p.name}.cpg ghi bảng mã "${p.cpg}" không nhận ra; sẽ tự dò.`,
  'import.crs-from-prj': (p) => `Hệ tọa độ theo ${p.name}.prj: ${p.crs.vi}.`,
  'import.crs-prj-detail': (p, r) => r.msg(p.detail),
  'import.crs-from-option': (p) => `Hệ tọa độ: ${p.crs.vi} (do người dùng chọn).`,
  'import.crs-assumed-wgs84': () => 'Không có .prj; tọa độ là độ nên coi là WGS84 (kinh độ, vĩ độ).',
  'import.crs-needed': (p) => {
    const b = p.rawBbox;
    return `${p.name ? `${p.name}: ` : ''}tọa độ là mét (hoành độ/Đông ${round(b[0])}–${round(b[2])}, tung độ/Bắc ${round(b[1])}–${round(b[3])}) và không có .prj đọc được — cần chọn hệ tọa độ. ${p.suggestion ? `Gợi ý: ${p.suggestion.label.vi} (${p.suggestion.id}).` : 'Không đoán được hệ nào.'}`;
  },
  'import.crs-geojson-member': (p) => `Hệ tọa độ theo thành phần "crs" của tệp: ${p.crs.vi}.`,
  'import.crs-member-unknown': (p) => `Không nhận ra hệ tọa độ "${p.declared}" khai báo trong tệp.`,
  'import.crs-guessed': (p, r) => `Hệ tọa độ được đoán là ${p.crs.vi}. ${r.msg(p.reason)} Hãy xác nhận.`,
  'import.crs-mismatch': (p) =>
    `Tọa độ là mét (ví dụ ${p.x}, ${p.y}) nhưng hệ tọa độ đã chọn là kinh độ/vĩ độ: không đọc mét thành độ. Hãy chọn hệ VN-2000.`,
  'import.reprojected': (p) =>
    p.points === null
      ? `Đã chuyển tọa độ từ ${p.crs.vi} sang WGS84${failedVi(p.failed)}.`
      : `Đã chuyển ${p.points} điểm từ ${p.crs.vi} sang WGS84${failedVi(p.failed)}.`,
  'import.layer-no-overlap': (p) =>
    `Lớp ${p.layer} (tâm ${p.centreLat.toFixed(4)}°N ${p.centreLon.toFixed(4)}°E) không chồng lên lớp dữ liệu nào đã có — thường do sai hệ tọa độ (kinh tuyến trục, VN-2000/WGS84) hoặc đảo X/Y. Hãy kiểm tra trước khi dùng.`,
  'import.encoding-from-cpg': (p) => `Bảng mã thuộc tính theo ${p.name}.cpg: ${p.cpg}.`,
  'import.encoding-detected': (p, r) => VI['import.encoding-uncertain'](p, r),
  'import.encoding-uncertain': (p) =>
    `Bảng mã thuộc tính dò được: ${p.encoding} (độ tin cậy ${p.confidencePct} %). Ví dụ: ${p.samples.join(' · ')}. Có thể chọn bảng mã khác nếu chữ hiển thị sai.`,
  'import.encoding-from-option': (p) => `Bảng mã thuộc tính: ${p.encoding} (do người dùng chọn).`,
  'import.csv-encoding-detected': (p) => `${p.file} không phải UTF-8; bảng mã dò được: ${p.encoding}.`,
  'import.geometry-null': () => 'không có hình học (geometry rỗng) — không thể hiển thị trên bản đồ. Đã loại khỏi lớp.',
  'import.geometry-empty': (p) => `${p.problem === 'no-rings' ? 'vùng không có vòng nào.' : 'hình học rỗng (không có tọa độ).'} Đã loại khỏi lớp.`,
  'import.geometry-invalid': (p) => `${geometryText(GEOMETRY_VI, p)} Đã loại khỏi lớp.`,
  'import.ring-closed': (p) => `đã khép ${p.rings} vòng chưa khép kín (thêm điểm cuối trùng điểm đầu).`,
  'import.ring-too-short': (p) =>
    'outerPoints' in p
      ? `vòng ngoài của vùng chỉ có ${p.outerPoints} điểm phân biệt (cần ít nhất 3). Đã loại khỏi lớp.`
      : `đã bỏ ${p.droppedHoles} lỗ thủng suy biến (dưới 3 điểm).`,
  'import.polygon-zero-area': (p) => `${p.rings} vòng ngoài có diện tích bằng 0 (các đỉnh thẳng hàng): đối tượng được giữ nhưng không đo được diện tích — hãy kiểm tra.`,
  'import.ring-rewound': (p) =>
    'orphanHole' in p
      ? 'vòng ngược chiều không nằm trong vòng ngoài nào được coi là vòng ngoài.'
      : `đã đảo chiều ${p.rings} vòng theo RFC 7946 (vòng ngoài ngược chiều kim đồng hồ).`,
  'import.duplicate-points-removed': (p) => `đã bỏ ${p.points} điểm trùng liên tiếp.`,
  'import.self-intersection-repaired': (p) =>
    `vùng tự cắt${near(p.near, 'gần')}; đã sửa bằng cách tách tại các điểm cắt (${p.parts} phần). Hãy kiểm tra lại ranh giới.`,
  'import.self-intersection-kept': (p) =>
    `vùng tự cắt${near(p.near, 'gần')} và không tự sửa được; vẫn giữ lại nhưng diện tích có thể sai — hãy sửa trong phần mềm GIS.`,
  'import.coordinates-out-of-range': (p) =>
    `tọa độ (${p.x}, ${p.y}) nằm ngoài phạm vi kinh độ ±180 / vĩ độ ±90 — có thể sai hệ tọa độ. Đã loại khỏi lớp.`,
  'import.coordinates-not-finite': (p) => `tọa độ không phải số hữu hạn (${p.x}, ${p.y}). Đã loại khỏi lớp.`,
  'import.latlon-swapped': (p) =>
    `Tất cả tọa độ của lớp ${p.layer} nằm ở Việt Nam chỉ khi đọc là [vĩ độ, kinh độ]: đã đổi chỗ thành [kinh độ, vĩ độ] cho ${p.count} đối tượng.`,
  'import.feature-invalid': () => 'không phải một Feature GeoJSON — bỏ qua.',
  'import.summary': (p) =>
    p.of === 'layer'
      ? `Lớp ${p.layer}: nhập ${p.accepted}/${p.total} đối tượng, sửa ${p.repaired}, loại ${p.rejected}.`
      : `Đọc ${p.points} điểm từ ${p.rows} dòng dữ liệu; ${p.rejected} dòng bị bỏ qua${p.outside ? `, ${p.outside} điểm ngoài Việt Nam` : ''}${p.blank ? `; ${p.blank} dòng trống` : ''}.`,
  'import.csv-format': (p) => `Tệp CSV phân cách bằng ${DELIMITER_VI[p.delimiter]}${p.decimalComma ? ', dấu phẩy thập phân' : ''}.`,
  'import.csv-quote-unclosed': (p) => `Dòng ${p.line}: dấu ngoặc kép mở nhưng không đóng — ${p.lastLine > p.line ? `các dòng ${p.line}–${p.lastLine} bị gộp vào một ô (${p.lastLine - p.line} dòng không thành điểm riêng)` : 'ô cuối được đọc đến hết tệp'}. Hãy sửa dấu ngoặc kép trong tệp rồi nhập lại.`,
  'import.csv-quote-stray': (p) => `Dấu ngoặc kép lạc trong ô có ngoặc kép ở ${p.count} dòng (dòng ${p.lines.join(', ')}${p.count > p.lines.length ? ', …' : ''}): ô được giữ nguyên như đọc được, hãy kiểm tra.`,
  'import.csv-column-missing': (p) => `Không có cột "${p.column}" (chọn cho ${p.axis}). Các cột: ${p.columns.join(', ')}.`,
  'import.csv-no-coordinates': (p) =>
    `Không tìm thấy hai cột tọa độ (X/Y, kinh độ/vĩ độ, Đông/Bắc). Các cột: ${p.columns.join(', ') || '(không có)'}. Hãy chọn cột tọa độ.`,
  'import.csv-columns': (p, r) => r.msg(p.reason),
  'import.csv-axis-order': (p, r) => r.msg(p.reason),
  'import.csv-row-rejected': (p) =>
    'cells' in p
      ? `Dòng ${p.row}: ${p.cells.map((c) => (c.cell === '' ? `ô "${c.column}" trống` : `"${c.column}" = "${c.cell}" không phải số`)).join('; ')} — dòng bị bỏ qua, hãy sửa trong tệp.`
      : `Dòng ${p.row}: tọa độ (${p.x}, ${p.y}) không hợp lệ trong hệ ${p.crs.vi} — dòng bị bỏ qua.`,
  'import.csv-point-outside-vietnam': (p) =>
    `Dòng ${p.row}: điểm (${p.x}, ${p.y}) nằm ngoài Việt Nam (${p.lat.toFixed(5)}°B, ${p.lon.toFixed(5)}°Đ) — kiểm tra số liệu hoặc hệ tọa độ.`,
  'import.csv-all-outside-vietnam': (p) => `Tất cả ${p.count} điểm nằm ngoài Việt Nam: hệ tọa độ (${p.crs.vi}) hoặc thứ tự cột X/Y có thể sai.`,
  'import.rerun-failed': (p) => p.text.vi,
  'import.at-feature': (p, r) => `Đối tượng thứ ${p.featureIndex + 1}: ${r.msg(p.message)}`,
  'audit.transition.earlier': (p) =>
    `Dự án được chấp thuận chủ trương đầu tư / chủ đầu tư ngày ${dmy(p.approvedOn)}${p.source === 'decision' ? ' (ngày ghi trong quyết định)' : ''}, trước ${dmy(p.cutoff)}: theo khoản 2 Điều 78 Nghị định 100/2024, dự án tiếp tục thực hiện nghĩa vụ quỹ đất NOXH theo ${REGIME_NAMES[p.regime]}${
      p.landUseFeePaid ? '; dự án đã nộp tiền sử dụng đất: áp dụng khoản 4 Điều 78 (sửa đổi bởi khoản 6 Điều 1 Nghị định 261/2025)' : ''
    }. Các kiểm tra theo quy định năm 2024 chỉ để tham khảo; cần đối chiếu nghĩa vụ đã xác định trong quyết định chủ trương đầu tư.`,
  'audit.reserve.equal-value': (p, r) =>
    `${r.msg(p.formula)}; quỹ đất tương đương trong cùng đô thị ${r.m2(p.countedM2)} (nhỏ hơn ${r.m2(p.shortfallM2)}) nhưng có giá trị ${vnd(r, p.valueVnd)} ≥ giá trị quỹ đất phải dành ${vnd(r, p.requiredValueVnd)} (theo định giá của cơ quan có thẩm quyền): đạt theo tiêu chí giá trị tương đương.`,
  'audit.payment.notified': (p, r) => `Số tiền cơ quan có thẩm quyền thông báo phải nộp: ${vnd(r, p.notifiedVnd)}.`,
  'audit.payment.not-notified': () => 'Chưa có số tiền được thông báo (payment_notified_vnd): số ước tính chỉ để tham khảo.',
  'audit.payment.late': (p, r) =>
    `Nộp chậm ${p.days} ngày so với hạn ${dmy(p.dueOn)}${p.paidOn ? ` (nộp ngày ${dmy(p.paidOn)})` : p.asOf ? ` (chưa nộp đủ đến ngày ${dmy(p.asOf)})` : ''}: phải nộp thêm tiền chậm nộp theo khoản 2a Điều 19 (bổ sung bởi Nghị định 261/2025), ước tính ${vnd(r, p.chargeVnd)} (${r.num(p.ratePerDayPct, 3)}%/ngày trên số tiền ${p.basis === 'notified' ? 'được thông báo' : 'ước tính'}).`,
  'audit.hazard.after-handover': (p) =>
    `Sau bàn giao: ${p.parcels.map((x) => `thửa ${x.parcel} ${STATUS_AFTER_HANDOVER[x.status] ?? x.status}`).join('; ')} (không tính là quá hạn).`,
  'audit.road.nearby': (p, r) =>
    `Hạ tầng xã hội gần nhất (tham khảo): ${p.facilities.map((f) => `${NEARBY[f.group]} ${f.name} ${r.m(Math.round(f.distanceM))}`).join('; ')}.`,
  'audit.subject.class-in-force': (p) =>
    `Loại đô thị tính theo thời điểm chấp thuận chủ trương đầu tư${p.approvedOn ? ` (${dmy(p.approvedOn)})` : ''}: ${p.urbanArea} ${classLabel(p.urbanClass)}${
      p.decision || p.decidedOn ? ` theo ${p.decision ?? 'quyết định'}${p.decidedOn ? ` ngày ${dmy(p.decidedOn)}` : ''}` : ''
    }${p.later.length ? `; sau đó được công nhận ${p.later.map((l) => `loại ${l.urbanClass} ngày ${dmy(l.decidedOn)}`).join(', ')} (không áp dụng cho dự án này)` : ''}.`,
  'audit.subject.province-criteria': (p) =>
    `Dự án nằm trong ${p.urbanArea} (${classLabel(p.urbanClass)}) và đáp ứng tiêu chí của UBND tỉnh (${p.decision}): thuộc diện phải dành quỹ đất NOXH.`,
  'audit.obligation': (p) =>
    `${{ land_in_project: 'Quỹ đất trong dự án', land_elsewhere: 'Quỹ đất tương đương tại vị trí khác', payment: 'Nộp tiền thay quỹ đất' }[p.obligation]}${p.inferred ? ' (suy ra từ dữ liệu)' : ''}`,
};

// Issue 16: where in a project document a problem is, and what the field must be.
function projectPlaceVi(layerIndex: number | null, field: string): string {
  return layerIndex === null ? `Trường "${field}" của tệp làm việc` : `Lớp thứ ${layerIndex + 1}, trường "${field}"`;
}
const PROJECT_EXPECTED_VI: Record<ProjectFieldExpectation, string> = {
  text: 'một chuỗi văn bản', 'local-text': 'văn bản hai ngôn ngữ {"vi": "…", "en": "…"}', boolean: 'true hoặc false', object: 'một đối tượng JSON',
  number: 'một số hữu hạn', list: 'một danh sách', 'hex-colour': 'mã màu dạng #rrggbb', fraction: 'một số từ 0 đến 1',
  'lon-lat': '[kinh độ, vĩ độ] trong khoảng ±180°, ±90°', source: 'nguồn "sample" hoặc "inline"', 'sample-file': 'tên một tệp dữ liệu mẫu (không có đường dẫn)',
  'feature-collection': 'một GeoJSON FeatureCollection', feature: 'một GeoJSON Feature', geometry: 'một hình học GeoJSON hợp lệ',
  coordinates: 'tọa độ là các số hữu hạn đúng cấu trúc của kiểu hình học', properties: 'một đối tượng thuộc tính với giá trị hữu hạn',
};
const PROJECT_UNIT_VI = { chars: 'ký tự', items: 'mục', levels: 'cấp lồng nhau' } as const;

/**
 * The words of the UI (titles, labels, buttons, help), one section per panel. catalog.en.ts mirrors every key
 * (`UiText`, checked by the compiler); components read them with `useText()` (src/ui/useAppState.ts).
 */
export const UI_VI = {
  app: {
    appTitle: 'NOXH Atlas',
    appSubtitle: 'Bản đồ hỗ trợ quy hoạch, phát triển nhà ở xã hội tỉnh Quảng Ngãi',
    layers: 'Lớp bản đồ',
    legend: 'Chú giải',
    language: 'Ngôn ngữ',
    basemap: 'Bản đồ nền',
    basemapNone: 'Không (ngoại tuyến)',
    basemapOsm: 'OpenStreetMap (trực tuyến)',
    basemapFailed: 'Không tải được bản đồ nền trực tuyến — ứng dụng vẫn hoạt động ngoại tuyến.',
    basemapAttribution: '© Những người đóng góp OpenStreetMap',
    illustrativeBadge: 'Dữ liệu minh họa',
    featureDetails: 'Thông tin đối tượng',
    close: 'Đóng',
    clickHint: 'Nhấp vào một đối tượng trên bản đồ để xem thông tin.',
    loading: 'Đang tải dữ liệu…',
    loadFailed: 'Không tải được lớp dữ liệu',
    featureCount: 'đối tượng',
    layerInfo: 'Nguồn và ghi chú',
    source: 'Nguồn',
    license: 'Giấy phép',
    showLayer: 'Hiện lớp',
    hideLayer: 'Ẩn lớp',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    history: 'Lịch sử thao tác',
    zoomToLayer: 'Phóng đến lớp',
    otherProperties: 'Thuộc tính khác',
    dataNote: 'Ghi chú dữ liệu',
    layerShown: 'Hiện lớp',
    layerHidden: 'Ẩn lớp',
    languageChanged: 'Đổi ngôn ngữ',
    basemapChanged: 'Đổi bản đồ nền',
    invalidFeatures: 'đối tượng không hợp lệ',
    scale: 'Tỷ lệ',
  },
  scoring: {
    title: 'Chấm điểm vị trí',
    intro: 'Chấm điểm mức phù hợp của các khu đất đề xuất theo tiêu chí và trọng số; kéo thanh trọng số, bản đồ và bảng xếp hạng cập nhật ngay.',
    noParcels: 'Chưa có lớp "Khu đất đề xuất" nào có dữ liệu.',
    loadingData: 'Đang tải dữ liệu lớp…',
    scenario: 'Kịch bản',
    saveAsNew: 'Lưu thành kịch bản mới',
    rename: 'Đổi tên',
    delete: 'Xóa',
    ok: 'Đồng ý',
    cancel: 'Hủy',
    newName: 'Tên kịch bản',
    copyOf: 'Bản sao của',
    cannotDeleteLast: 'Cần giữ ít nhất một kịch bản.',
    measuring: 'Đang đo khoảng cách, số lượng, diện tích chồng lấn…',
    cancelRun: 'Dừng',
    cancelled: 'Đã dừng chấm điểm.',
    rerun: 'Chấm điểm lại',
    programError: 'Lỗi chương trình',
    summary: 'khu đất được chấm, bị loại',
    emptySources: 'Không tìm thấy đối tượng nguồn cho',
    invalidParcels: 'khu đất có hình học không hợp lệ',
    criteria: 'Tiêu chí và trọng số',
    weightsDirect: 'Nhập trực tiếp',
    weightsAhp: 'So sánh cặp (AHP)',
    group: 'Nhóm',
    groups: 'Trọng số nhóm',
    effective: 'thực tế',
    enabled: 'Dùng',
    sourceLayer: 'Lớp nguồn',
    allLayersOfRole: 'Mọi lớp vai trò',
    parcelItself: 'Chính khu đất',
    filter: 'Lọc thuộc tính',
    filterValues: 'Giá trị',
    radius: 'Bán kính (m)',
    transform: 'Hàm chuẩn hóa về 0–1',
    linear: 'Tuyến tính (tăng/giảm giữa hai ngưỡng)',
    stepped: 'Phân bậc',
    targetBand: 'Khoảng mục tiêu (Gauss)',
    categorical: 'Bảng mã phân loại',
    from: 'Giá trị cho 0',
    to: 'Giá trị cho 1',
    upTo: 'Đến',
    value01: 'Điểm 0–1',
    addClass: 'Thêm bậc',
    addCode: 'Thêm mã',
    code: 'Mã',
    otherCodes: 'Mã khác',
    min: 'Từ',
    max: 'Đến',
    sigma: 'Độ lệch σ',
    constraints: 'Ràng buộc loại trừ',
    threshold: 'Ngưỡng',
    forbiddenCodes: 'Mã bị loại (cách nhau bằng dấu phẩy)',
    reason: 'Lý do',
    reference: 'Căn cứ',
    excludedWhen: 'Loại khi giá trị',
    legendScore: 'Điểm phù hợp (0–100)',
    legendTopK: 'Xác suất nằm trong k hạng đầu, k =',
    legendExcluded: 'Bị loại (ràng buộc)',
    colourBy: 'Tô màu theo',
    colourScore: 'Điểm',
    colourTopK: 'P(trong k hạng đầu)',
    showOnMap: 'Hiện trên bản đồ',
    ranking: 'Bảng xếp hạng',
    filterText: 'Lọc theo mã, tên…',
    showExcluded: 'Hiện khu đất bị loại',
    exportCsv: 'Xuất CSV',
    rank: 'Hạng',
    id: 'Mã thửa',
    name: 'Tên',
    score: 'Điểm',
    area: 'Diện tích',
    exclusion: 'Lý do loại',
    compareCol: 'So sánh',
    pTopK: 'P(trong k hạng đầu)',
    rankRange: 'Khoảng hạng',
    showMore: 'Xem thêm',
    rowsShown: 'dòng',
    explanation: 'Giải thích điểm',
    criterion: 'Tiêu chí',
    rawValue: 'Giá trị đo',
    normalized: 'Chuẩn hóa 0–1',
    weight: 'Trọng số',
    contribution: 'Đóng góp (điểm)',
    total: 'Tổng điểm',
    excludedBy: 'Bị loại bởi',
    alsoBreaks: 'Cũng vi phạm',
    notExcluded: 'Không vi phạm ràng buộc nào',
    noSource: 'không có đối tượng nguồn',
    close: 'Đóng',
    compare: 'So sánh khu đất',
    compareHint: 'Đánh dấu 2–4 khu đất trong bảng xếp hạng để so sánh.',
    compareMax: 'Tối đa 4 khu đất.',
    clearCompare: 'Bỏ chọn',
    sensitivity: 'Phân tích độ nhạy',
    sensitivityHelp: 'Thay đổi ngẫu nhiên mọi trọng số trong khoảng ±% rồi chấm lại nhiều lần: khu đất nào vẫn ở nhóm đầu là lựa chọn vững.',
    spread: 'Biên độ ±%',
    draws: 'Số lần thử',
    topK: 'k (số hạng đầu)',
    run: 'Chạy',
    sensitivityStale: 'Trọng số đã thay đổi sau lần chạy trước — hãy chạy lại.',
    sensitivityDone: 'lần thử, ±',
    draw: 'Vẽ khu đất mới',
    drawHelp: 'Nhấp từng đỉnh trên bản đồ, nhấp lại đỉnh đầu (hoặc nhấp đúp) để kết thúc.',
    drawStart: 'Bắt đầu vẽ',
    drawStop: 'Dừng vẽ',
    drawnScore: 'Khu đất vừa vẽ',
    wouldRank: 'Sẽ xếp hạng',
    among: 'trong số',
    addToCandidates: 'Thêm vào lớp "Khu đất vẽ mới"',
    drawnLayerTitle: 'Khu đất vẽ mới',
    drawnLayerNote: 'Khu đất do người dùng vẽ trong ứng dụng để chấm điểm.',
    drawnName: 'Khu đất vẽ',
    discard: 'Bỏ',
    mapNotReady: 'Bản đồ chưa sẵn sàng.',
    yes: 'Có',
    no: 'Không',
  },
  unit: {
    m: 'm',
    min: 'phút',
    persons: 'lao động',
    count: 'cơ sở',
    share01: '%',
    code: 'mã',
    m2: 'm²',
  },
  op: {
    lt: 'nhỏ hơn',
    lte: 'không lớn hơn',
    gt: 'lớn hơn',
    gte: 'không nhỏ hơn',
    in: 'thuộc danh sách',
    not_in: 'không thuộc',
    eq: 'bằng',
    ne: 'khác',
  },
  ahp: {
    help: 'Mỗi ô: mục ở hàng quan trọng hơn mục ở cột bao nhiêu lần (thang Saaty 1–9; 1/3 = kém quan trọng hơn). Ô đối xứng tự lấy nghịch đảo. So sánh các nhóm, rồi các tiêu chí trong từng nhóm.',
    groupMatrix: 'So sánh các nhóm tiêu chí',
    criteriaMatrix: 'So sánh các tiêu chí',
    criteriaOfGroup: (group: string) => `Tiêu chí trong nhóm “${group}”`,
    localWeight: 'Trọng số cục bộ',
    inconsistent: (cr: string) => `Tỉ số nhất quán CR = ${cr} > 0,10: các so sánh chưa nhất quán, hãy xem lại.`,
    consistent: (cr: string) => `CR = ${cr} ≤ 0,10: chấp nhận được.`,
    twoItems: 'Hai mục: luôn nhất quán (không tính CR).',
    oneItem: 'Một mục duy nhất: trọng số cục bộ 100 %.',
    worst: (row: string, column: string, entered: string, suggested: string, ratio: string) =>
      `So sánh lệch nhất: “${row}” so với “${column}” = ${entered}, trong khi các trọng số gợi ý ≈ ${suggested} (tỉ số trọng số ${ratio}).`,
    worstTied: (others: number) => `Còn ${others} so sánh khác lệch bằng như vậy: sửa một trong số đó là đủ.`,
    globalTitle: 'Trọng số tổng hợp (trọng số nhóm × trọng số cục bộ)',
    globalTitleFlat: 'Trọng số AHP của các tiêu chí',
    criterion: 'Tiêu chí',
    local: 'Cục bộ',
    global: 'Tổng hợp (AHP)',
    current: 'Đang dùng',
    total: 'Tổng',
    hierarchyCr: 'CR toàn cấu trúc (Saaty)',
    hierarchyCrHelp: 'CR_H = (CI nhóm + Σ w_nhóm·CI tiêu chí) / (RI nhóm + Σ w_nhóm·RI tiêu chí), Saaty 1980.',
    hierarchyInconsistent: (cr: string) => `Tỉ số nhất quán toàn cấu trúc CR_H = ${cr} > 0,10: hãy xem lại các ma trận có cảnh báo.`,
    skipped: (names: string) => `Nhóm không có tiêu chí đang dùng, không so sánh (áp dụng sẽ đặt trọng số 0): ${names}.`,
    apply: 'Áp dụng trọng số AHP',
    applyHint: 'Áp dụng cho mọi cấp cùng lúc; có thể hoàn tác bằng nút Hoàn tác.',
    inSync: '✓ Trọng số đang dùng khớp với AHP.',
    noCriteria: 'Chưa có tiêu chí nào đang dùng.',
  },
  filter: {
    property: 'Thuộc tính',
    operator: 'Điều kiện',
    notInData: 'không có trong dữ liệu',
    features: 'đối tượng',
    keepValues: 'Giữ các đối tượng có giá trị được đánh dấu',
    dropValues: 'Bỏ các đối tượng có giá trị được đánh dấu',
    pickValue: 'Chọn một giá trị',
    findValue: 'Tìm giá trị…',
    otherValue: 'Giá trị khác (cách nhau bằng dấu phẩy)',
    otherValueSingle: 'Giá trị khác',
    add: 'Thêm',
    set: 'Đặt',
    topValues: 'Chỉ liệt kê các giá trị thường gặp nhất:',
    of: 'trên',
    distinctValues: 'giá trị khác nhau',
    noValues: 'Thuộc tính này không có giá trị nào trong dữ liệu.',
    threshold: 'Ngưỡng',
    inData: 'Trong dữ liệu',
    to: 'đến',
    numericValues: 'giá trị số',
    noNumeric: 'Thuộc tính này không có giá trị số trong dữ liệu: điều kiện so sánh sẽ không giữ đối tượng nào.',
    invalidNumber: 'Cần nhập một số (ví dụ 500 hoặc 0,5).',
    passing: 'đối tượng thoả điều kiện',
    nonePass: 'Không đối tượng nào thoả điều kiện lọc: tiêu chí này sẽ không có đối tượng nguồn.',
    noSourceFeatures: 'Lớp nguồn chưa có đối tượng nào (chưa tải hoặc rỗng).',
  },
  editSite: {
    editShape: 'Sửa hình dạng',
    save: 'Lưu',
    cancel: 'Hủy',
    help: 'Kéo một đỉnh để di chuyển; kéo điểm giữa cạnh để thêm đỉnh; nhấp chuột phải vào đỉnh để xóa. Điểm số cập nhật ngay khi sửa.',
    editing: 'Đang sửa hình dạng',
    area: 'Diện tích',
    score: 'Điểm',
    rank: 'Xếp hạng',
    among: 'trong số',
    before: 'trước khi sửa',
    unchanged: 'Chưa thay đổi hình dạng.',
    dataChanged: 'Dữ liệu của lớp vừa thay đổi (ví dụ do Hoàn tác), nên đã dừng sửa; hình dạng chưa được lưu.',
    mapNotReady: 'Bản đồ chưa sẵn sàng.',
  },
  audit: {
    title: 'Kiểm tra quỹ đất NOXH 20%',
    intro: 'Dự án nhà ở thương mại, khu đô thị phải dành quỹ đất cho nhà ở xã hội (Điều 83 Luật Nhà ở 2023; Điều 17–19 Nghị định 100/2024/NĐ-CP).',
    asOfDate: 'Ngày đối chiếu',
    settings: 'Thông số kiểm tra',
    reserveSharePct: 'Tỷ lệ quỹ đất phải dành (%)',
    roadDistanceM: 'Khoảng cách tối đa tới đường (m)',
    declaredTolerancePct: 'Sai lệch kê khai cho phép (%)',
    declaredToleranceM2: 'Sai lệch kê khai tối thiểu (m²)',
    landUseFee: 'Đơn giá tiền sử dụng đất (đồng/m²)',
    infrastructureCost: 'Suất vốn hạ tầng kỹ thuật (đồng/m²)',
    optional: 'không bắt buộc',
    invalidNumber: 'Nhập số không âm; đang dùng giá trị mặc định.',
    running: 'Đang kiểm tra…',
    waitingForLayers: 'Đang tải các lớp dữ liệu…',
    missingLayers: 'Cần lớp dự án nhà ở thương mại và lớp quỹ đất NOXH để kiểm tra. Thiếu:',
    layersUsed: 'Lớp dữ liệu dùng để kiểm tra',
    projects: 'dự án',
    colId: 'Mã',
    colName: 'Tên dự án',
    colVerdict: 'Kết luận',
    colRequired: 'Phải dành (m²)',
    colCounted: 'Được tính (m²)',
    colShortfall: 'Thiếu (m², %)',
    measured: 'đo đạc',
    payment: 'nộp tiền',
    allChecksPass: 'Đạt cả 8 nội dung kiểm tra.',
    exportCsv: 'Xuất CSV',
    printSheet: 'In phiếu kiểm tra',
    downloadSheet: 'Tải phiếu (HTML)',
    preparingSheet: 'Đang chuẩn bị phiếu…',
    close: 'Đóng',
    print: 'In',
    checks: 'Nội dung kiểm tra',
    onMap: 'Trên bản đồ',
    legendHint: 'Bỏ chọn để ẩn một lớp tô màu.',
    reference: 'Căn cứ',
    zoomTo: 'Phóng đến dự án',
    notes: 'Ghi chú dữ liệu',
    paymentEstimate: 'Ước tính tiền nộp thay quỹ đất, để tham khảo — số phải nộp là số cơ quan có thẩm quyền thông báo (Điều 19 NĐ 100/2024, sửa đổi, bổ sung bởi NĐ 261/2025)',
    paymentNeedsPrices: 'Nhập đơn giá tiền sử dụng đất và suất vốn hạ tầng trong "Thông số kiểm tra" để ước tính.',
    illustrative: 'Dữ liệu minh họa',
    auditError: 'Không chạy được kiểm tra',
    programError: 'Lỗi chương trình',
    workerStopped: 'luồng kiểm tra dừng đột ngột; hãy đổi một thông số hoặc tải lại trang để chạy lại',
  },
  verdict: {
    noncompliant: 'Không đạt',
    review: 'Cần xem xét',
    compliant: 'Đạt',
    not_subject: 'Không thuộc diện',
  } satisfies Record<Verdict, string>,
  outcome: {
    pass: 'Đạt',
    fail: 'Không đạt',
    warning: 'Cảnh báo',
    'n/a': 'Không áp dụng',
  } satisfies Record<CheckOutcome, string>,
  highlight: {
    project_boundary: 'Ranh giới dự án',
    reserved_parcel: 'Quỹ đất NOXH',
    outside_boundary: 'Phần nằm ngoài ranh dự án',
    outside_urban_area: 'Phần nằm ngoài đô thị của dự án',
    non_residential: 'Phần không phải đất ở theo quy hoạch',
    not_in_plan: 'Phần chưa có trong quy hoạch sử dụng đất',
    not_connected: 'Phần chưa kết nối đường',
    shared_with_other_project: 'Phần trùng với dự án khác',
    hazard_overlap: 'Phần trong vùng ngập lụt',
    deadline_passed: 'Thửa quá hạn bàn giao',
    declared_area_mismatch: 'Thửa sai lệch diện tích kê khai',
  } satisfies Record<HighlightKind, string>,
  import: {
    panelTitle: 'Dữ liệu',
    importButton: 'Nhập dữ liệu',
    importHint: 'Kéo thả tệp vào bản đồ hoặc bấm "Nhập dữ liệu": GeoJSON, Shapefile (.zip hoặc .shp + .shx + .dbf + .prj + .cpg), KML/KMZ, CSV tọa độ (kinh độ/vĩ độ hoặc VN-2000 X/Y).',
    dropHere: 'Thả tệp vào đây để nhập',
    workspace: 'Dự án',
    saveProject: 'Lưu tệp làm việc',
    openProject: 'Mở tệp làm việc',
    newProject: 'Tệp làm việc mới từ dữ liệu mẫu',
    autosaveNote: 'Tệp làm việc (cả các lớp đã nhập) được tự động lưu trong trình duyệt này và mở lại khi tải lại trang.',
    autosavedAt: 'Đã tự lưu lúc',
    autosaveFailed: 'Không tự lưu được vào trình duyệt',
    projectOpened: 'Đã mở tệp làm việc',
    projectReset: 'Đã tạo tệp làm việc mới từ dữ liệu mẫu.',
    projectOpenFailed: 'Không mở được tệp làm việc',
    notJson: 'Tệp không phải JSON hợp lệ',
    nothingChanged: 'Dự án đang mở không thay đổi.',
    importing: 'Đang nhập',
    cancel: 'Hủy',
    close: 'Đóng',
    confirm: 'Thêm vào bản đồ',
    cancelled: 'Đã hủy nhập dữ liệu; không có gì thay đổi.',
    reportTitle: 'Báo cáo nhập dữ liệu',
    failedTitle: 'Không nhập được dữ liệu',
    failedNothingChanged: 'Các lớp đang có trên bản đồ không bị thay đổi.',
    layer: 'Lớp',
    includeLayer: 'Thêm lớp này',
    layerTitle: 'Tên lớp',
    role: 'Loại lớp dữ liệu',
    fieldMapping: 'Ghép trường thuộc tính',
    roleProperty: 'Thuộc tính của vai trò',
    sourceField: 'Trường trong tệp',
    noField: '— không có —',
    countAccepted: 'đối tượng được nhập',
    countRepaired: 'đã sửa',
    countRejected: 'bị loại',
    countWarnings: 'cảnh báo',
    countErrors: 'lỗi',
    feature: 'Đối tượng',
    crsFound: 'Hệ tọa độ',
    crsQuestion: 'Tệp có tọa độ bằng mét nhưng không cho biết hệ tọa độ. Hãy chọn hệ tọa độ:',
    crsNeverDegrees: 'Tọa độ tính bằng mét sẽ không bao giờ bị đọc nhầm thành độ.',
    crsSuggested: 'Gợi ý (khả năng cao nhất trước)',
    crsAll: 'Tất cả hệ tọa độ',
    crsWhy: 'Lý do',
    crsApply: 'Nhập theo hệ tọa độ này',
    crsNoSuggestion: 'Không đoán được hệ nào từ khoảng tọa độ: hãy chọn theo hồ sơ của tệp.',
    swapXY: 'Giá trị thứ nhất là X = tọa độ Bắc (northing), thứ hai là Y = tọa độ Đông (easting) — quy ước trắc địa Việt Nam',
    csvColumns: 'Cột tọa độ trong tệp CSV',
    csvX: 'Cột X (giá trị thứ nhất)',
    csvY: 'Cột Y (giá trị thứ hai)',
    csvConvention: 'Theo quy ước trắc địa Việt Nam, X là tọa độ Bắc (khoảng 1.6xx.xxx m ở Quảng Ngãi) và Y là tọa độ Đông (khoảng 5xx.xxx m). Với kinh độ/vĩ độ, chọn X = kinh độ, Y = vĩ độ và bỏ đánh dấu.',
    encoding: 'Bảng mã thuộc tính',
    encodingDetected: 'dò được',
    encodingConfidence: 'độ tin cậy',
    encodingPreview: 'Xem trước',
    encodingHint: 'Nếu chữ tiếng Việt hiển thị sai, chọn bảng mã khác và xem lại.',
    working: 'Đang xử lý…',
    added: 'Đã thêm lớp',
    export: 'Xuất lớp',
    exportFormat: 'Định dạng',
    exportCrs: 'Hệ tọa độ của Shapefile',
    download: 'Tải về',
    exportNoData: 'Lớp chưa có dữ liệu để xuất.',
    removeLayer: 'Xóa lớp',
    removeHint: 'Có thể hoàn tác bằng nút "Hoàn tác".',
  },
  noteLevel: {
    error: 'Lỗi',
    rejected: 'Bị loại',
    warning: 'Cảnh báo',
    repaired: 'Đã sửa',
    info: 'Thông tin',
  } satisfies Record<ImportNoteLevel, string>,
  exportFormat: {
    geojson: 'GeoJSON (WGS84)',
    csv: 'CSV (UTF-8, mở được bằng Excel)',
    shapefile: 'Shapefile (.zip có .prj, .cpg)',
    flatgeobuf: 'FlatGeobuf (.fgb, WGS84: nhanh cho lớp lớn, QGIS/GDAL)',
    geoparquet: 'GeoParquet (.parquet, WGS84: dạng cột gọn cho hàng triệu đối tượng)',
  },
  targets: {
    title: 'Tiến độ hướng tới mục tiêu nhà ở xã hội',
    intro: 'Kế hoạch thực hiện Chỉ thị 34-CT/TW: ít nhất 6.300 căn NOXH đến năm 2030. Số liệu tính từ sổ dự án (lớp "Dự án nhà ở xã hội").',
    loading: 'Đang tải dữ liệu…',
    asOf: 'Tính đến năm',
    dwellings: 'Căn hộ',
    places: 'Chỗ ở (nhà lưu trú công nhân, nhà ở cho học sinh, sinh viên)',
    unitWord: 'căn',
    placeWord: 'chỗ ở',
    ofTarget: 'trên mục tiêu',
    gap: 'Còn thiếu',
    neededPerYear: 'Cần mỗi năm đến',
    reached: 'Đã đạt mục tiêu',
    rentalShare: 'Tỷ lệ căn cho thuê',
    notStarted: 'dự án khởi công sau năm đang xem (chưa tính)',
    byYear: 'Theo năm (căn, lũy kế)',
    completedCumulative: 'Hoàn thành lũy kế',
    expectedCumulative: 'Dự kiến hoàn thành lũy kế',
    trajectory: 'Lộ trình cần để đạt mục tiêu',
    targetLine: 'Mục tiêu',
    byCommune: 'Theo xã, phường',
    noCommunes: 'Lớp đơn vị hành chính chưa có xã, phường (cấp xã): mọi dự án tính vào "Chưa xác định xã, phường" trừ khi ghi mã xã.',
    byForm: 'Theo hình thức',
    form: 'Hình thức',
    commune: 'Xã, phường',
    total: 'Tổng',
    problems: 'Lưu ý dữ liệu',
    exportCsv: 'Tải báo cáo năm (CSV)',
    exportA4: 'Tải báo cáo năm (trang A4 để in)',
    communesWithout: 'xã, phường chưa có dự án',
    sources: 'Nguồn',
    dataLayers: 'Số liệu dự án từ các lớp',
    illustrativeData: 'Có dữ liệu minh họa, không phải số liệu thật.',
    workingReport: 'Báo cáo làm việc, không phải biểu mẫu chính thức.',
    targets: 'Mục tiêu',
    targetLabel: 'Áp dụng cho',
    targetUnits: 'Số căn',
    targetYear: 'Đến năm',
    targetSource: 'Nguồn',
    editTargets: 'Sửa mục tiêu',
    addKonTum: 'Thêm mục tiêu phần Kon Tum cũ',
    removeTarget: 'Xóa',
    saveTargets: 'Lưu mục tiêu',
    resetTargets: 'Về mục tiêu mặc định',
    cancel: 'Hủy',
    targetInvalid: 'Số căn phải là số nguyên dương, năm là số nguyên.',
    registry: 'Sổ dự án NOXH',
    addProject: 'Thêm dự án',
    edit: 'Sửa',
    delete: 'Xóa',
    name: 'Tên dự án',
    status: 'Tình trạng',
    number: 'Số lượng',
    years: 'Khởi công – hoàn thành',
    noProjects: 'Chưa có dự án nào.',
    newProject: 'Dự án mới',
    editProject: 'Sửa dự án',
    unitKind: 'Đơn vị tính',
    unitKindDwelling: 'Căn hộ (căn)',
    unitKindPlace: 'Chỗ ở',
    units: 'Số căn / chỗ ở',
    floorArea: 'Diện tích sàn (m²)',
    landArea: 'Diện tích đất (m²)',
    investor: 'Chủ đầu tư',
    startYear: 'Năm khởi công',
    completionYear: 'Năm hoàn thành (thực tế hoặc dự kiến)',
    communeCode: 'Mã xã, phường',
    communeFromMap: 'Lấy từ bản đồ theo vị trí',
    communeTyped: 'Nhập tay (lớp hành chính chưa có xã, phường tại vị trí này)',
    location: 'Vị trí',
    pickPoint: 'Chọn điểm trên bản đồ',
    drawPolygon: 'Vẽ ranh giới',
    stopDrawing: 'Dừng',
    pickHelp: 'Bấm vào bản đồ để đặt vị trí dự án.',
    drawHelp: 'Bấm các đỉnh trên bản đồ, bấm lại đỉnh đầu để kết thúc.',
    locationPoint: 'Điểm',
    locationPolygon: 'Ranh giới',
    locationNone: 'Chưa có vị trí',
    save: 'Lưu',
    nameMissing: 'Hãy nhập tên dự án.',
    locationMissing: 'Hãy chọn vị trí trên bản đồ hoặc vẽ ranh giới.',
    areaInvalid: 'Diện tích phải là số không âm.',
    mapNotReady: 'Bản đồ chưa sẵn sàng.',
    newLayerTitle: 'Sổ dự án NOXH',
    newLayerNote: 'Dự án nhập qua sổ dự án NOXH',
  },
};

type Words<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : Words<T[K]>;
};
/** The UI words of one language: the shape of UI_VI with every text widened to `string`. */
export type UiText = Words<typeof UI_VI>;
