/**
 * Phrase matching over a text, shared by the stages. A lexicon's patterns are grouped by the letter
 * they can start with and each group is compiled into one sticky alternation, tried only at word
 * starts: a lexicon of hundreds of entries then costs about one regex attempt per word, which keeps
 * extraction near tokenizer speed.
 */

/** One match of a lexicon entry. */
export interface PhraseMatch<T> { start: number; end: number; text: string; value: T }

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}«"]/gu;
let lastText: string | null = null;
let lastStarts: number[] = [];

/** Positions where a word starts; the last text's answer is kept, as every stage asks for it. */
export function wordStarts(text: string): number[] {
  if (text === lastText) return lastStarts;
  const out: number[] = [];
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) out.push(m.index);
  lastText = text;
  lastStarts = out;
  return out;
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

/**
 * A compiled set of patterns. Each entry is a regex source; matches must end at a word boundary.
 * When several entries match at one position the longest pattern wins; matches never overlap.
 */
export class PhraseMatcher<T> {
  private readonly entries: { pattern: string; value: T; first: Set<string> | null }[];
  private readonly flags: string;
  private readonly isCased: boolean;
  private readonly byChar = new Map<string, { re: RegExp; values: T[] } | null>();

  /**
   * @param entries pattern sources (no capturing groups) with the value each stands for
   * @param flags 'i' for case-blind matching (the 'u' and 'y' flags are always set)
   */
  constructor(entries: { pattern: string; value: T }[], flags = 'i') {
    // Top-level alternatives become entries of their own so they can be bucketed by first letter.
    this.isCased = !flags.includes('i');
    const split = entries.flatMap((e) => splitTopLevel(e.pattern).map((pattern) => ({ pattern, value: e.value, first: firstChars(pattern, this.isCased) })));
    // The alternation takes the first alternative that fits, so longer patterns go first: a
    // cheap stand-in for longest-match that is right for phrase lists ("prime minister" before "minister").
    this.entries = split.sort((a, b) => b.pattern.length - a.pattern.length);
    this.flags = flags;
  }

  private bucket(ch: string): { re: RegExp; values: T[] } | null {
    // Case-sensitive lexicons (names) skip every lower-case word without trying a regex.
    const key = this.isCased ? ch : ch.toLowerCase();
    if (this.byChar.has(key)) return this.byChar.get(key)!;
    const chosen = this.entries.filter((e) => !e.first || e.first.has(key));
    const b = chosen.length ? {
      re: new RegExp(`(?:${chosen.map((e) => `(${e.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, `uy${this.flags}`),
      values: chosen.map((e) => e.value),
    } : null;
    this.byChar.set(key, b);
    return b;
  }

  /** All non-overlapping matches, leftmost first, longest among those at one position. */
  findAll(text: string, starts: number[] = wordStarts(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let after = 0;
    for (const s of starts) {
      if (s < after) continue;
      const m = this.matchAt(text, s);
      if (m) { out.push(m); after = m.end; }
    }
    return out;
  }

  /** The match starting exactly at `pos`, if any. */
  matchAt(text: string, pos: number): PhraseMatch<T> | null {
    const b = this.bucket(text[pos] ?? '');
    if (!b) return null;
    b.re.lastIndex = pos;
    const m = b.re.exec(text);
    if (!m) return null;
    const best = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    if (best < 0) return null;
    return { start: pos, end: pos + m[0].length, text: m[0], value: b.values[best]! };
  }
}

/** Escape a literal for use inside a regex source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const reCache = new Map<string, RegExp>();
/**
 * A compiled regex, kept for reuse: lexicon-driven stages build the same patterns on every call.
 * Global and sticky regexes carry lastIndex, so callers reset it before use.
 */
export function cachedRe(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = reCache.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    reCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
