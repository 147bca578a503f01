/**
 * A short piece of a source's text around the first match, cut from the original text (with its
 * case, accents, ё and й) although matching ran on folded text. FTS5's snippet() and
 * ts_headline() would only see the folded index text, so the cut is made here, the same way on
 * both databases.
 */
import { fold } from '../core/text/fold.js';

const DEFAULT_WIDTH = 200;
/** Share of the snippet shown before the match. */
const LEAD_SHARE = 0.3;

/** One character folded as fold() folds it in context: punctuation and spaces become one space. */
function foldChar(ch: string): string {
  const folded = fold(ch);
  return folded === '' ? ' ' : folded;
}

/** The folded text with, for each folded character, the offset of the original one it came from. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    for (const f of foldChar(ch)) {
      folded += f;
      offsets.push(i);
    }
    i += ch.length;
  }
  return { folded, offsets };
}

/**
 * Cuts a snippet around the earliest occurrence of any of the words.
 * @param text original text
 * @param words folded query words
 * @param width longest snippet, in characters
 * @returns whitespace-collapsed text, with "…" where it was cut; the start of the text when no word occurs
 */
export function snippetAround(text: string, words: string[], width = DEFAULT_WIDTH): string {
  const { folded, offsets } = foldWithOffsets(text);
  let at = -1;
  for (const word of words.map(fold)) {
    const found = word === '' ? -1 : folded.indexOf(word);
    if (found !== -1 && (at === -1 || found < at)) at = found;
  }
  const origin = at === -1 ? 0 : (offsets[at] ?? 0);
  let start = Math.max(0, origin - Math.floor(width * LEAD_SHARE));
  let end = Math.min(text.length, start + width);
  // Do not cut inside a word at either edge.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < origin) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > origin) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
