import type { Language } from '../contracts/index.js';

/**
 * The inflected forms of a gazetteer phrase, per language and kind: the hook where Russian case
 * forms, French adjective agreement and English plurals are generated instead of hand-listed.
 */

/** Which list a phrase belongs to; names and adjectives inflect differently. */
export type PhraseKind = 'name' | 'adjective' | 'demonym';

/**
 * All forms of a phrase, the given one first.
 * @param phrase a nominative / masculine singular phrase
 * @param lang its language
 * @param kind name, adjective or demonym
 * @returns distinct forms
 */
export function inflect(phrase: string, lang: Language, kind: PhraseKind): string[] {
  void lang;
  void kind;
  return [phrase];
}
