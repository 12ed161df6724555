import { UserError } from '../model/userError.ts';
import type { ImportNoteCode, ImportNoteParams } from './importNote.ts';
import { renderImportNote } from './importNoteMessages.ts';

/** A UserError that also carries the import-report code and params, so importFiles can turn it into a note. */
export class ImportError<C extends ImportNoteCode = ImportNoteCode> extends UserError {
  constructor(
    readonly code: C,
    readonly params: ImportNoteParams[C],
  ) {
    const text = renderImportNote(code, params);
    super(text.vi, text.en);
    this.name = 'ImportError';
  }
}
