import { scanWords } from './wordScan.js';

/**
 * Word tokens for gazetteer matching. A token is a maximal run of letters, digits and combining
 * marks, so boundaries are Unicode-aware ("Niger" never matches inside "Nigeria", Cyrillic words
 * split like Latin ones). Each token carries a folded key for lookup and the raw text for the
 * case checks that keep "US" apart from the word "us".
 */

/** One word of a text, with its span and folded key. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  key: string;
}

const MARKS = /\p{M}+/gu;
/** Words that folding leaves as they are once lower-cased: ASCII and Cyrillic without й, ё. */
const PLAIN = /^[A-Za-z0-9\u0410-\u0418\u041A-\u0438\u043A-\u044F]*$/u;

/**
 * Folds one word: no diacritics, lower case, ё→е (NFKD turns ё into е + a mark).
 * @param word a word
 * @returns its lookup key
 */
export function foldWord(word: string): string {
  // Fast path: most words need no Unicode normalisation, which is the costly part of a scan.
  if (PLAIN.test(word)) return word.toLowerCase();
  let key = foldCache.get(word);
  if (key === undefined) {
    key = word.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
    // Readouts repeat their words; the cache is bounded so a long-running server cannot grow it forever.
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(word, key);
  }
  return key;
}

/** Folded forms of the words that needed normalising, by raw word. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/**
 * Splits a text into word tokens. A hand-written scanner rather than a regex: tokenising is most
 * of the cost of a gazetteer scan, and the extractor must stay near plain-tokenizer speed.
 * @param text any text
 * @returns its tokens in order
 */
export function tokenize(text: string): Token[] {
  const { count, starts, ends, plain } = scanWords(text);
  const out: Token[] = [];
  for (let i = 0; i < count; i += 1) {
    const raw = text.slice(starts[i], ends[i]);
    out.push({ start: starts[i]!, end: ends[i]!, raw, key: plain[i] === 1 ? raw.toLowerCase() : foldWord(raw) });
  }
  return out;
}

const DASHES = /\s*[-‐‑‒–—―]\s*/gu;
const APOSTROPHES = /[’ʼ`´‘]/gu;
const SPACES = /\s+/gu;

/**
 * The comparable shape of the text between two words: a run of spaces and a dash (with or
 * without spaces) are the same separator, so "Guinea-Bissau", "Guinea Bissau" and
 * "Папуа — Новая Гвинея" all match their entry; apostrophes of any kind are one; dots stay
 * significant so "U.S." needs its dots.
 * @param gap the characters between two tokens
 * @returns its normalised shape
 */
export function gapShape(gap: string): string {
  return gap.replace(APOSTROPHES, "'").replace(DASHES, ' ').replace(SPACES, ' ');
}

/** True when a gap is a dash joining two words (a compound such as "U.S.-Tanzania"). */
export function isDashGap(gap: string): boolean {
  return /^\s*[-‐‑‒–—―]\s*$/u.test(gap) && !/\n/u.test(gap);
}

/** How strictly a token of a name must match its text in case. */
export type CaseRule = 'any' | 'initial' | 'upper';

/**
 * The case rule a word of a name imposes: acronyms and single capitals ("US", "U", "США") must be
 * upper case in the text, capitalised words must start with a capital, lower-case words are free.
 * @param raw the word as written in the gazetteer
 * @returns its rule
 */
export function caseRuleOf(raw: string): CaseRule {
  const first = raw.charAt(0);
  if (first === first.toLowerCase()) return 'any';
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase() && (letters.length <= 5 || letters.length === 1)) return 'upper';
  return 'initial';
}

/**
 * Whether a text word satisfies a case rule.
 * @param raw the word as it appears in the text
 * @param rule the rule of the gazetteer word
 * @returns true when the case fits
 */
export function caseFits(raw: string, rule: CaseRule): boolean {
  if (rule === 'any') return true;
  if (rule === 'upper') return raw === raw.toUpperCase();
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}
