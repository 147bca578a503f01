import { createRequire } from 'node:module';
import type { Language } from '../../contracts/index.js';
import { COUNTRY_FORMS } from '../lexicon/countryForms.js';
import { PhraseMatcher, escapeRe, wordStarts } from './matcher.js';

/**
 * Stage: country mentions. Same signature as `findCountryMentions` in src/reference/countries.ts
 * (being written elsewhere); until it lands this reads the ISO names of i18n-iso-countries plus the
 * adjectives and inflected stems of lexicon/countryForms.ts. Russian names decline, so their stems
 * take any short ending ("Таджикистана", "России", "Республики Мали").
 */

export interface CountryMention { code: string; start: number; end: number; text: string; form: 'name' | 'adjective' }

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
for (const l of ['en', 'fr', 'ru']) isoCountries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

/** Names that are also common words or given names in running text. */
const SKIP_NAMES = new Set(['Jordan', 'Chad', 'Georgia', 'Niger', 'Guinea', 'Turkey', 'Iran', 'Mali', 'Oman', 'Congo', 'Dominica', 'Man', 'Jersey']);
const SKIP_RU = new Set(['Мали', 'Того', 'Чад', 'Куба', 'Гана']);

/** Russian stem of a declinable word: drop the nominative ending, allow any short case ending. */
function ruStem(word: string): string {
  if (/[оиуеюэ]$/i.test(word) || /^[\p{Lu}]+$/u.test(word)) return escapeRe(word); // indeclinable: Мали, Конго, США
  if (/(ия|ая|ое|ые|ий|ый|ой)$/.test(word)) return `${escapeRe(word.slice(0, -2))}\\p{L}{1,3}`;
  if (/[аяйь]$/.test(word)) return `${escapeRe(word.slice(0, -1))}\\p{L}{1,3}`;
  return `${escapeRe(word)}\\p{L}{0,3}`;
}

const cache = new Map<Language, PhraseMatcher<{ code: string; form: CountryMention['form'] }>[]>();

function matchers(lang: Language) {
  const hit = cache.get(lang);
  if (hit) return hit;
  type V = { code: string; form: CountryMention['form'] };
  const cased: { pattern: string; value: V }[] = [];
  const blind: { pattern: string; value: V }[] = [];
  const names = isoCountries.getNames(lang, { select: 'all' });
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      if (name.includes(',') || name.length < 3 || SKIP_NAMES.has(name) || SKIP_RU.has(name)) continue;
      const pattern = lang === 'ru' ? name.split(/\s+/).map(ruStem).join('\\s+') : escapeRe(name);
      cased.push({ pattern, value: { code, form: 'name' } });
    }
  }
  for (const entry of COUNTRY_FORMS) {
    for (const form of entry[lang]) {
      const isCapital = /^\p{Lu}/u.test(form);
      const pattern = lang === 'ru' && !/\\p\{L\}\*?$/.test(form) && !/^[\p{Lu}]+$/u.test(form) && !/[оиуеюэ]$/.test(form) ? `${form}\\p{L}{0,4}` : form;
      (isCapital ? cased : blind).push({ pattern, value: { code: entry.code, form: isCapital ? 'name' : 'adjective' } });
    }
  }
  const res = [new PhraseMatcher(cased, ''), new PhraseMatcher(blind, 'i')];
  cache.set(lang, res);
  return res;
}

/**
 * Find the countries a text names, by name, short form or adjective.
 * @param text the readout
 * @param lang its language
 * @returns mentions in text order, never overlapping
 */
export function findCountryMentions(text: string, lang: Language): CountryMention[] {
  const starts = wordStarts(text);
  const all = matchers(lang).flatMap((m) => m.findAll(text, starts));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CountryMention[] = [];
  let after = -1;
  for (const m of all) {
    if (m.start < after) continue;
    out.push({ code: m.value.code, start: m.start, end: m.end, text: m.text, form: m.value.form });
    after = m.end;
  }
  return out;
}
