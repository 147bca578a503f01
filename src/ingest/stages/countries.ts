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
  return findInGazetteer(text, lang).filter((m) => !isCurrency(text, m.start, m.end)).map((m) => ({
    code: m.code, start: m.start, end: m.end, text: m.text,
    form: m.form === 'adjective' || m.form === 'demonym' || m.form === 'compound' ? 'adjective' : 'name',
  }));
}

/** Currency units that a country's name or adjective qualifies. */
const CURRENCY = 'dollars?|cents?|rupees?|yuan|yen|rand|naira|shillings?|pesos?|ringgits?|pounds? sterling|lira|liras';
const CURRENCY_AFTER = new RegExp(`^\\s+(?:${CURRENCY})(?![\\p{L}])`, 'iu');
const CURRENCY_BEFORE = /(?:^|[^\p{L}])(?:dollars?|roupies?|yuans?|доллар\p{L}*|рупи\p{L}*|юан\p{L}*|иен\p{L}*)\s+$/iu;

/**
 * A country that only qualifies a currency ("15 billion US dollars", "Australian dollars",
 * "dollars américains", "долларов США") names a unit of account, not a state that takes part.
 */
function isCurrency(text: string, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(text.slice(end, end + 24)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
