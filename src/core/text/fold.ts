/**
 * Text folding as the corpus scorer does it (fixtures/corpus/FORMAT.md): Unicode NFKD without
 * diacritics, lower case, ё→е, dashes and punctuation as spaces, whitespace collapsed, trimmed.
 *
 * "Without diacritics" is applied literally: every combining mark left by NFKD is dropped, so
 * "é"→"e", "ё"→"е" and also "й"→"и" (NFKD splits й into и + U+0306 breve). Storage, linking and
 * the scorer all import this one function so that two names compare equal in every place or none.
 */

const COMBINING_MARKS = /\p{M}+/gu;
/** Anything that is neither a letter, a digit nor whitespace: punctuation, dashes, symbols, "_". */
const NOT_WORD_OR_SPACE = /[^\p{L}\p{N}\s]+|_+/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Folds text for comparison.
 * @param s any text
 * @returns the folded text: no diacritics, lower case, punctuation as single spaces, trimmed
 */
export function fold(s: string): string {
  // Lower case first, then decompose: "İ".toLowerCase() yields "i" + a combining dot, which the
  // mark removal then drops; decomposing again after lowering keeps the result stable.
  return s
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/ё/gu, 'е')
    .replace(NOT_WORD_OR_SPACE, ' ')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * The words of a folded text.
 * @param s any text (folded here)
 * @returns its words in order, possibly empty
 */
export function foldedWords(s: string): string[] {
  const folded = fold(s);
  return folded === '' ? [] : folded.split(' ');
}
