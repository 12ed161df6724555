import { UserError } from '../model/userError.ts';
import { importNoteMessage, type ImportNoteCode, type ImportNoteParams } from './importNote.ts';

/** A UserError that also carries the import-report code and params, so importFiles can turn it into a note. */
export class ImportError<C extends ImportNoteCode = ImportNoteCode> extends UserError {
  constructor(
    readonly code: C,
    readonly params: ImportNoteParams[C],
  ) {
    super(importNoteMessage({ code, params } as Parameters<typeof importNoteMessage>[0]));
    this.name = 'ImportError';
  }
}
