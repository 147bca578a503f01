/**
 * One-to-one greedy matching, as every item field of the corpus scoring rules uses it.
 *
 * Choice where FORMAT.md leaves one: candidate pairs are taken by descending similarity; equal
 * similarities are taken in gold order, then prediction order (the order of the files). A pair is a
 * candidate only when the field's rule says it matches (similarity not null).
 */

/** A matched pair: indexes into the gold and the predicted lists. */
export interface MatchedPair {
  gold: number;
  predicted: number;
  similarity: number;
}

/** The outcome of matching one field of one document. */
export interface Matching {
  pairs: MatchedPair[];
  /** Indexes of gold items no prediction matched (false negatives). */
  missed: number[];
  /** Indexes of predictions that matched no gold item (false positives). */
  spurious: number[];
}

/**
 * Matches gold items to predictions one-to-one, best pairs first.
 * @param gold the gold items
 * @param predicted the predicted items
 * @param similarity a pair's similarity when the rule lets it match, else null
 * @returns matched pairs (in the order taken), unmatched gold and unmatched predictions
 */
export function greedyMatch<G, P>(gold: readonly G[], predicted: readonly P[], similarity: (g: G, p: P) => number | null): Matching {
  const candidates: MatchedPair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const s = similarity(g, p);
      if (s !== null) candidates.push({ gold: gi, predicted: pi, similarity: s });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.gold - b.gold || a.predicted - b.predicted);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predTaken.has(c.predicted)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.predicted);
    pairs.push(c);
  }
  return {
    pairs,
    missed: gold.map((_, i) => i).filter((i) => !goldTaken.has(i)),
    spurious: predicted.map((_, i) => i).filter((i) => !predTaken.has(i)),
  };
}
