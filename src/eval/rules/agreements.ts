import { TITLE_MATCH_THRESHOLD, titleSimilarity, titleWords } from '../../core/text/index.js';

/** The fields of an agreement the scorer reads (gold and Extraction both fit). */
export interface ScoredAgreement {
  title: string;
  parties: readonly string[];
  level: string;
}

/** Documents with at least this many gold agreements get the boilerplate rule. */
const BOILERPLATE_MIN_AGREEMENTS = 3;
/** A content word in at least this share of a document's gold titles is boilerplate. */
const BOILERPLATE_SHARE = 0.6;
/** The prediction must hold at least this share of the gold title's non-boilerplate words. */
const REQUIRED_OTHER_WORDS = 0.5;

/**
 * The boilerplate words of a document's gold agreements ("agreement", "cooperation", "government"
 * in a list of signed documents): content words found in at least 60% of the gold titles, when
 * there are three or more. Empty otherwise.
 * @param goldTitles the titles of the document's gold agreements
 * @returns the boilerplate words, folded
 */
export function boilerplateWords(goldTitles: readonly string[]): Set<string> {
  if (goldTitles.length < BOILERPLATE_MIN_AGREEMENTS) return new Set();
  const counts = new Map<string, number>();
  for (const title of goldTitles) for (const w of titleWords(title)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= BOILERPLATE_SHARE * goldTitles.length).map(([w]) => w));
}

/**
 * The similarity of a gold and a predicted agreement, or null when they cannot match: title
 * similarity under 0.6, or (boilerplate rule) the prediction holds fewer than half of the gold
 * title's words that are not boilerplate.
 * @param gold the gold agreement
 * @param predicted the predicted agreement
 * @param boilerplate the document's boilerplate words (see `boilerplateWords`)
 * @returns the title similarity, or null
 */
export function agreementSimilarity(gold: ScoredAgreement, predicted: ScoredAgreement, boilerplate: ReadonlySet<string>): number | null {
  const similarity = titleSimilarity(gold.title, predicted.title);
  if (similarity < TITLE_MATCH_THRESHOLD) return null;
  if (boilerplate.size > 0) {
    const predictedWords = titleWords(predicted.title);
    const other = [...titleWords(gold.title)].filter((w) => !boilerplate.has(w));
    const held = other.filter((w) => predictedWords.has(w)).length;
    if (held < REQUIRED_OTHER_WORDS * other.length) return null;
  }
  return similarity;
}

/**
 * Whether two party lists name the same states (order and repeats ignored).
 * @param gold gold parties
 * @param predicted predicted parties
 * @returns true when the sets are equal
 */
export function samePartySet(gold: readonly string[], predicted: readonly string[]): boolean {
  const g = new Set(gold.map((c) => c.toUpperCase()));
  const p = new Set(predicted.map((c) => c.toUpperCase()));
  return g.size === p.size && [...g].every((c) => p.has(c));
}
