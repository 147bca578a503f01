/**
 * Phrase matching over a text, shared by the stages. A lexicon's patterns are grouped by the letter
 * they can start with and each group is compiled into one sticky alternation, tried only at word
 * starts: a lexicon of hundreds of entries then costs about one regex attempt per word, which keeps
 * extraction near tokenizer speed.
 */

import { TokenTable } from '../../reference/tokenTable.js';
import { memoCodeClass } from '../../reference/wordScan.js';

/** Length of the literal prefix used to reject words before any regex runs. */
const PREFIX = 3;

/** One match of a lexicon entry. */
export interface PhraseMatch<T> { start: number; end: number; text: string; value: T }

let lastText: string | null = null;
let lastStarts: number[] = [];
const isLetterOrNumberClass = memoCodeClass(/^[\p{L}\p{N}]$/u);

function isLetterOrNumber(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  return isLetterOrNumberClass(cp);
}

/**
 * Positions where a word starts: each run of letters and numbers, and each « or " (the matches of
 * /[\p{L}\p{N}]+|[«"]/gu), found by a hand-written scan since every stage needs them. The last
 * text's answer is kept, as every stage asks for it.
 */
export function wordStarts(text: string): number[] {
  if (text === lastText) return lastStarts;
  // The gazetteers' scan of the same text reads these starts too: one pass serves both.
  const shared = TokenTable.of(text).matchStarts;
  if (shared) {
    lastText = text;
    lastStarts = shared;
    return shared;
  }
  const out: number[] = [];
  const n = text.length;
  let inWord = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Lower-case ASCII and Cyrillic letters, most of any text, need no table.
    if (inWord && ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f))) {
      i += 1;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? text.codePointAt(i)! : c;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetterOrNumber(cp)) {
      if (!inWord) out.push(i);
      inWord = true;
    } else {
      inWord = false;
      if (c === 0xab || c === 0x22) out.push(i);
    }
    i += width;
  }
  lastText = text;
  lastStarts = out;
  return out;
}

/**
 * Whether a UTF-16 unit is one of the characters of the regex class \s: a test on a code, for
 * cheap necessary conditions checked before a regex runs on a slice.
 */
export function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Split a regex source on its top-level "|". */
export function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') { cur += ch + (src[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; cur += ch; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

const isQuantifier = (ch: string | undefined) => ch === '?' || ch === '*' || ch === '{';

/**
 * The literal text a pattern must start with, up to `n` characters ("minist" of "minist[eè]re"),
 * and whether that literal is the whole pattern. Used to reject most words with a set lookup.
 */
export function literalPrefix(src: string, n: number): { text: string; isWhole: boolean } {
  let out = '';
  let i = 0;
  while (i < src.length && out.length < n) {
    let ch = src[i]!;
    let width = 1;
    if (ch === '\\') {
      const esc = src[i + 1] ?? '';
      if (/[\p{L}\p{N}]/u.test(esc)) break; // \p, \d, \s …: a class, not a literal
      ch = esc;
      width = 2;
    } else if ('[](){}|?*+.^$'.includes(ch)) break;
    if (isQuantifier(src[i + width]) || src[i + width] === '+') break;
    out += ch;
    i += width;
  }
  return { text: out, isWhole: i >= src.length };
}

/**
 * Every literal text a pattern can start with, up to `n` characters, reading small character
 * classes as alternatives ("d[ée]cl…" → "dée", "dec"), and whether that covers the whole pattern.
 * Files entries with accents or case pairs under their exact prefixes instead of a first letter.
 */
export function literalPrefixes(src: string, n: number): { texts: string[]; isWhole: boolean } {
  let outs = [''];
  let i = 0;
  while (i < src.length && outs[0]!.length < n) {
    const ch = src[i]!;
    let chars: string[];
    let width = 1;
    if (ch === '[') {
      const close = src.indexOf(']', i + 1);
      const body = close < 0 ? '' : src.slice(i + 1, close);
      if (!body || body.startsWith('^') || /[\\\-[]/.test(body) || [...body].length !== body.length) break;
      chars = [...new Set(body)];
      width = close - i + 1;
    } else if (ch === '\\') {
      const esc = src[i + 1] ?? '';
      if (!esc || /[\p{L}\p{N}]/u.test(esc)) break; // \p, \d, \s …: a class, not a literal
      chars = [esc];
      width = 2;
    } else if ('[](){}|?*+.^$'.includes(ch)) break;
    else chars = [ch];
    if (isQuantifier(src[i + width]) || src[i + width] === '+' || outs.length * chars.length > 32) break;
    outs = outs.flatMap((o) => chars.map((c) => o + c));
    i += width;
  }
  return { texts: outs, isWhole: i >= src.length };
}

/**
 * The characters a pattern can start with (lower-cased unless `isCased`), or null when that cannot
 * be told cheaply.
 */
export function firstChars(src: string, isCased = false): Set<string> | null {
  const low = (c: string) => (isCased ? c : c.toLowerCase());
  const ch = src[0];
  if (ch === undefined) return null;
  if (ch === '\\') {
    const esc = src[1] ?? '';
    if (/[pPdDwWsSbBuxk]/.test(esc) || isQuantifier(src[2])) return null;
    return new Set([low(esc)]);
  }
  if (ch === '[') {
    const close = src.indexOf(']', 1);
    const body = src.slice(1, close);
    if (close < 0 || body.startsWith('^') || /\\|-/.test(body) || isQuantifier(src[close + 1])) return null;
    return new Set([...body].map(low));
  }
  if (ch === '(') {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '\\') { i++; continue; }
      if (src[i] === '(') depth++;
      else if (src[i] === ')' && --depth === 0) { close = i; break; }
    }
    if (close < 0 || isQuantifier(src[close + 1])) return null;
    const inner = src.slice(src.startsWith('(?:') ? 3 : 1, close);
    const out = new Set<string>();
    for (const alt of splitTopLevel(inner)) {
      const f = firstChars(alt, isCased);
      if (!f) return null;
      for (const c of f) out.add(c);
    }
    return out;
  }
  if (/[.^$|)*+?{]/.test(ch) || isQuantifier(src[1])) return null;
  return new Set([low(ch)]);
}

/** Expand a leading optional group: "(?:interim |acting )?president" → three entries with literal starts. */
export function expandLeadingOptional(src: string): string[] {
  if (!src.startsWith('(?:')) return [src];
  let depth = 0;
  let close = -1;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') { i++; continue; }
    if (src[i] === '[') { const j = src.indexOf(']', i + 1); if (j < 0) return [src]; i = j; continue; }
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) { close = i; break; }
  }
  if (close < 0) return [src];
  const rest = src.slice(close + (src[close + 1] === '?' ? 2 : 1));
  const inner = splitTopLevel(src.slice(3, close));
  const out = inner.flatMap((alt) => expandLeadingOptional(alt + rest));
  if (src[close + 1] === '?') out.push(...expandLeadingOptional(rest));
  return out.length > 40 ? [src] : out;
}

/**
 * Word starts of a text with the lookup keys every matcher uses, computed once per text. A key
 * (the first three units of a word, lower-cased or as written) is interned to a small integer
 * shared by all matchers, so a matcher finds a word's bucket by array index, not by hashing.
 */
interface WordIndex { starts: number[]; low: Int32Array | null; raw: Int32Array | null }
let lastIndexText: string | null = null;
let lastIndex: WordIndex = { starts: [], low: null, raw: null };
/**
 * Interned word keys: an open-addressing table from the three units of a key to its id, in typed
 * arrays so that a lookup neither hashes a string nor boxes a number; ids index {@link keyTexts}.
 */
let tableBits = 12;
let tableAB = new Uint32Array(1 << tableBits);
let tableC = new Uint16Array(1 << tableBits);
/** id + 1 of each slot; 0 for an empty slot. */
let tableId = new Int32Array(1 << tableBits);
const keyTexts: string[] = [];

function unitsText(a: number, b: number, c: number): string {
  return String.fromCharCode(...[a, b, c].filter((u) => u > 0));
}

function slotOf(ab: number, c: number): number {
  return (Math.imul(ab ^ Math.imul(c + 1, 0x85ebca6b), 0x9e3779b1) >>> (32 - tableBits));
}

function internUnits(a: number, b: number, c: number): number {
  const ab = ((a << 16) | b) >>> 0;
  const mask = (1 << tableBits) - 1;
  let h = slotOf(ab, c);
  for (;;) {
    const id = tableId[h]!;
    if (id === 0) break;
    if (tableAB[h] === ab && tableC[h] === c) return id - 1;
    h = (h + 1) & mask;
  }
  const id = keyTexts.length;
  keyTexts.push(unitsText(a, b, c));
  tableAB[h] = ab;
  tableC[h] = c;
  tableId[h] = id + 1;
  if (keyTexts.length * 2 > 1 << tableBits) growTable();
  return id;
}

function growTable(): void {
  const [oldAB, oldC, oldId] = [tableAB, tableC, tableId];
  tableBits += 1;
  tableAB = new Uint32Array(1 << tableBits);
  tableC = new Uint16Array(1 << tableBits);
  tableId = new Int32Array(1 << tableBits);
  const mask = (1 << tableBits) - 1;
  for (let k = 0; k < oldId.length; k++) {
    if (oldId[k] === 0) continue;
    let h = slotOf(oldAB[k]!, oldC[k]!);
    while (tableId[h] !== 0) h = (h + 1) & mask;
    tableAB[h] = oldAB[k]!;
    tableC[h] = oldC[k]!;
    tableId[h] = oldId[k]!;
  }
}

/** Lower case of each UTF-16 unit beyond Latin-1 and Cyrillic, filled on first sight (0: not yet known). */
const LOWER_UNITS = new Uint16Array(0x10000);

/** Lower case of one UTF-16 unit, fast for ASCII, Latin-1 and Cyrillic, from a table for the rest. */
function lowerUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  let low = LOWER_UNITS[c]!;
  if (low === 0) {
    low = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    LOWER_UNITS[c] = low;
  }
  return low;
}

/** The id of the first three units of a word (units past the text's end count as absent). */
function keyAt(text: string, p: number, isLow: boolean): number {
  let a = text.charCodeAt(p) || 0;
  let b = text.charCodeAt(p + 1) || 0;
  let c = text.charCodeAt(p + 2) || 0;
  if (isLow) { a = lowerUnit(a); b = lowerUnit(b); c = lowerUnit(c); }
  return internUnits(a, b, c);
}

function wordIndex(text: string, starts: number[]): WordIndex {
  if (text === lastIndexText && lastIndex.starts === starts) return lastIndex;
  lastIndexText = text;
  lastIndex = { starts, raw: null, low: null };
  return lastIndex;
}

/** The keys of every word start, as written or lower-cased, computed on first use. */
function keysOf(text: string, idx: WordIndex, isLow: boolean): Int32Array {
  const have = isLow ? idx.low : idx.raw;
  if (have) return have;
  const keys = new Int32Array(idx.starts.length);
  for (let i = 0; i < keys.length; i++) keys[i] = keyAt(text, idx.starts[i]!, isLow);
  if (isLow) idx.low = keys;
  else idx.raw = keys;
  return keys;
}

interface Entry<T> { pattern: string; value: T; lits: string[]; isWhole: boolean; first: Set<string> | null; longLits: string[] }

/** The entries of one word key, compiled into one sticky alternation. */
interface Bucket<T> {
  re: RegExp; values: T[]; patterns: string[]; singles?: RegExp[];
  /** Texts one of which the word must start with for any entry to match (case as the matcher folds it); null when some entry has no such text. */
  heads: string[] | null;
  /** The fourth unit of each head (every head is longer than the key), so most words fail one test before the heads are compared. */
  fourths: number[] | null;
}

/** Length of the longer literal start checked before a bucket's regex runs. */
const HEAD = 8;

/**
 * A compiled set of patterns. Each entry is a regex source; matches must end at a word boundary.
 * When several entries match at one position the longest pattern wins; matches never overlap.
 * Entries are grouped by the first three letters a word must have for them to match, so most
 * words are turned away by one map lookup and no regex runs.
 */
export class PhraseMatcher<T> {
  private readonly entries: Entry<T>[];
  private readonly flags: string;
  private readonly isCased: boolean;
  /** Bucket per interned key id: undefined until first asked, null when no entry can match. */
  private readonly byKey: (Bucket<T> | null | undefined)[] = [];

  /**
   * @param entries pattern sources (no capturing groups) with the value each stands for
   * @param flags 'i' for case-blind matching (the 'u' and 'y' flags are always set)
   */
  constructor(entries: { pattern: string; value: T }[], flags = 'i') {
    this.isCased = !flags.includes('i');
    this.flags = flags;
    const low = (x: string) => (this.isCased ? x : x.toLowerCase());
    // Top-level alternatives and leading optional groups become entries of their own, so that
    // each has a literal start to be filed under.
    const split = entries.flatMap((e) => splitTopLevel(e.pattern).flatMap(expandLeadingOptional).map((pattern) => {
      const lit = literalPrefixes(pattern, PREFIX);
      const long = literalPrefixes(pattern, HEAD).texts.map(low);
      // Words are filed by their lower-cased start even for a cased matcher (the regex then checks
      // the case), so every matcher shares one set of word keys per text.
      const lower = (x: string) => x.toLowerCase();
      return { pattern, value: e.value, lits: [...new Set(lit.texts.map(lower))], isWhole: lit.isWhole, first: firstChars(pattern, false), longLits: [...new Set(long)] };
    }));
    // The alternation takes the first alternative that fits, so longer patterns go first: a
    // cheap stand-in for longest-match that is right for phrase lists ("prime minister" before "minister").
    this.entries = split.sort((a, b) => b.pattern.length - a.pattern.length);
  }

  /** Per key id, whether a bucket exists (see findAll); a typed array so the common miss costs one load. */
  private hasBucket: Uint8Array = new Uint8Array(0);

  private growSeen(size: number): Uint8Array {
    const grown = new Uint8Array(Math.max(size, this.hasBucket.length * 2, 1024));
    grown.set(this.hasBucket);
    this.hasBucket = grown;
    return grown;
  }

  private bucket(num: number): Bucket<T> | null {
    // Grown densely so the array keeps fast elements (ids are shared by all matchers).
    while (this.byKey.length <= num) this.byKey.push(undefined);
    const hit = this.byKey[num];
    if (hit !== undefined) return hit;
    const key = keyTexts[num]!;
    const first = key[0] ?? '';
    const chosen = this.entries.filter((e) => e.lits.some((lit) => {
      if (lit.length >= PREFIX || (e.isWhole && lit.length > 0)) return e.isWhole && lit.length < PREFIX ? key.startsWith(lit) : key === lit;
      if (lit.length > 0 && !key.startsWith(lit)) return false;
      return !e.first || e.first.has(first);
    }));
    const heads = chosen.some((e) => e.longLits.some((l) => l.length <= PREFIX)) ? null : [...new Set(chosen.flatMap((e) => e.longLits))];
    const b = chosen.length ? {
      re: new RegExp(`(?:${chosen.map((e) => `(${e.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, `uy${this.flags}`),
      values: chosen.map((e) => e.value),
      patterns: chosen.map((e) => e.pattern),
      heads,
      fourths: heads ? [...new Set(heads.map((h) => h.charCodeAt(PREFIX)))] : null,
      singles: undefined,
    } : null;
    this.byKey[num] = b;
    return b;
  }

  /** All non-overlapping matches, leftmost first, longest among those at one position. */
  findAll(text: string, starts: number[] = wordStarts(text)): PhraseMatch<T>[] {
    const idx = wordIndex(text, starts);
    const keys = keysOf(text, idx, true);
    const isLow = !this.isCased;
    const out: PhraseMatch<T>[] = [];
    let after = 0;
    let seen: Uint8Array = this.hasBucket;
    const n = starts.length;
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      // 1: no entry can start at a word with this key (the usual answer), 2: some can, 0: not known yet.
      const known = k < seen.length ? seen[k]! : 0;
      if (known === 1) continue;
      const s = starts[i]!;
      if (s < after) continue;
      let b: Bucket<T> | null;
      if (known === 2) b = this.byKey[k]!;
      else {
        b = this.bucket(k);
        if (k >= seen.length) seen = this.growSeen(keyTexts.length);
        seen[k] = b ? 2 : 1;
        if (!b) continue;
      }
      if (b.heads !== null) {
        const c = text.charCodeAt(s + PREFIX);
        if (!b.fourths!.includes(isLow && c === c ? lowerUnit(c) : c) || !hasHead(text, s, b.heads, isLow)) continue;
      }
      const m = this.exec(text, s, b);
      if (m) { out.push(m); after = m.end; }
    }
    return out;
  }

  /** The match starting exactly at `pos`, if any. */
  matchAt(text: string, pos: number): PhraseMatch<T> | null {
    const b = this.bucket(keyAt(text, pos, true));
    return b ? this.exec(text, pos, b) : null;
  }

  private exec(text: string, pos: number, b: Bucket<T>): PhraseMatch<T> | null {
    b.re.lastIndex = pos;
    const m = b.re.exec(text);
    if (!m) return null;
    let best = -1;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) { best = g - 1; break; }
    }
    if (best < 0) return null;
    // The alternation stops at the first entry that fits; on a hit (rare) the entries after it are
    // tried so the longest match wins ("Secretary-General" over "Secretary"). Those before it
    // cannot match here (the alternation tried them in full, backtracking included), and the one
    // that fit gives the same text alone, so neither runs again.
    let bestText = m[0];
    if (best < b.values.length - 1) {
      b.singles ??= b.patterns.map((p) => new RegExp(`(?:${p})(?![\\p{L}\\p{N}])`, `uy${this.flags}`));
      const singles = b.singles;
      const first = best + 1;
      for (let i = first; i < singles.length; i++) {
        const re = singles[i]!;
        re.lastIndex = pos;
        const x = re.exec(text);
        if (x && x[0].length > bestText.length) { best = i; bestText = x[0]; }
      }
    }
    return { start: pos, end: pos + bestText.length, text: bestText, value: b.values[best]! };
  }
}

/** Whether `text` has one of `heads` at `pos` (see {@link startsWithAt}). */
function hasHead(text: string, pos: number, heads: string[], isLow: boolean): boolean {
  for (let i = 0; i < heads.length; i++) if (startsWithAt(text, pos, heads[i]!, isLow)) return true;
  return false;
}

/** Whether `text` has `head` at `pos`, comparing lower-cased units when `isLow` (a cheap test before a regex runs). */
function startsWithAt(text: string, pos: number, head: string, isLow: boolean): boolean {
  if (pos + head.length > text.length) return false;
  for (let k = 0; k < head.length; k++) {
    const c = text.charCodeAt(pos + k);
    if ((isLow ? lowerUnit(c) : c) !== head.charCodeAt(k)) return false;
  }
  return true;
}

/** Escape a literal for use inside a regex source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const reCache = new Map<string, Map<string, RegExp>>();
/**
 * A compiled regex, kept for reuse: lexicon-driven stages build the same patterns on every call.
 * Looked up by flags, then by source, so no key string is built per call.
 * Global and sticky regexes carry lastIndex, so callers reset it before use.
 */
export function cachedRe(source: string, flags: string): RegExp {
  let bySource = reCache.get(flags);
  if (!bySource) {
    bySource = new Map();
    reCache.set(flags, bySource);
  }
  let re = bySource.get(source);
  if (!re) {
    re = new RegExp(source, flags);
    bySource.set(source, re);
  }
  re.lastIndex = 0;
  return re;
}

const wrappedCache = new Map<string, Map<string, RegExp>>();
/**
 * A compiled regex `before(?:pattern)after`, kept for reuse and looked up without building its
 * source: lexicon patterns are the same strings on every call, so the lookup hashes nothing new.
 * Global and sticky regexes carry lastIndex; it is reset here.
 */
export function wrappedRe(before: string, pattern: string, after: string, flags: string): RegExp {
  const outer = `${before}\u0000${after}\u0000${flags}`;
  let inner = wrappedCache.get(outer);
  if (!inner) {
    inner = new Map();
    wrappedCache.set(outer, inner);
  }
  let re = inner.get(pattern);
  if (!re) {
    re = new RegExp(`${before}(?:${pattern})${after}`, flags);
    inner.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * A lexicon pattern as a whole-word regex, `(?<![\p{L}])(?:pattern)(?![\p{L}])`, compiled once.
 * @param pattern a lexicon pattern
 * @param flags regex flags
 */
export function wordRe(pattern: string, flags: string): RegExp {
  return wrappedRe('(?<![\\p{L}])', pattern, '(?![\\p{L}])', flags);
}
