// The audit view's own strings, Vietnamese first (the shared messages file belongs to the app shell).
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { CheckOutcome, HighlightKind, Verdict } from '../../domain/reserved_land/types.ts';

const t = (vi: string, en: string): LocalText => ({ vi, en });

export const AUDIT_TEXT = {
  title: t('Kiểm tra quỹ đất NOXH 20%', 'Reserved NOXH land audit (20%)'),
  intro: t(
    'Dự án nhà ở thương mại, khu đô thị phải dành quỹ đất cho nhà ở xã hội (Điều 83 Luật Nhà ở 2023; Điều 17–19 Nghị định 100/2024/NĐ-CP).',
    'Commercial housing and urban-area projects must reserve land for social housing (Housing Law 2023 Art. 83; Decree 100/2024 Art. 17–19).',
  ),
  asOfDate: t('Ngày đối chiếu', 'As-of date'),
  settings: t('Thông số kiểm tra', 'Audit settings'),
  reserveSharePct: t('Tỷ lệ quỹ đất phải dành (%)', 'Reserve share (%)'),
  roadDistanceM: t('Khoảng cách tối đa tới đường (m)', 'Maximum distance to a road (m)'),
  declaredTolerancePct: t('Sai lệch kê khai cho phép (%)', 'Declared-area tolerance (%)'),
  declaredToleranceM2: t('Sai lệch kê khai tối thiểu (m²)', 'Declared-area tolerance floor (m²)'),
  landUseFee: t('Đơn giá tiền sử dụng đất (đồng/m²)', 'Land-use fee (VND/m²)'),
  infrastructureCost: t('Suất vốn hạ tầng kỹ thuật (đồng/m²)', 'Infrastructure unit cost (VND/m²)'),
  optional: t('không bắt buộc', 'optional'),
  invalidNumber: t('Nhập số không âm; đang dùng giá trị mặc định.', 'Enter a non-negative number; the default is used.'),
  running: t('Đang kiểm tra…', 'Auditing…'),
  waitingForLayers: t('Đang tải các lớp dữ liệu…', 'Loading the layers…'),
  missingLayers: t('Cần lớp dự án nhà ở thương mại và lớp quỹ đất NOXH để kiểm tra. Thiếu:', 'The audit needs a commercial-project layer and a reserved-land layer. Missing:'),
  layersUsed: t('Lớp dữ liệu dùng để kiểm tra', 'Layers used'),
  projects: t('dự án', 'projects'),
  colId: t('Mã', 'Id'),
  colName: t('Tên dự án', 'Project'),
  colVerdict: t('Kết luận', 'Verdict'),
  colRequired: t('Phải dành (m²)', 'Required (m²)'),
  colCounted: t('Được tính (m²)', 'Counted (m²)'),
  colShortfall: t('Thiếu (m², %)', 'Shortfall (m², %)'),
  measured: t('đo đạc', 'measured'),
  payment: t('nộp tiền', 'payment'),
  allChecksPass: t('Đạt cả 8 nội dung kiểm tra.', 'All 8 checks pass.'),
  exportCsv: t('Xuất CSV', 'Export CSV'),
  printSheet: t('In phiếu kiểm tra', 'Print compliance sheet'),
  downloadSheet: t('Tải phiếu (HTML)', 'Download sheet (HTML)'),
  preparingSheet: t('Đang chuẩn bị phiếu…', 'Preparing the sheet…'),
  close: t('Đóng', 'Close'),
  print: t('In', 'Print'),
  checks: t('Nội dung kiểm tra', 'Checks'),
  onMap: t('Trên bản đồ', 'On the map'),
  legendHint: t('Bỏ chọn để ẩn một lớp tô màu.', 'Untick to hide a highlight.'),
  reference: t('Căn cứ', 'Reference'),
  zoomTo: t('Thu phóng tới dự án', 'Zoom to the project'),
  notes: t('Ghi chú dữ liệu', 'Data notes'),
  paymentEstimate: t('Ước tính tiền nộp thay quỹ đất, để tham khảo — số phải nộp là số cơ quan có thẩm quyền thông báo (Điều 19 NĐ 100/2024, sửa đổi, bổ sung bởi NĐ 261/2025)', 'Payment instead of land, an estimate for reference — the amount due is the one the authority notifies (Decree 100/2024 Art. 19 as amended and supplemented by Decree 261/2025)'),
  paymentNeedsPrices: t('Nhập đơn giá tiền sử dụng đất và suất vốn hạ tầng trong "Thông số kiểm tra" để ước tính.', 'Enter the land-use fee and infrastructure unit cost under "Audit settings" to estimate.'),
  illustrative: t('Dữ liệu minh họa', 'Illustrative data'),
  auditError: t('Không chạy được kiểm tra', 'The audit could not run'),
  programError: t('Lỗi chương trình', 'Program error'),
  workerStopped: t('luồng kiểm tra dừng đột ngột; hãy đổi một thông số hoặc tải lại trang để chạy lại', 'the audit worker stopped unexpectedly; change a setting or reload the page to run it again'),
} satisfies Record<string, LocalText>;

export const VERDICT_LABELS: Record<Verdict, LocalText> = {
  noncompliant: t('Không đạt', 'Non-compliant'),
  review: t('Cần xem xét', 'Needs review'),
  compliant: t('Đạt', 'Compliant'),
  not_subject: t('Không thuộc diện', 'Not subject'),
};

/** Most severe first: the order of the table and of the summary. */
export const VERDICT_ORDER: Verdict[] = ['noncompliant', 'review', 'compliant', 'not_subject'];

export const OUTCOME_LABELS: Record<CheckOutcome, LocalText> = {
  pass: t('Đạt', 'Pass'),
  fail: t('Không đạt', 'Fail'),
  warning: t('Cảnh báo', 'Warning'),
  'n/a': t('Không áp dụng', 'N/A'),
};

export const OUTCOME_ICONS: Record<CheckOutcome, string> = { pass: '✓', fail: '✗', warning: '!', 'n/a': '–' };

/** Legend labels of the highlight kinds (the features carry their own specific label too). */
export const HIGHLIGHT_LABELS: Record<HighlightKind, LocalText> = {
  project_boundary: t('Ranh giới dự án', 'Project boundary'),
  reserved_parcel: t('Quỹ đất NOXH', 'Reserved NOXH land'),
  outside_boundary: t('Phần nằm ngoài ranh dự án', 'Part outside the project boundary'),
  outside_urban_area: t('Phần nằm ngoài đô thị của dự án', 'Part outside the project’s urban area'),
  non_residential: t('Phần không phải đất ở theo quy hoạch', 'Part not residential in the plan'),
  not_in_plan: t('Phần chưa có trong quy hoạch sử dụng đất', 'Part not covered by the land-use plan'),
  not_connected: t('Phần chưa kết nối đường', 'Part not connected to a road'),
  shared_with_other_project: t('Phần trùng với dự án khác', 'Part shared with another project'),
  hazard_overlap: t('Phần trong vùng ngập lụt', 'Part inside a flood zone'),
  deadline_passed: t('Thửa quá hạn bàn giao', 'Parcel past its hand-over deadline'),
  declared_area_mismatch: t('Thửa sai lệch diện tích kê khai', 'Parcel with a declared-area mismatch'),
};
