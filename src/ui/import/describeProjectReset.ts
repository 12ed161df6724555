// The question asked before "Tệp làm việc mới từ dữ liệu mẫu" replaces the open project: how many layers go
// (imported ones named apart, they are the user's own work) and how to get them back.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectDocument } from '../../domain/model/projectDocument.ts';
import { isImportedLayer } from './buildImportedLayer.ts';

export interface ResetQuestion {
  title: LocalText;
  message: LocalText[];
  confirm: LocalText;
  cancel: LocalText;
}

export function describeProjectReset(project: ProjectDocument): ResetQuestion {
  const layerCount = project.layers.length;
  const importedCount = project.layers.filter(isImportedLayer).length;
  const layersEn = layerCount === 1 ? '1 layer' : `${layerCount} layers`;
  return {
    title: { vi: 'Tạo tệp làm việc mới từ dữ liệu mẫu?', en: 'New project from the sample data?' },
    message: [
      {
        vi: `Toàn bộ ${layerCount} lớp của tệp làm việc đang mở "${project.title}"${importedCount ? ` (trong đó ${importedCount} lớp đã nhập)` : ''} sẽ được thay bằng các lớp dữ liệu mẫu.`,
        en: `All ${layersEn} of the open project "${project.title}"${importedCount ? ` (${importedCount} of them imported)` : ''} will be replaced by the sample layers.`,
      },
      {
        vi: 'Có thể hoàn tác bằng Ctrl+Z hoặc nút "Hoàn tác" ở đầu trang.',
        en: 'You can undo this with Ctrl+Z or the "Undo" button at the top.',
      },
    ],
    confirm: { vi: 'Thay bằng dữ liệu mẫu', en: 'Replace with the sample data' },
    cancel: { vi: 'Hủy', en: 'Cancel' },
  };
}
