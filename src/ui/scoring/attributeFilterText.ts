// Strings of the attribute-filter picker in the criteria editor, Vietnamese first.
import type { LocalText } from '../../domain/model/layerRoles.ts';

const t = (vi: string, en: string): LocalText => ({ vi, en });

export const FILTER_TEXT = {
  property: t('Thuộc tính', 'Property'),
  operator: t('Điều kiện', 'Condition'),
  notInData: t('không có trong dữ liệu', 'not in data'),
  features: t('đối tượng', 'features'),
  keepValues: t('Giữ các đối tượng có giá trị được đánh dấu', 'Keep features with a ticked value'),
  dropValues: t('Bỏ các đối tượng có giá trị được đánh dấu', 'Drop features with a ticked value'),
  pickValue: t('Chọn một giá trị', 'Pick one value'),
  findValue: t('Tìm giá trị…', 'Find a value…'),
  otherValue: t('Giá trị khác (cách nhau bằng dấu phẩy)', 'Other values (comma-separated)'),
  otherValueSingle: t('Giá trị khác', 'Other value'),
  add: t('Thêm', 'Add'),
  set: t('Đặt', 'Set'),
  topValues: t('Chỉ liệt kê các giá trị thường gặp nhất:', 'Only the most frequent values are listed:'),
  of: t('trên', 'of'),
  distinctValues: t('giá trị khác nhau', 'distinct values'),
  noValues: t('Thuộc tính này không có giá trị nào trong dữ liệu.', 'This property has no values in the data.'),
  threshold: t('Ngưỡng', 'Threshold'),
  inData: t('Trong dữ liệu', 'In the data'),
  to: t('đến', 'to'),
  numericValues: t('giá trị số', 'numeric values'),
  noNumeric: t('Thuộc tính này không có giá trị số trong dữ liệu: điều kiện so sánh sẽ không giữ đối tượng nào.', 'This property has no numeric values in the data: a comparison keeps no feature.'),
  invalidNumber: t('Cần nhập một số (ví dụ 500 hoặc 0,5).', 'Enter a number (e.g. 500 or 0.5).'),
  passing: t('đối tượng thoả điều kiện', 'features pass the filter'),
  nonePass: t(
    'Không đối tượng nào thoả điều kiện lọc: tiêu chí này sẽ không có đối tượng nguồn.',
    'No feature passes the filter: this criterion will have no source features.',
  ),
  noSourceFeatures: t('Lớp nguồn chưa có đối tượng nào (chưa tải hoặc rỗng).', 'The source layer has no features (not loaded, or empty).'),
} satisfies Record<string, LocalText>;
