import type { DraftMatch } from '../../contracts/index.js';
import { fold, sequenceRatio } from '../text/index.js';
import type { StoreTx } from '../ports.js';

/**
 * Existing bodies an extracted one could be: the same countries and the same or a very close name.
 * @returns matches, best first
 */
export async function matchBody(tx: StoreTx, body: { name: string; countries: string[] }): Promise<DraftMatch[]> {
  if (body.countries.length === 0) return [];
  const folded = fold(body.name);
  const candidates = await tx.list('body', { countries: body.countries, limit: 500 });
  return candidates
    .map((b) => ({ recordKind: 'body' as const, recordId: b.id, label: b.name, score: fold(b.name) === folded ? 1 : sequenceRatio(fold(b.name), folded) }))
    .filter((m) => m.score >= 0.85)
    .sort((a, b) => b.score - a.score);
}
