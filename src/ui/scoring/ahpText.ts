// Strings of the hierarchical AHP editor, Vietnamese first. Numbers arrive already formatted for the language.
import type { LocalText } from '../../domain/model/layerRoles.ts';

const t = (vi: string, en: string): LocalText => ({ vi, en });

export const AHP_TEXT = {
  help: t(
    'Mỗi ô: mục ở hàng quan trọng hơn mục ở cột bao nhiêu lần (thang Saaty 1–9; 1/3 = kém quan trọng hơn). Ô đối xứng tự lấy nghịch đảo. So sánh các nhóm, rồi các tiêu chí trong từng nhóm.',
    'Each cell: how much more important the row item is than the column one (Saaty 1–9; 1/3 = less important). Mirror cells take the reciprocal. Compare the groups, then the criteria inside each group.',
  ),
  groupMatrix: t('So sánh các nhóm tiêu chí', 'Compare the criterion groups'),
  criteriaMatrix: t('So sánh các tiêu chí', 'Compare the criteria'),
  criteriaOfGroup: (group: LocalText): LocalText => t(`Tiêu chí trong nhóm “${group.vi}”`, `Criteria in group “${group.en}”`),
  localWeight: t('Trọng số cục bộ', 'Local weight'),
  inconsistent: (cr: LocalText): LocalText =>
    t(`Tỉ số nhất quán CR = ${cr.vi} > 0,10: các so sánh chưa nhất quán, hãy xem lại.`, `Consistency ratio CR = ${cr.en} > 0.10: the judgements are inconsistent; please revise them.`),
  consistent: (cr: LocalText): LocalText => t(`CR = ${cr.vi} ≤ 0,10: chấp nhận được.`, `CR = ${cr.en} ≤ 0.10: acceptable.`),
  twoItems: t('Hai mục: luôn nhất quán (không tính CR).', 'Two items: always consistent (no CR).'),
  oneItem: t('Một mục duy nhất: trọng số cục bộ 100 %.', 'A single item: local weight 100 %.'),
  worst: (row: LocalText, column: LocalText, entered: string, suggested: string, ratio: LocalText): LocalText =>
    t(
      `So sánh lệch nhất: “${row.vi}” so với “${column.vi}” = ${entered}, trong khi các trọng số gợi ý ≈ ${suggested} (tỉ số trọng số ${ratio.vi}).`,
      `Most inconsistent judgement: “${row.en}” vs “${column.en}” = ${entered}, while the weights suggest ≈ ${suggested} (weight ratio ${ratio.en}).`,
    ),
  worstTied: (others: number): LocalText =>
    t(`Còn ${others} so sánh khác lệch bằng như vậy: sửa một trong số đó là đủ.`, `${others} other judgement(s) deviate just as much: revising one of them is enough.`),
  globalTitle: t('Trọng số tổng hợp (trọng số nhóm × trọng số cục bộ)', 'Global weights (group weight × local weight)'),
  globalTitleFlat: t('Trọng số AHP của các tiêu chí', 'AHP weights of the criteria'),
  criterion: t('Tiêu chí', 'Criterion'),
  local: t('Cục bộ', 'Local'),
  global: t('Tổng hợp (AHP)', 'Global (AHP)'),
  current: t('Đang dùng', 'In use'),
  total: t('Tổng', 'Total'),
  hierarchyCr: t('CR toàn cấu trúc (Saaty)', 'Hierarchy CR (Saaty)'),
  hierarchyCrHelp: t(
    'CR_H = (CI nhóm + Σ w_nhóm·CI tiêu chí) / (RI nhóm + Σ w_nhóm·RI tiêu chí), Saaty 1980.',
    'CR_H = (CI of groups + Σ w_group·CI of criteria) / (RI of groups + Σ w_group·RI of criteria), Saaty 1980.',
  ),
  hierarchyInconsistent: (cr: LocalText): LocalText =>
    t(
      `Tỉ số nhất quán toàn cấu trúc CR_H = ${cr.vi} > 0,10: hãy xem lại các ma trận có cảnh báo.`,
      `Hierarchy consistency ratio CR_H = ${cr.en} > 0.10: revise the matrices with a warning.`,
    ),
  skipped: (names: LocalText): LocalText =>
    t(`Nhóm không có tiêu chí đang dùng, không so sánh (áp dụng sẽ đặt trọng số 0): ${names.vi}.`, `Groups with no criterion in use are not compared (applying sets their weight to 0): ${names.en}.`),
  apply: t('Áp dụng trọng số AHP', 'Apply AHP weights'),
  applyHint: t('Áp dụng cho mọi cấp cùng lúc; có thể hoàn tác bằng nút Hoàn tác.', 'Applies every level at once; undo with the Undo button.'),
  inSync: t('✓ Trọng số đang dùng khớp với AHP.', '✓ The weights in use match the AHP weights.'),
  noCriteria: t('Chưa có tiêu chí nào đang dùng.', 'No criterion is in use.'),
};
