import { foldedWords } from './fold.js';
import { sequenceRatio } from './sequenceRatio.js';

/**
 * Word and title similarity of the corpus scoring rules (fixtures/corpus/FORMAT.md, agreements).
 */

/** Short function words left out when titles are compared, in folded form (en, fr, ru). */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'on', 'in', 'a', 'an', 'to', 'for', 'between',
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'en', 'sur', 'l', 'd',
  'об', 'о', 'и', 'в', 'на', 'между', 'по', 'с', 'для',
]);

/** The least title similarity at which two agreements can match. */
export const TITLE_MATCH_THRESHOLD = 0.6;

/**
 * The distinct folded words of a title, function words left out.
 * @param title any title
 * @returns the set of its content words
 */
export function titleWords(title: string): Set<string> {
  return new Set(foldedWords(title).filter((w) => !TITLE_FUNCTION_WORDS.has(w)));
}

/**
 * Jaccard index of two word sets: |A∩B| / |A∪B|; 0 when both are empty.
 * @param a first set
 * @param b second set
 * @returns a value in [0, 1]
 */
export function setJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Word-set Jaccard of two texts, compared folded (all words kept).
 * @param a first text
 * @param b second text
 * @returns a value in [0, 1]
 */
export function wordJaccard(a: string, b: string): number {
  return setJaccard(new Set(foldedWords(a)), new Set(foldedWords(b)));
}

/**
 * Shared words over the smaller set's size; 0 when either is empty.
 * @param a first set
 * @param b second set
 * @returns a value in [0, 1]
 */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}

/**
 * Title similarity of the scoring rules: the largest of the content-word Jaccard, the character
 * sequence ratio and 0.85 × the content-word overlap over the shorter title.
 *
 * Choice where FORMAT.md is open: function words are left out of the *word* measures; the
 * character sequence ratio is taken on the whole folded titles (gold first, as difflib's `a`),
 * since it compares characters, not words.
 * @param gold the gold title (difflib's `a`)
 * @param predicted the predicted title (difflib's `b`)
 * @returns a value in [0, 1]
 */
export function titleSimilarity(gold: string, predicted: string): number {
  const gw = titleWords(gold);
  const pw = titleWords(predicted);
  return Math.max(setJaccard(gw, pw), sequenceRatio(foldedJoin(gold), foldedJoin(predicted)), 0.85 * overlapCoefficient(gw, pw));
}

function foldedJoin(s: string): string {
  return foldedWords(s).join(' ');
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
