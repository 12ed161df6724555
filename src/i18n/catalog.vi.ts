// The Vietnamese words of every message code (the reference catalogue; catalog.en.ts mirrors every key).
import type { AuditCsvColumn, Catalog, TargetsColumn, TargetsIndicator } from './message.ts';
import type { CheckId, CheckOutcome, Verdict } from '../domain/reserved_land/types.ts';
import type { LegalReferenceKey, UrbanClass } from '../domain/reserved_land/rules.ts';
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
};

const REFERENCES: Record<LegalReferenceKey, string> = {
  law83: 'Điều 83 Luật Nhà ở số 27/2023/QH15',
  law83Infrastructure: 'Khoản 4 Điều 83 Luật Nhà ở số 27/2023/QH15 (kết nối hạ tầng kỹ thuật, hạ tầng xã hội)',
  decree100Art17: 'Điều 17 Nghị định số 100/2024/NĐ-CP (20 % tổng diện tích đất ở, trừ đất ở hiện trạng và đất tái định cư)',
  decree100Art18: 'Điều 18 Nghị định số 100/2024/NĐ-CP (quỹ đất tương đương tại vị trí khác trong cùng đô thị)',
  decree261Art19: 'Điều 19 Nghị định số 100/2024/NĐ-CP, được thay thế bởi Nghị định số 261/2025/NĐ-CP (nộp tiền thay cho quỹ đất)',
  landUseCodes: 'Điều 17 Nghị định số 100/2024/NĐ-CP (quỹ đất ở trong quy hoạch chi tiết 1/500); mã đất theo Thông tư 08/2024/TT-BTNMT',
  auditTolerance: 'Ngưỡng rà soát của công cụ (có thể cấu hình, không phải quy định pháp luật)',
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
  placesCompleted: 'Chỗ ở hoàn thành (nhà lưu trú công nhân, nhà ở sinh viên)',
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
  text: (p) => p.vi,

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
    `${project(p.featureIndex, p.name)}: đất ở hiện trạng + đất tái định cư lớn hơn tổng đất ở; hãy kiểm tra số liệu.`,
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
    `Dự án ${p.crossing ? `lấn vào (${r.m2(p.crossing.areaM2)}, ${r.pct(p.crossing.sharePct, 1)} diện tích)` : 'nằm trong'} ${p.urbanArea} (${classLabel(p.urbanClass)}): thuộc diện phải dành 20 % quỹ đất ở cho NOXH.`,
  'audit.subject.unknown-class': (p) =>
    `Đô thị ${p.urbanAreas.join(', ')} chưa có loại đô thị hợp lệ (urban_class: special, I–V): không xác định được dự án có thuộc diện hay không.`,
  'audit.subject.below-class': (p) =>
    `Dự án nằm trong ${p.urbanArea} (${classLabel(p.urbanClass)}), không thuộc đô thị loại III trở lên: không thuộc diện (trừ khi UBND tỉnh quy định).`,
  'audit.subject.outside': () => 'Dự án nằm ngoài mọi đô thị trong lớp đô thị: không thuộc diện (trừ khi UBND tỉnh quy định).',

  'audit.reserve.data-missing': () => 'Thiếu số liệu đất ở của dự án.',
  'audit.reserve.nothing-recorded': (p, r) => `Chưa ghi nhận quỹ đất NOXH hay khoản nộp tiền nào cho dự án; phải dành ${r.m2(p.requiredM2)}.`,
  'audit.reserve.formula': (p, r) =>
    `Phải dành ${r.pct(p.sharePct, 0)} × (${r.m2(p.residentialM2)} − ${r.m2(p.existingM2)} hiện trạng − ${r.m2(p.resettlementM2)} tái định cư) = ${r.m2(p.requiredM2)}`,
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
      : `Số tiền ước tính phải nộp: tiền sử dụng đất của ${r.m2(p.reserveLandM2)} (${vnd(r, p.landUseFeeVnd)}) + phần chi phí hạ tầng kỹ thuật (${vnd(r, p.infrastructureShareVnd)}) = ${vnd(r, p.totalVnd)}.`,
  'audit.payment.paid': (p, r) =>
    `${r.msg(p.due)} Đã nộp ${vnd(r, p.paidVnd)}: ${!p.enough ? `còn thiếu ${vnd(r, p.shortVnd)}.` : 'đủ.'}`,
  'audit.payment.recorded': (p, r) => `${r.msg(p.due)} ${p.made ? 'Dự án ghi nhận đã nộp tiền (payment_made).' : 'Dự án ghi nhận chưa nộp tiền.'}`,
  'audit.payment.no-record': (p, r) => `${r.msg(p.due)} Chưa có thông tin đã nộp tiền (paid_amount_vnd hoặc payment_made): cần xem xét.`,

  'audit.declared.no-parcel': () => 'Không có thửa quỹ đất để so sánh.',
  'audit.declared.none-declared': () => 'Các thửa không có diện tích kê khai (declared_area_m2): không so sánh.',
  'audit.declared.within': (p, r) =>
    `Diện tích kê khai ${r.m2(p.declaredM2)}, đo đạc ${r.m2(p.measuredM2)}: khớp trong ngưỡng.${p.missing > 0 ? ` ${p.missing} thửa không có diện tích kê khai.` : ''}`,
  'audit.declared.mismatch': (p, r) =>
    `Diện tích kê khai khác đo đạc quá ngưỡng (${p.tolerancePct} % hoặc ${p.toleranceM2} m²) — kê khai / đo đạc: ${p.parcels
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
};

