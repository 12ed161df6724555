// One pass over the imported features' properties, before validation (issue 16):
//  - a value nested deeper than the project may hold (PROJECT_LIMITS.propertyDepth) rejects the feature with its
//    number: 200,000 nested arrays would overflow the stack of every writer (JSON.stringify, postMessage, autosave);
//    the walk is iterative, so the check itself cannot overflow;
//  - names and text in decomposed Unicode (NFD: "Đa\u0300 Na\u0302\u0303ng") are stored composed (NFC), so two
//    equal-looking field names are one field and a search finds them, and without bidi controls (a right-to-left
//    override would reverse a panel's title); one note says how many;
//  - text that starts with a tab or a line break is kept as written (it is the user's data) with one note: CSV
//    exports neutralise it (src/domain/export/formatCsvCell.ts).
import type { Feature } from 'geojson';
import { PROJECT_LIMITS } from '../model/validateProjectLayer.ts';
import { stripBidiControls } from '../text/stripBidiControls.ts';
import type { FieldInfo } from './importTypes.ts';
import { importNote } from './importNote.ts';
import { MAY_CHANGE, startsWithControl } from './isPlainImportedText.ts';
import type { ImportNote } from './importTypes.ts';

/** Combining diacritical marks: only text holding one can change under NFC (a cheap test before normalize()). */
const COMBINING = /[\u0300-\u036f]/;

/** NFC, without bidi controls (stripBidiControls.ts): how imported text is stored. */
function composed(text: string): string {
  if (!MAY_CHANGE.test(text)) return text;
  return stripBidiControls(COMBINING.test(text) ? text.normalize('NFC') : text);
}



/** How deep `value` nests (objects and arrays), stopping once past `limit`; iterative. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Cleans `features` in place (a rejected feature becomes null, as readers mark theirs) and `fields` (names in NFC);
 * the notes are returned: rejections with the feature's index, and one note a layer for normalised and control text.
 */
export function cleanImportedProperties(features: (Feature | null)[], fields: FieldInfo[], options: { plainValues?: boolean } = {}): ImportNote[] {
  const notes: ImportNote[] = [];
  // The reader vouches that every value is a number, boolean, null or plain text (isPlainImportedText.ts) under one of
  // `fields`' names: when no name changes either, the walk below would change nothing and note nothing.
  const skipRows = options.plainValues === true && fields.every((f) => composed(f.name) === f.name);
  let normalized = 0;
  const normalizedFields = new Set<string>();
  let controls = 0;
  let firstControl: { field: string; index: number } | null = null;
  // Field names in NFC; two that become equal are one field (the first kept).
  const seen = new Set<string>();
  for (let k = 0; k < fields.length; k++) {
    fields[k].name = composed(fields[k].name);
    if (seen.has(fields[k].name)) fields.splice(k--, 1);
    else seen.add(fields[k].name);
  }
  // Field names repeat from feature to feature: each is composed once.
  const names = new Map<string, string>();
  const nameOf = (key: string) => {
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = composed(key)));
    return name;
  };
  for (let i = 0; i < features.length && !skipRows; i++) {
    const feature = features[i];
    const props = feature?.properties;
    if (!props || typeof props !== 'object') continue;
    let rebuild = false;
    let rejected = false;
    for (const key in props) {
      const value = props[key];
      if (typeof value === 'object' && value !== null && nestsDeeperThan(value, PROJECT_LIMITS.propertyDepth)) {
        notes.push(importNote('rejected', 'properties-too-deep', { field: composed(key), limit: PROJECT_LIMITS.propertyDepth }, i));
        features[i] = null;
        rejected = true;
        break;
      }
      const name = nameOf(key);
      let text = value;
      if (typeof value === 'string') {
        text = composed(value);
        if (text !== value) normalized++;
        if (startsWithControl(value)) {
          controls++;
          firstControl ??= { field: name, index: i };
        }
      }
      if (name !== key) normalized++;
      if (name !== key || text !== value) {
        rebuild = true;
        normalizedFields.add(name);
      }
    }
    if (rebuild && !rejected) {
      // A fresh object in the original key order; a name that composes to an existing one keeps the first value.
      const rebuilt: Record<string, unknown> = {};
      for (const key in props) {
        const name = nameOf(key);
        if (!(name in rebuilt)) rebuilt[name] = typeof props[key] === 'string' ? composed(props[key] as string) : props[key];
      }
      features[i] = { ...feature!, properties: rebuilt };
    }
  }
  if (normalized > 0) notes.push(importNote('repaired', 'text-normalized', { values: normalized, fields: normalizedFields.size }));
  if (firstControl) notes.push(importNote('warning', 'text-leading-control', { values: controls, field: firstControl.field, example: firstControl.index }));
  return notes;
}
