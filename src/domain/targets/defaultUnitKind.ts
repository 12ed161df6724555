// What a project counts when it does not say: worker dormitories and student housing count places
// (chỗ ở), every other form dwelling units (căn). Editable per project (`unit_kind`).
import type { HousingForm, UnitKind } from './types.ts';

export function defaultUnitKind(form: HousingForm | null): UnitKind {
  return form === 'worker_dormitory' || form === 'student' ? 'place' : 'dwelling';
}
