// Strings of the "edit a parcel's shape" tool (EditSite.tsx), Vietnamese first.
import type { LocalText } from '../../domain/model/layerRoles.ts';

const t = (vi: string, en: string): LocalText => ({ vi, en });

export const EDIT_SITE_TEXT = {
  editShape: t('Sửa hình dạng', 'Edit shape'),
  save: t('Lưu', 'Save'),
  cancel: t('Huỷ', 'Cancel'),
  help: t(
    'Kéo một đỉnh để di chuyển; kéo điểm giữa cạnh để thêm đỉnh; nhấp chuột phải vào đỉnh để xoá. Điểm số cập nhật ngay khi sửa.',
    'Drag a vertex to move it; drag an edge midpoint to add a vertex; right-click a vertex to delete it. The score updates as you edit.',
  ),
  editing: t('Đang sửa hình dạng', 'Editing the shape of'),
  area: t('Diện tích', 'Area'),
  score: t('Điểm', 'Score'),
  rank: t('Xếp hạng', 'Rank'),
  among: t('trong số', 'among'),
  before: t('trước khi sửa', 'before the edit'),
  unchanged: t('Chưa thay đổi hình dạng.', 'The shape has not changed yet.'),
  dataChanged: t(
    'Dữ liệu của lớp vừa thay đổi (ví dụ do Hoàn tác), nên đã dừng sửa; hình dạng chưa được lưu.',
    'The layer data changed (e.g. by Undo), so editing stopped; the shape was not saved.',
  ),
  mapNotReady: t('Bản đồ chưa sẵn sàng.', 'The map is not ready.'),
} as const;
