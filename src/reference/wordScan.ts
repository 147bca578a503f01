/**
 * The word scanner under every gazetteer lookup: spans of the maximal runs of letters, digits and
 * combining marks, found by a hand-written loop over char codes (no regex, no strings built).
 */

/** Spans of the words of a text, in typed arrays; entries past `count` are unused. */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when lower-casing alone folds the word (ASCII and Cyrillic without й, ё), else 0. */
  plain: Uint8Array;
  /** {@link keySignature} of each plain word's folded key, read off the text; 0 for the others. */
  sigs: Uint16Array;
  /**
   * Where words start as the phrase matchers count them (runs of letters and numbers, plus each
   * « and "; see wordStarts in src/ingest/stages/matcher.ts), read in the same pass; null when the
   * text holds a combining mark or U+0482, where the two readings of a word differ.
   */
  matchStarts: number[] | null;
}

/** Size of the signature space of {@link keySignature}. */
export const SIG_SIZE = 1 << 16;

/**
 * A hash of a folded key from its length and first and last two units, computed without building
 * a string. Absent units (keys of one unit) count as 0.
 * @param key a folded key
 * @returns its signature, below {@link SIG_SIZE}
 */
export function keySignature(key: string): number {
  const n = key.length;
  return signatureOf(key.charCodeAt(0), key.charCodeAt(1) || 0, key.charCodeAt(n - 1), key.charCodeAt(n - 2) || 0, n);
}

function signatureOf(a: number, b: number, y: number, z: number, n: number): number {
  return ((((a * 31 + b) * 31 + y) * 31 + z) * 31 + n) & (SIG_SIZE - 1);
}

/** Lower case of an ASCII or basic Cyrillic unit (the only units of a plain word). */
function lowerPlain(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) ? c + 32 : c;
}

/**
 * Finds the words of a text.
 * @param text any text
 * @returns their spans in order
 */
export function scanWords(text: string): WordSpans {
  const n = text.length;
  // A word takes at least one unit and is followed by a non-word unit: at most ⌈n/2⌉ words.
  const max = (n >> 1) + 1;
  const starts = new Int32Array(max);
  const ends = new Int32Array(max);
  const plain = new Uint8Array(max);
  const sigs = new Uint16Array(max);
  const matchStarts: number[] = [];
  let isMatchable = true;
  let count = 0;
  let i = 0;
  while (i < n) {
    let cp = codeAt(text, i, n);
    if (!isWordCode(cp)) {
      if (cp === 0xab || cp === 0x22) matchStarts.push(i);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (isMatchable && cp >= 0x80 && isMarkLike(cp)) isMatchable = false;
    matchStarts.push(i);
    const start = i;
    let isPlain = true;
    while (i < n) {
      cp = text.charCodeAt(i);
      // Lower-case ASCII and Cyrillic letters other than й, most of any text, are plain word units.
      if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x430 && cp <= 0x44f && cp !== 0x439)) {
        i += 1;
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdbff) cp = codeAt(text, i, n);
      if (!isWordCode(cp)) break;
      if (isMatchable && cp >= 0x80 && isMarkLike(cp)) isMatchable = false;
      if (isPlain && !isPlainCode(cp)) isPlain = false;
      i += cp > 0xffff ? 2 : 1;
    }
    starts[count] = start;
    ends[count] = i;
    if (isPlain) {
      // The signature of the lower-cased word, from its units: no string is built for it.
      const len = i - start;
      const a = lowerPlain(text.charCodeAt(start));
      const b = len > 1 ? lowerPlain(text.charCodeAt(start + 1)) : 0;
      const y = lowerPlain(text.charCodeAt(i - 1));
      const z = len > 1 ? lowerPlain(text.charCodeAt(i - 2)) : 0;
      plain[count] = 1;
      sigs[count] = signatureOf(a, b, y, z, len);
    }
    count += 1;
  }
  return { count, starts, ends, plain, sigs, matchStarts: isMatchable ? matchStarts : null };
}

/** Marks of each unit of the Basic Multilingual Plane, filled on first sight: 0 unknown, 1 mark, 2 not. */
/**
 * A test of one code point against a one-character class, memoised for the Basic Multilingual
 * Plane (0 unknown, 1 in, 2 out) so a regex runs once per distinct code point.
 */
export function memoCodeClass(re: RegExp): (cp: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return re.test(String.fromCodePoint(cp));
    let known = table[cp]!;
    if (known === 0) {
      known = re.test(String.fromCharCode(cp)) ? 1 : 2;
      table[cp] = known;
    }
    return known === 1;
  };
}

const isMark = memoCodeClass(/^\p{M}$/u);

/**
 * Whether a word code point is read differently by the phrase matchers: a combining mark (\p{M},
 * part of a word here, a word break there) or U+0482 (a symbol the Cyrillic block counts as a word unit here).
 */
function isMarkLike(cp: number): boolean {
  return cp === 0x482 || isMark(cp);
}

const isWordClass = memoCodeClass(/^[\p{L}\p{N}\p{M}]$/u);

/** Whether a code point is part of a word, with fast paths for ASCII and Cyrillic and a table for the rest. */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp >= 0x400 && cp <= 0x4ff) return true;
  return isWordClass(cp);
}

/** Whether lower-casing alone folds this code point (ASCII, Cyrillic other than й, ё). */
function isPlainCode(cp: number): boolean {
  return cp < 0x80 || (cp >= 0x410 && cp <= 0x44f && cp !== 0x419 && cp !== 0x439);
}

/** The code point at i, reading a surrogate pair only where one starts (charCodeAt is the fast path). */
function codeAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < n ? text.codePointAt(i)! : c;
}
