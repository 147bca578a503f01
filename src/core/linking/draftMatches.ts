import type { DraftMatch, Extraction } from '../../contracts/index.js';
import type { StoreTx } from '../ports.js';
import { matchBody } from './bodies.js';
import { matchEngagement } from './engagements.js';
import { matchInstrument } from './instruments.js';
import { matchPerson } from './people.js';

/**
 * For every item of an extraction, the existing records it would link to, best first.
 * @param tx open transaction (or the store's reader)
 * @param extraction the draft's content
 * @returns matches by item key; items with no candidate are absent
 */
export async function findDraftMatches(tx: StoreTx, extraction: Extraction): Promise<Record<string, DraftMatch[]>> {
  const matches: Record<string, DraftMatch[]> = {};
  const put = (key: string, found: DraftMatch[]) => {
    if (found.length > 0) matches[key] = found.slice(0, 5);
  };
  for (const p of extraction.participants) put(p.key, await matchPerson(tx, p));
  for (const a of extraction.agreements) put(a.key, await matchInstrument(tx, { title: a.title, parties: a.parties.length > 0 ? a.parties : extraction.countries }));
  for (const b of extraction.bodies) put(b.key, await matchBody(tx, b));
  for (const e of extraction.engagements) {
    put(e.key, await matchEngagement(tx, { type: e.type, date: e.date, countries: e.countries.length > 0 ? e.countries : extraction.countries }));
  }
  return matches;
}
