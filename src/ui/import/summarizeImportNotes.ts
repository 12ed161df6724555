// Counts for the top of the import report, and the notes in the order a user reads them
// (errors and rejections first, then repairs and warnings, then information), feature order within a level.
import type { ImportNote, ImportNoteLevel } from '../../domain/import/importTypes.ts';

export interface ImportReportCounts {
  /** Features that will be added. */
  accepted: number;
  /** Distinct features with at least one repair note. */
  repaired: number;
  /** Features or rows left out, each with its note. */
  rejected: number;
  warnings: number;
  errors: number;
}

const LEVEL_ORDER: Record<ImportNoteLevel, number> = { error: 0, rejected: 1, warning: 2, repaired: 3, info: 4 };

export function summarizeImportNotes(notes: ImportNote[], acceptedCount: number): ImportReportCounts {
  const repaired = new Set<number>();
  const rejected = new Set<number>();
  let rejectedWithoutIndex = 0;
  let warnings = 0;
  let errors = 0;
  for (const n of notes) {
    if (n.level === 'repaired' && n.featureIndex !== undefined) repaired.add(n.featureIndex);
    else if (n.level === 'rejected') {
      if (n.featureIndex !== undefined) rejected.add(n.featureIndex);
      else rejectedWithoutIndex++;
    } else if (n.level === 'warning') warnings++;
    else if (n.level === 'error') errors++;
  }
  return { accepted: acceptedCount, repaired: repaired.size, rejected: rejected.size + rejectedWithoutIndex, warnings, errors };
}

/** A stable reading order: the most serious first; by feature index inside a level; file order otherwise. */
export function sortImportNotes(notes: ImportNote[]): ImportNote[] {
  return notes
    .map((note, order) => ({ note, order }))
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.note.level] - LEVEL_ORDER[b.note.level] ||
        (a.note.featureIndex ?? -1) - (b.note.featureIndex ?? -1) ||
        a.order - b.order,
    )
    .map((x) => x.note);
}
