import { foldedWords } from '../../core/text/index.js';

/** The fields of a participant the scorer reads (gold and Extraction both fit). */
export interface ScoredParticipant {
  name: string;
  country: string | null;
}

/**
 * Whether two names denote the same person by the corpus rule: the folded names are equal, or
 * they share the last word and one name's words are all in the other's ("Putin" ~ "Vladimir
 * Putin", "Antony Blinken" ~ "Antony J. Blinken").
 * @param a a name
 * @param b another name
 * @returns true when the names match
 */
export function namesMatch(a: string, b: string): boolean {
  const wa = foldedWords(a);
  const wb = foldedWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const sa = new Set(wa);
  const sb = new Set(wb);
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w));
}

/**
 * The similarity of a gold and a predicted participant, or null when they cannot match (names
 * differ by the rule, or the countries differ; a gold country of null matches any).
 *
 * Greedy order (a choice FORMAT.md leaves open): an exact folded name beats a partial one; among
 * partial matches, the larger share of common words wins, so "Vladimir Putin" takes the gold
 * "Vladimir Putin" before a bare "Putin" does.
 * @param gold the gold participant
 * @param predicted the predicted participant
 * @returns 2 for equal folded names, else the word-set Jaccard (in (0, 1)), or null
 */
export function participantSimilarity(gold: ScoredParticipant, predicted: ScoredParticipant): number | null {
  if (gold.country !== null && gold.country !== predicted.country) return null;
  if (!namesMatch(gold.name, predicted.name)) return null;
  const wg = new Set(foldedWords(gold.name));
  const wp = new Set(foldedWords(predicted.name));
  const shared = [...wg].filter((w) => wp.has(w)).length;
  const jaccard = shared / (wg.size + wp.size - shared);
  return jaccard === 1 ? 2 : jaccard;
}
