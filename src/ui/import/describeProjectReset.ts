// The question asked before "Tệp làm việc mới từ dữ liệu mẫu" replaces the open project: how many layers go
// (imported ones named apart, they are the user's own work) and how to get them back.
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ProjectDocument } from '../../domain/model/projectDocument.ts';
import { uiTextBoth } from '../../i18n/renderMessage.ts';
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
  return {
    title: uiTextBoth((t) => t.import.resetTitle),
    message: [uiTextBoth((t) => t.import.resetWhatGoes(layerCount, project.title, importedCount)), uiTextBoth((t) => t.import.resetUndoHint)],
    confirm: uiTextBoth((t) => t.import.resetConfirm),
    cancel: uiTextBoth((t) => t.import.resetCancel),
  };
}
