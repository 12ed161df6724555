// The one coordinate-system decision of the import, for every format:
//   the user's choice > what the file declares (.prj, GeoJSON `crs` member) > degrees = WGS84;
//   metres with no usable declaration → ask the user (an 'error' note and `needed`, with the likely systems first).
// Metres are never read as degrees: a longitude/latitude system chosen for metre values is refused the same way.
import { isUserError } from '../model/userError.ts';
import type { CrsDefinition } from '../projection/crsDefinition.ts';
import { parsePrj } from '../projection/parsePrj.ts';
import { resolveCrs } from '../projection/resolveCrs.ts';
import { guessCrsFromCoordinates, type Bbox, type CrsGuess, type GuessOptions } from '../projection/guessCrsFromCoordinates.ts';
import { WGS84_CRS } from '../projection/wellKnownCrs.ts';
import { importNote } from './importNote.ts';
import type { CrsChoiceNeeded, ImportNote } from './importTypes.ts';

/** What a file says about its system: a .prj (its text), or a GeoJSON legacy `crs` member (its name). */
export type DeclaredCrs = { source: 'prj'; name: string; text: string } | { source: 'crs-member'; name: string };

export interface CrsFacts {
  /** The user's choice: a spec for resolveCrs (`EPSG:5898`, `vn2000:108`), a definition, or 'auto' = take the best guess. */
  chosen?: string | CrsDefinition | 'auto';
  declared?: DeclaredCrs;
  /** Extent of the raw coordinates as the file gives them (first value = x); null when there are none. */
  rawBbox: Bbox | null;
  /** A point of the file, quoted when metres meet a longitude/latitude choice (default: the bbox's lower corner). */
  samplePoint?: [number, number];
  /** True when the format itself means WGS84 unless it says otherwise (GeoJSON, KML): degrees then need no note. */
  wgs84ByFormat?: boolean;
  /** The guess from the coordinates when the caller already made it (CSV), else it is made here when needed. */
  guess?: CrsGuess;
  guessOptions?: GuessOptions;
  /** Layer name for the "choose the system" message. */
  layerName?: string;
}

export interface CrsDecision {
  /** The system the coordinates are in; null when it must be asked (see `needed`) or there is nothing to place. */
  crs: CrsDefinition | null;
  /** Set when the user must choose: the layer gets no features until then. */
  needed?: CrsChoiceNeeded;
  notes: ImportNote[];
  /** The guess from the coordinates, when one was made. */
  guess: CrsGuess | null;
}

export function decideCrs(facts: CrsFacts): CrsDecision {
  const notes: ImportNote[] = [];
  const bbox = facts.rawBbox && facts.rawBbox.every(Number.isFinite) ? facts.rawBbox : null;
  let guess = facts.guess ?? null;
  const guessed = (): CrsGuess | null => (guess ??= bbox ? guessCrsFromCoordinates(bbox, facts.guessOptions) : null);

  let crs: CrsDefinition | null = null;
  let prjUnreadable = false;
  if (facts.chosen === 'auto') {
    const top = guessed()?.suggestions[0];
    crs = top?.crs ?? null;
    if (top && guess!.units === 'metres') notes.push(importNote('warning', 'crs-guessed', { crs: top.crs.label, reason: top.reason }));
  } else if (facts.chosen) {
    crs = typeof facts.chosen === 'string' ? resolveCrs(facts.chosen) : facts.chosen;
    notes.push(importNote('info', 'crs-from-option', { crs: crs.label }));
  } else if (facts.declared?.source === 'prj') {
    crs = parsePrj(facts.declared.text);
    const name = facts.declared.name;
    if (crs) {
      notes.push(importNote('info', 'crs-from-prj', { name, crs: crs.label }));
      for (const detail of crs.notes ?? []) notes.push(importNote('info', 'crs-prj-detail', { detail }));
    } else {
      prjUnreadable = true;
      notes.push(importNote('warning', 'prj-unreadable', { name }));
    }
  } else if (facts.declared?.source === 'crs-member') {
    try {
      crs = resolveCrs(facts.declared.name);
      notes.push(importNote('info', 'crs-geojson-member', { crs: crs.label }));
    } catch (error) {
      if (!isUserError(error)) throw error;
      notes.push(importNote('warning', 'crs-member-unknown', { declared: facts.declared.name }));
    }
  }

  if (crs) {
    // A longitude/latitude system chosen for metre values: refused, the user chooses again.
    if (facts.chosen && facts.chosen !== 'auto' && crs.isGeographic && guessed()?.units === 'metres') {
      const [x, y] = facts.samplePoint ?? [bbox![0], bbox![1]];
      notes.push(importNote('error', 'crs-mismatch', { x, y }));
      return { crs, needed: neededFor(bbox!, guess!, prjUnreadable), notes, guess };
    }
    return { crs, notes, guess };
  }
  const g = guessed();
  if (!g || g.units === 'unknown') return { crs: facts.wgs84ByFormat ? WGS84_CRS : null, notes, guess };
  if (g.units === 'degrees') {
    if (!facts.wgs84ByFormat) notes.push(importNote('info', 'crs-assumed-wgs84', {}));
    return { crs: WGS84_CRS, notes, guess };
  }
  const first = g.suggestions[0]?.crs;
  notes.push(
    importNote('error', 'crs-needed', {
      ...(facts.layerName ? { name: facts.layerName } : {}),
      rawBbox: bbox!,
      suggestion: first ? { id: first.id, label: first.label } : null,
    }),
  );
  return { crs: null, needed: neededFor(bbox!, g, prjUnreadable), notes, guess };
}

function neededFor(rawBbox: Bbox, guess: CrsGuess, prjUnreadable: boolean): CrsChoiceNeeded {
  return { reason: prjUnreadable ? 'unreadable-prj' : 'no-prj', suggestions: guess.suggestions.map((s) => s.crs), rawBbox };
}
