// Notes are rendered from the one catalogue per language (note code c = message code import.c): what the readers
// store and what the UI / CLI show agree.
import { describe, expect, it } from 'vitest';
import { importNote, importNoteMessage } from '../../../src/domain/import/importNote.ts';
import type { ImportNote } from '../../../src/domain/import/importTypes.ts';
import { renderMessage } from '../../../src/i18n/renderMessage.ts';

describe('import note messages', () => {
  it('a note about one feature starts with its number from 1; a CSV row note names its row instead', () => {
    const n = importNote('repaired', 'ring-closed', { rings: 2 }, 4);
    expect(n).toEqual({ level: 'repaired', code: 'ring-closed', params: { rings: 2 }, featureIndex: 4 });
    expect(renderMessage('vi', importNoteMessage(n))).toBe('Đối tượng thứ 5: đã khép 2 vòng chưa khép kín (thêm điểm cuối trùng điểm đầu).');
    expect(renderMessage('en', importNoteMessage(n))).toBe('Feature 5: closed 2 unclosed ring(s) (last point = first point).');
    const row = importNote('rejected', 'csv-row-rejected', { row: 6, cells: [{ column: 'X', cell: '' }] }, 4);
    expect(renderMessage('en', importNoteMessage(row))).toBe('Row 6: "X" is empty — row skipped, fix it in the file.');
  });

  it('a note made by the import dialog from an error shows the error text', () => {
    const n: ImportNote = { level: 'error', code: 'rerun-failed', params: { text: { vi: 'Lỗi', en: 'Failed' } } };
    expect(renderMessage('en', importNoteMessage(n))).toBe('Failed');
  });
});
