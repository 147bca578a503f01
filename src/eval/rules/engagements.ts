/** The fields of an engagement the scorer reads (gold and Extraction both fit). */
export interface ScoredEngagement {
  type: string;
  date: string | null;
}

/**
 * Whether a predicted date agrees with a gold date: equal, or more precise within it ("2022-07-07"
 * within "2022-07" or "2022"). A gold date of null agrees with any prediction, a predicted null
 * only with a null gold date. A date without a year ("--07-07") is never within a dated gold.
 * @param gold the gold date
 * @param predicted the predicted date
 * @returns true when the dates agree
 */
export function datesAgree(gold: string | null, predicted: string | null): boolean {
  if (gold === null) return true;
  if (predicted === null) return false;
  return predicted === gold || (predicted.startsWith(gold) && predicted[gold.length] === '-');
}

/**
 * The similarity of a gold and a predicted engagement, or null when the dates do not agree.
 *
 * Greedy order (a choice FORMAT.md leaves open): an equal date (3) beats a more precise one (2),
 * which beats a match only through a null gold date (1); among equals, a pair of the same type
 * goes first (+0.5), so a readout of a visit and a call on the same day pairs call with call.
 * @param gold the gold engagement
 * @param predicted the predicted engagement
 * @returns the similarity, or null
 */
export function engagementSimilarity(gold: ScoredEngagement, predicted: ScoredEngagement): number | null {
  if (!datesAgree(gold.date, predicted.date)) return null;
  const dateScore = gold.date === null ? 1 : predicted.date === gold.date ? 3 : 2;
  return dateScore + (gold.type === predicted.type ? 0.5 : 0);
}
