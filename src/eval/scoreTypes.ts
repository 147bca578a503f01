/** Shapes of scores: counts per field, accuracies among matches, and per-document details. */

/** Fields scored by precision, recall and F1. */
export const PRF_FIELDS = ['countries', 'sectors', 'participants', 'agreements', 'engagements'] as const;
export type PrfField = (typeof PRF_FIELDS)[number];

/** Attributes scored as accuracy among matched pairs. */
export const ACCURACY_FIELDS = ['agreements.level', 'agreements.parties', 'engagements.type'] as const;
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface AccuracyCounts {
  correct: number;
  total: number;
}

/** Counts of one document or summed over many. */
export interface Tally {
  prf: Record<PrfField, PrfCounts>;
  accuracy: Record<AccuracyField, AccuracyCounts>;
}

/** One field of one document, for debugging: what matched, what was missed, what was wrong. */
export interface FieldDetail {
  /** Matched pairs as "gold ⇄ predicted", with a note where an attribute differs. */
  matched: string[];
  /** Gold items that no prediction matched (false negatives). */
  missed: string[];
  /** Predictions that matched no gold item (false positives). */
  spurious: string[];
}

/** Precision, recall and F1 of a field, with the counts behind them. */
export interface PrfScore extends PrfCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Accuracy of an attribute among matched pairs; null when nothing matched. */
export interface AccuracyScore extends AccuracyCounts {
  accuracy: number | null;
}

/** Scores derived from a tally. */
export interface ScoreTable {
  prf: Record<PrfField, PrfScore>;
  accuracy: Record<AccuracyField, AccuracyScore>;
}

/** An empty tally. */
export function emptyTally(): Tally {
  const prf = Object.fromEntries(PRF_FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<PrfField, PrfCounts>;
  const accuracy = Object.fromEntries(ACCURACY_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<AccuracyField, AccuracyCounts>;
  return { prf, accuracy };
}

/**
 * Adds one tally into another (micro-averaging sums counts before dividing).
 * @param into the running total, changed in place
 * @param add the tally to add
 */
export function addTally(into: Tally, add: Tally): void {
  for (const f of PRF_FIELDS) {
    into.prf[f].tp += add.prf[f].tp;
    into.prf[f].fp += add.prf[f].fp;
    into.prf[f].fn += add.prf[f].fn;
  }
  for (const f of ACCURACY_FIELDS) {
    into.accuracy[f].correct += add.accuracy[f].correct;
    into.accuracy[f].total += add.accuracy[f].total;
  }
}

/**
 * Precision, recall and F1 from counts. Where a ratio is 0/0 (nothing predicted, or nothing to
 * find) it is 1 if the other side is empty too — nothing to find and nothing claimed is perfect —
 * and 0 otherwise.
 * @param c the counts
 * @returns the scores with the counts
 */
export function prfScore(c: PrfCounts): PrfScore {
  const empty = c.tp + c.fp + c.fn === 0;
  const precision = c.tp + c.fp === 0 ? (empty ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (empty ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/**
 * The scores of a tally.
 * @param t the tally
 * @returns precision, recall and F1 per field and accuracy per attribute
 */
export function scoreTable(t: Tally): ScoreTable {
  const prf = Object.fromEntries(PRF_FIELDS.map((f) => [f, prfScore(t.prf[f])])) as Record<PrfField, PrfScore>;
  const accuracy = Object.fromEntries(
    ACCURACY_FIELDS.map((f) => [f, { ...t.accuracy[f], accuracy: t.accuracy[f].total === 0 ? null : t.accuracy[f].correct / t.accuracy[f].total }]),
  ) as Record<AccuracyField, AccuracyScore>;
  return { prf, accuracy };
}
