import type { Language } from '../../contracts/index.js';
import { findCountryMentions as findInGazetteer } from '../../reference/countries.js';

/**
 * Stage: country mentions, read with the project's gazetteer (src/reference/countries.ts: ISO names,
 * formal names, adjectives, demonyms and inflected Russian forms in en/fr/ru). The stages only need
 * to know whether a mention is a name ("Mali", "Республики Мали") or an adjective ("Malian",
 * "российско-"), so the gazetteer's finer forms are folded into those two.
 */

export interface CountryMention { code: string; start: number; end: number; text: string; form: 'name' | 'adjective' }

/**
 * Find the countries a text names, by name, short form or adjective.
 * @param text the readout
 * @param lang its language
 * @returns mentions in text order, never overlapping
 */
export function findCountryMentions(text: string, lang: Language): CountryMention[] {
  return findInGazetteer(text, lang).map((m) => ({
    code: m.code, start: m.start, end: m.end, text: m.text,
    form: m.form === 'adjective' || m.form === 'demonym' || m.form === 'compound' ? 'adjective' : 'name',
  }));
}
