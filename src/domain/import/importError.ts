import { UserError } from '../model/userError.ts';
import type { ImportNoteCode } from './importNote.ts';

/** A UserError that also carries the import-report code, so importFiles can turn it into a note. */
export class ImportError extends UserError {
  constructor(readonly code: ImportNoteCode, messageVi: string, messageEn: string) {
    super(messageVi, messageEn);
    this.name = 'ImportError';
  }
}
