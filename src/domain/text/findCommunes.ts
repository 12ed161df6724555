// The communes/wards a typed name finds, best first: with or without diacritics ("tho phong" → Thọ Phong,
// "dak" ↔ "Đăk"), with or without the unit word in front ("xã Thọ Phong", "phường Cẩm Thành"), by the
// national code, or by the name of a unit it absorbed on 1 July 2025 ("tinh phong" → Thọ Phong, formed from
// the former Tịnh Phong and Tịnh Thọ communes). Order: the whole name, then the name's start, then a word's
// start, then anywhere — a current name before a former one at the same step; then a match keeping the
// typed diacritics ("Ba Tơ" before Ba Tô), then the name.
import { foldVietnamese } from './foldVietnamese.ts';

export interface SearchableCommune {
  code: string;
  name: string;
  /** The units it was formed from, as published: "Xã Tịnh Phong, Xã Tịnh Thọ" (optional). */
  formedFrom?: string;
}

export interface CommuneMatch<T> {
  commune: T;
  /** The former unit whose name matched ("Xã Tịnh Phong"), or null when the current name or code did. */
  formerName: string | null;
}

/** Unit words a user may type, or the published list writes, before a name (folded). */
const UNIT_WORDS = ['dac khu', 'thi tran', 'phuong', 'xa', 'tt'];

const lowerNfc = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The name without a leading unit word, folded and as written (lower case). */
export function bareName(text: string): { folded: string; marked: string } {
  const marked = lowerNfc(text);
  const folded = foldVietnamese(marked);
  for (const word of UNIT_WORDS) {
    if (folded.startsWith(`${word} `)) return { folded: folded.slice(word.length + 1), marked: marked.split(' ').slice(word.split(' ').length).join(' ') };
  }
  return { folded, marked };
}

/** The former units' names: "Phường Nguyễn Nghiêm, Phường Trần Hưng Đạo (thành phố Quảng Ngãi)" → both, without the note. */
function formerNames(formedFrom: string | undefined): string[] {
  if (!formedFrom) return [];
  return formedFrom
    .replace(/\([^)]*\)/g, '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 0 whole name (or code), 1 start of the name, 2 start of a word, 3 anywhere, -1 no match. */
function matchTier(name: string, q: string): number {
  return name === q ? 0 : name.startsWith(q) ? 1 : ` ${name}`.includes(` ${q}`) ? 2 : name.includes(q) ? 3 : -1;
}

/** At most `limit` communes matching `query` (none for an empty query), best first. */
export function findCommunes<T extends SearchableCommune>(communes: readonly T[], query: string, limit = 8): CommuneMatch<T>[] {
  const typed = bareName(query);
  const q = typed.folded;
  if (!q) return [];
  const keepsMarks = typed.marked !== q;
  const ranked: { match: CommuneMatch<T>; key: number }[] = [];
  for (const commune of communes) {
    const own = bareName(commune.name);
    let tier = commune.code === q ? 0 : matchTier(own.folded, q);
    let key = tier * 2;
    let formerName: string | null = null;
    let marked = own.marked;
    for (const former of formerNames(commune.formedFrom)) {
      const bare = bareName(former);
      const t = matchTier(bare.folded, q);
      if (t >= 0 && (tier < 0 || t * 2 + 1 < key)) {
        tier = t;
        key = t * 2 + 1;
        formerName = former;
        marked = bare.marked;
      }
    }
    if (tier < 0) continue;
    const marksMiss = keepsMarks && !marked.includes(typed.marked);
    ranked.push({ match: { commune, formerName }, key: key * 2 + (marksMiss ? 1 : 0) });
  }
  ranked.sort((a, b) => a.key - b.key || a.match.commune.name.localeCompare(b.match.commune.name, 'vi') || (a.match.commune.code < b.match.commune.code ? -1 : 1));
  return ranked.slice(0, limit).map((r) => r.match);
}
