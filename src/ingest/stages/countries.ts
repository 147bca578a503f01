import type { Language } from '../../contracts/index.js';
import { findCountryMentions as findInGazetteer } from '../../reference/countries.js';
import { isSpaceUnit } from './matcher.js';

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
  return (mayOpenCurrency(text, end) && CURRENCY_AFTER.test(text.slice(end, end + 24)))
    || (mayCloseCurrency(text, start) && CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 24), start)));
}

/**
 * A cheap necessary condition of CURRENCY_AFTER: spaces, then a letter a unit can start with
 * (any letter beyond ASCII is let through, case folding included).
 */
function mayOpenCurrency(text: string, end: number): boolean {
  if (!isSpaceUnit(text.charCodeAt(end))) return false;
  let i = end + 1;
  while (i < end + 24 && isSpaceUnit(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 0x20;
  return c > 0x7f || c === 0x64 || c === 0x63 || c === 0x72 || c === 0x79 || c === 0x6e || c === 0x73 || c === 0x70 || c === 0x6c;
}

/**
 * A cheap necessary condition of CURRENCY_BEFORE: spaces before the mention, and before them a
 * letter a unit can end with (r, s, e, n), or some unit beyond ASCII (Russian units take any ending).
 */
function mayCloseCurrency(text: string, start: number): boolean {
  if (start === 0 || !isSpaceUnit(text.charCodeAt(start - 1))) return false;
  let i = start - 2;
  while (i >= 0 && i >= start - 24 && isSpaceUnit(text.charCodeAt(i))) i--;
  if (i < 0 || i < start - 24) return false;
  const c = text.charCodeAt(i) | 0x20;
  if (c > 0x7f || c === 0x72 || c === 0x73 || c === 0x65 || c === 0x6e) return true;
  // A Russian stem may take any ending: then some unit before it is beyond ASCII.
  for (let k = Math.max(0, start - 24); k < i; k++) if (text.charCodeAt(k) > 0x7f) return true;
  return false;
}
