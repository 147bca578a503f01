import type { Country, CountryNames, Language } from '../contracts/index.js';
import { inflect } from './inflect.js';
import { cleanIsoName, isoCodes, isoCodesOf, isoNames } from './isoNames.js';
import { namesData } from './namesData.js';
import { capitalOf } from './placesData.js';

/**
 * Builds the Country records: base names from i18n-iso-countries, enriched with the project's
 * data files (formal names, adjectives, demonyms) and their generated inflections.
 */

export const LANGUAGES: readonly Language[] = ['en', 'fr', 'ru'];

function uniq(list: string[], exclude: Set<string> = new Set()): string[] {
  const out: string[] = [];
  for (const s of list) {
    if (s && !exclude.has(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

function namesIn(code: string, lang: Language, iso: Map<string, string[]>): CountryNames {
  const extra = namesData(lang).countries[code] ?? {};
  const base = uniq((iso.get(code) ?? []).map((n) => cleanIsoName(n) ?? '').filter(Boolean));
  // Names the package gives only in inverted form ('Bonaire, Sint Eustatius and Saba') still display.
  const short = extra.short ?? base[0] ?? iso.get(code)?.[0] ?? code;
  // Where the data gives no formal name the official name is the short one ("Canada", "Japan").
  const formalBase = uniq(extra.formal ?? [short]);
  const formal = uniq(formalBase.flatMap((n) => inflect(n, lang, 'name')));
  const taken = new Set([short, ...formal]);
  const other = uniq([short, ...base, ...(extra.other ?? [])].flatMap((n) => inflect(n, lang, 'name')), taken);
  const adjectives = uniq((extra.adjectives ?? []).flatMap((a) => inflect(a, lang, 'adjective')));
  // English and French demonyms default to the adjective ("Malian", "les Maliens"); Russian ones
  // ("малиец") are irregular and listed only where the data gives them.
  const demonymBase = extra.demonyms ?? (lang === 'ru' ? [] : extra.adjectives ?? []);
  const demonyms = uniq(demonymBase.flatMap((d) => inflect(d, lang, 'demonym')));
  return { short, formal, other, adjectives, demonyms };
}

let built: Country[] | undefined;

/**
 * Every ISO 3166-1 country with its names in en/fr/ru (built once, lazily).
 * @returns countries sorted by alpha-2 code
 */
export function buildCountries(): Country[] {
  if (built) return built;
  const iso = { en: isoNames('en'), fr: isoNames('fr'), ru: isoNames('ru') };
  const out: Country[] = [];
  for (const code of isoCodes()) {
    const codes = isoCodesOf(code);
    if (!codes) continue;
    out.push({
      code,
      alpha3: codes.alpha3,
      numeric: codes.numeric,
      names: { en: namesIn(code, 'en', iso.en), fr: namesIn(code, 'fr', iso.fr), ru: namesIn(code, 'ru', iso.ru) },
      capital: capitalOf(code),
    });
  }
  built = out;
  return out;
}
