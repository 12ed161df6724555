// Reads a GeoJSON document in byte chunks and hands out its features as they complete, so a file larger than
// the longest string V8 can hold (~512 MB) is never one string. Each chunk is scanned byte by byte for the
// structure only (depth, strings, the `features` array's commas: every byte of a multi-byte UTF-8 character
// is ≥ 0x80, so none of them looks like a structural character); the complete features of a chunk are then
// decoded and given to JSON.parse in one piece, which builds the objects natively — faster than a JavaScript
// tokenizer (measured against @streamparser/json and stream-json: docs/performance/geojson.md).
// Members other than `features` (type, crs, name, or a bare Feature's geometry) are parsed when complete.
import { ImportError } from './importError.ts';

export interface GeoJsonSplitter {
  /** Scans the next chunk; returns the array items (features, as parsed) completed by it, in file order. */
  push(chunk: Uint8Array): unknown[];
  /** After the last chunk: the top-level members other than `features`, and whether a `features` array was seen. */
  end(): { members: Record<string, unknown>; hasFeatures: boolean };
}

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a, NEWLINE = 0x0a;
const OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d, OPEN_ARRAY = 0x5b, CLOSE_ARRAY = 0x5d;
/** Bytes that can change the scanner's state inside a feature. */
const STRUCTURAL = new Uint8Array(256);
for (const c of [QUOTE, COMMA, NEWLINE, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY]) STRUCTURAL[c] = 1;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Where the scanner is at depth 1 (inside the top-level object). */
const enum Stage { Start, Key, Colon, Value, FeaturesValue, Features, AfterValue, Done }

/** A batch of this many bytes or more is parsed before the chunk ends (bounds the strings made at once). */
const BATCH_BYTES = 1 << 23;

/**
 * Where a batch of comma-separated items that JSON.parse refused goes wrong (the error path only): each item is
 * parsed alone; the first that fails is located by the position in V8's message, or else by its start.
 */
function locateError(text: string, line: number, column: number): { line: number; column: number } {
  let depth = 0, inString = false, escape = false;
  let itemStart = 0, itemLine = line, itemColumn = column;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : COMMA;
    if (inString) {
      if (escape) escape = false;
      else if (c === BACKSLASH) escape = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
    else if (c === COMMA && depth <= 0) {
      const item = text.slice(itemStart, k);
      try {
        JSON.parse(item);
      } catch (error) {
        const pos = /position (\d+)/.exec(error instanceof Error ? error.message : '');
        const skipped = item.length - item.trimStart().length;
        const offset = pos ? Number(pos[1]) : skipped;
        for (let j = 0; j < offset && j < item.length; j++) {
          if (item.charCodeAt(j) === NEWLINE) {
            itemLine++;
            itemColumn = 1;
          } else itemColumn++;
        }
        return { line: itemLine, column: itemColumn };
      }
    }
    if (c === NEWLINE) {
      line++;
      column = 1;
    } else column++;
    if (c === COMMA && depth <= 0 && !inString) {
      itemStart = k + 1;
      itemLine = line;
      itemColumn = column;
    }
  }
  return { line, column };
}

export function createGeoJsonSplitter(fileName: string): GeoJsonSplitter {
  const utf8 = new TextDecoder('utf-8');
  let buf: Uint8Array = new Uint8Array(0);
  /** Absolute byte offset of buf[0]. */
  let base = 0;
  let depth = 0;
  let inString = false;
  let escape = false;
  let stage = Stage.Start;
  let line = 1;
  /** Absolute offset just after the last newline. */
  let lineStart = 0;
  let keyStart = -1;
  let key = '';
  let valueStart = -1;
  let batchStart = -1;
  let batchLine = 1, batchColumn = 1;
  let lastComma = -1;
  let commaLine = 1, commaLineStart = 0;
  let hasFeatures = false;
  const members: Record<string, unknown> = {};

  const fail = (at?: { line: number; column: number }): never => {
    throw new ImportError('json-invalid', at ? { file: fileName, at } : { file: fileName });
  };
  const here = (i: number) => ({ line, column: base + i - lineStart + 1 });

  function parseBatch(from: number, to: number, out: unknown[]): void {
    const text = utf8.decode(buf.subarray(from, to));
    let items: unknown[];
    try {
      items = JSON.parse(`[${text}]`) as unknown[];
    } catch {
      return fail(locateError(text, batchLine, batchColumn));
    }
    for (let k = 0; k < items.length; k++) out.push(items[k]);
  }

  function parseMember(from: number, to: number): void {
    const text = utf8.decode(buf.subarray(from, to));
    try {
      members[key] = JSON.parse(text);
    } catch {
      fail(here(to));
    }
  }

  function startBatch(i: number, atLine = line, atLineStart = lineStart): void {
    batchStart = i;
    batchLine = atLine;
    batchColumn = base + i - atLineStart + 1;
  }

  function push(chunk: Uint8Array): unknown[] {
    // Keep the bytes still needed (a key, a member value or the features not yet parsed) before the new chunk.
    const keep = [keyStart, valueStart, batchStart].filter((k) => k >= 0).reduce((a, b) => Math.min(a, b), buf.length);
    // An index may point just past the old bytes (a member value starting after a colon that ended them).
    const from = buf.length - keep;
    if (from === 0) buf = chunk;
    else {
      const joined = new Uint8Array(from + chunk.length);
      joined.set(buf.subarray(keep));
      joined.set(chunk, from);
      buf = joined;
    }
    base += keep;
    if (keyStart >= 0) keyStart -= keep;
    if (valueStart >= 0) valueStart -= keep;
    if (batchStart >= 0) batchStart -= keep;
    if (lastComma >= 0) lastComma -= keep;
    const out: unknown[] = [];
    const n = buf.length;
    scan: for (let i = from; i < n; i++) {
      let c = buf[i];
      if (inString) {
        if (escape) {
          escape = false;
          continue;
        }
        while (c !== QUOTE && c !== BACKSLASH) {
          if (++i === n) break scan;
          c = buf[i];
        }
        if (c === BACKSLASH) {
          escape = true;
          continue;
        }
        inString = false;
        if (depth === 1 && stage === Stage.Key) {
          key = utf8.decode(buf.subarray(keyStart + 1, i));
          keyStart = -1;
          stage = Stage.Colon;
        }
        continue;
      }
      // Inside a feature only brackets, quotes, commas and newlines matter (most bytes are digits).
      if (depth >= 2 && !STRUCTURAL[c]) continue;
      if (c === NEWLINE) {
        line++;
        lineStart = base + i + 1;
        continue;
      }
      if (isSpace(c)) continue;
      if (depth === 0) {
        // A byte-order mark (EF BB BF) before the document is skipped.
        if (stage === Stage.Start && (c === 0xef || c === 0xbb || c === 0xbf)) continue;
        if (stage === Stage.Start && c === OPEN_OBJECT) {
          depth = 1;
          stage = Stage.Key;
          continue;
        }
        // Valid JSON that is not an object (a bare array of features) is not GeoJSON; anything else is not JSON.
        if (stage === Stage.Start && c === OPEN_ARRAY) throw new ImportError('geojson-not-geojson', { file: fileName });
        fail(here(i));
      }
      if (depth === 1) {
        switch (stage) {
          case Stage.Key:
            if (c === QUOTE) {
              inString = true;
              keyStart = i;
            } else if (c !== CLOSE_OBJECT || Object.keys(members).length > 0 || hasFeatures) fail(here(i));
            else {
              depth = 0;
              stage = Stage.Done;
            }
            continue;
          case Stage.Colon:
            if (c !== COLON) fail(here(i));
            stage = key === 'features' ? Stage.FeaturesValue : Stage.Value;
            valueStart = i + 1;
            continue;
          case Stage.FeaturesValue:
            if (c === OPEN_ARRAY) {
              depth = 2;
              stage = Stage.Features;
              hasFeatures = true;
              valueStart = -1;
              startBatch(i + 1);
              lastComma = -1;
              continue;
            }
            stage = Stage.Value;
            break;
          case Stage.AfterValue:
            if (c === COMMA) stage = Stage.Key;
            else if (c === CLOSE_OBJECT) {
              depth = 0;
              stage = Stage.Done;
            } else fail(here(i));
            continue;
          case Stage.Done:
          case Stage.Start:
          case Stage.Features:
            fail(here(i));
        }
        // Stage.Value: a member's value runs to the next comma or closing brace at depth 1.
        if (c === COMMA || c === CLOSE_OBJECT) {
          parseMember(valueStart, i);
          valueStart = -1;
          if (c === COMMA) stage = Stage.Key;
          else {
            depth = 0;
            stage = Stage.Done;
          }
          continue;
        }
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        if (depth === 1 && stage === Stage.Features) {
          if (c !== CLOSE_ARRAY) fail(here(i));
          parseBatch(batchStart, i, out);
          batchStart = -1;
          lastComma = -1;
          stage = Stage.AfterValue;
        } else if (depth < 1) fail(here(i));
      } else if (c === COMMA && depth === 2 && stage === Stage.Features) {
        lastComma = i;
        commaLine = line;
        commaLineStart = lineStart;
        if (i - batchStart >= BATCH_BYTES) {
          parseBatch(batchStart, i, out);
          startBatch(i + 1);
          lastComma = -1;
        }
      }
    }
    if (stage === Stage.Features && lastComma > batchStart) {
      parseBatch(batchStart, lastComma, out);
      startBatch(lastComma + 1, commaLine, commaLineStart);
      lastComma = -1;
    }
    return out;
  }

  return {
    push,
    end() {
      if (stage !== Stage.Done) fail(here(buf.length));
      return { members, hasFeatures };
    },
  };
}
