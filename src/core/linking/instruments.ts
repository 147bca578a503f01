import type { DraftMatch } from '../../contracts/index.js';
import { fold, titleSimilarity } from '../text/index.js';
import type { StoreTx } from '../ports.js';

/** Titles this similar, between the same parties, are taken for the same instrument. */
export const INSTRUMENT_LINK_THRESHOLD = 0.8;

/**
 * Existing instruments an extracted agreement could be: same parties, similar title.
 * @param tx open transaction
 * @param agreement title and parties from the text
 * @returns matches, best first
 */
export async function matchInstrument(tx: StoreTx, agreement: { title: string; parties: string[] }): Promise<DraftMatch[]> {
  if (agreement.parties.length === 0) return [];
  const candidates = await tx.list('instrument', { countries: agreement.parties, limit: 1000 });
  const folded = fold(agreement.title);
  return candidates
    .map((ins) => {
      const titles = [ins.title, ...ins.titles.map((t) => t.text)];
      const score = Math.max(...titles.map((t) => (fold(t) === folded ? 1 : titleSimilarity(agreement.title, t))));
      return { recordKind: 'instrument' as const, recordId: ins.id, label: ins.title, score };
    })
    .filter((m) => m.score >= INSTRUMENT_LINK_THRESHOLD)
    .sort((a, b) => b.score - a.score);
}
