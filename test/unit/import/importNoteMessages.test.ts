// Notes are rendered from one catalogue per language, keyed by code: what the readers store and what the UI / CLI show agree.
import { describe, expect, it } from 'vitest';
import { importNote } from '../../../src/domain/import/importNote.ts';
import { IMPORT_NOTE_MESSAGES, importNoteText } from '../../../src/domain/import/importNoteMessages.ts';
import type { ImportNote } from '../../../src/domain/import/importTypes.ts';

describe('import note catalogue', () => {
  it('vi and en cover the same codes', () => {
    expect(Object.keys(IMPORT_NOTE_MESSAGES.en).sort()).toEqual(Object.keys(IMPORT_NOTE_MESSAGES.vi).sort());
  });

  it('a note about one feature starts with its number from 1; a CSV row note names its row instead', () => {
    const n = importNote('repaired', 'ring-closed', { rings: 2 }, 4);
    expect(n).toMatchObject({ featureIndex: 4, params: { rings: 2 } });
    expect(importNoteText(n, 'vi')).toBe('Đối tượng thứ 5: đã khép 2 vòng chưa khép kín (thêm điểm cuối trùng điểm đầu).');
    expect(importNoteText(n, 'en')).toBe(n.message.en);
    const row = importNote('rejected', 'csv-row-rejected', { row: 6, cells: [{ column: 'X', cell: '' }] }, 4);
    expect(importNoteText(row, 'en')).toBe('Row 6: "X" is empty — row skipped, fix it in the file.');
  });

  it('a note made by the import dialog from an error keeps its text', () => {
    const n: ImportNote = { level: 'error', code: 'rerun-failed', message: { vi: 'Lỗi', en: 'Failed' } };
    expect(importNoteText(n, 'en')).toBe('Failed');
  });
});
