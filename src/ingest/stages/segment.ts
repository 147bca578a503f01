/**
 * Stage 1: paragraphs and sentences with their offsets. Readouts break lines between paragraphs
 * and list items, so a line break always ends a sentence; inside a line a sentence ends at . ! ? …
 * followed by a space and a capital, unless the period closes an abbreviation or an initial.
 */

export interface Segment { start: number; end: number; text: string }
export interface Sentence extends Segment { paragraph: number; index: number }
export interface Segmented { paragraphs: Segment[]; sentences: Sentence[] }

/** Words that end with a period without ending the sentence (lower case, period left out). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'gov', 'sen', 'rep', 'amb', 'hon', 'no', 'vs', 'inc', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'etc', 'approx',
  'm', 'mme', 'mlle', 'me', 'mgr', 'pr', 'cf', 'art', 'env',
  'г', 'гг', 'т', 'д', 'см', 'им', 'ул', 'тыс', 'млн', 'млрд', 'руб', 'долл', 'проф', 'акад', 'т.е', 'т.д', 'т.п', 'с.г', 'н.э',
]);

const SENTENCE_END = /[.!?…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\p{N}])/gu;

/** Split a text into paragraphs (blank lines) and sentences (line breaks and end punctuation). */
export function segment(text: string): Segmented {
  const paragraphs: Segment[] = [];
  const sentences: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paraRe.exec(text); p; p = paraRe.exec(text)) {
    if (!p[0].trim()) continue;
    const pIndex = paragraphs.length;
    paragraphs.push({ start: p.index, end: p.index + p[0].length, text: p[0] });
    let lineStart = p.index;
    for (const line of p[0].split('\n')) {
      splitLine(text, lineStart, lineStart + line.length, pIndex, sentences);
      lineStart += line.length + 1;
    }
  }
  return { paragraphs, sentences };
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(line, m.index)) continue;
    push(text, from + start, from + end, paragraph, out);
    start = end;
  }
  push(text, from + start, to, paragraph, out);
}

/** True when the period at `dot` closes an abbreviation or an initial ("Mr.", "U.S.", "В.В."). */
function isAbbreviation(line: string, dot: number): boolean {
  const word = lettersBefore(line, dot);
  if (!word) return false;
  const last = word.split('.').pop() ?? '';
  if (last.length === 1 && /\p{Lu}/u.test(last)) return true; // initial or U.S.
  return ABBREVIATIONS.has(word.toLowerCase()) || ABBREVIATIONS.has(last.toLowerCase());
}

/** Letters (\p{L}) of each UTF-16 unit of the Basic Multilingual Plane, filled on first sight: 0 unknown, 1 letter, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);

function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let known = LETTER_UNITS[c]!;
  if (known === 0) {
    known = /^\p{L}$/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_UNITS[c] = known;
  }
  return known === 1;
}

/**
 * The run of letters and periods that ends at `dot`, at most 12 units long (what
 * /([\p{L}.]+)$/u finds in the 12 units before it), read backwards without a slice or a regex;
 * '' when there is none. A surrogate in the window is left to the regex.
 */
function lettersBefore(line: string, dot: number): string {
  const from = Math.max(0, dot - 12);
  let k = dot;
  while (k > from) {
    const c = line.charCodeAt(k - 1);
    if (c >= 0xd800 && c <= 0xdfff) return /([\p{L}.]+)$/u.exec(line.slice(from, dot))?.[1] ?? '';
    if (c !== 0x2e && !isLetterUnit(c)) break;
    k--;
  }
  return line.slice(k, dot);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph, index: out.length });
}

/** The sentence that holds offset `pos` (binary search; sentences are in text order). */
export function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
