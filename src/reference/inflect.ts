import type { Language } from '../contracts/index.js';
import { enDemonymForms } from './enDemonym.js';
import { frAdjectiveForms, frDemonymForms } from './frAdjective.js';
import { declineRuAdjective } from './ruAdjective.js';
import { ruCaseForms } from './ruDeclension.js';

/**
 * The inflected forms of a gazetteer phrase, per language and kind: Russian case forms, French
 * adjective agreement and English plurals are generated here instead of hand-listed.
 */

/** Which list a phrase belongs to; names and adjectives inflect differently. */
export type PhraseKind = 'name' | 'adjective' | 'demonym';

/**
 * All forms of a phrase, the given one first.
 * @param phrase a nominative / masculine singular phrase (French irregulars as "turc|turque")
 * @param lang its language
 * @param kind name, adjective or demonym
 * @returns distinct forms
 */
export function inflect(phrase: string, lang: Language, kind: PhraseKind): string[] {
  if (lang === 'ru') {
    if (kind === 'name') return ruCaseForms(phrase);
    if (kind === 'adjective') return declineRuAdjective(phrase);
    return [phrase];
  }
  if (lang === 'fr') {
    if (kind === 'adjective') return frAdjectiveForms(phrase);
    if (kind === 'demonym') return frDemonymForms(phrase);
    return [phrase];
  }
  if (kind === 'demonym') return enDemonymForms(phrase);
  return [phrase];
}
