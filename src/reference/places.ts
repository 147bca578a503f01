import type { Language } from '../contracts/index.js';
import { findCountryMentions } from './countries.js';
import { countryLexicon } from './countryLexicon.js';
import { inflect } from './inflect.js';
import { PhraseIndex } from './phraseIndex.js';
import { citiesData, venuesData } from './placesData.js';
import { TokenTable } from './tokenTable.js';
import type { Token } from './tokens.js';
import { perLanguage } from './perLanguage.js';

/**
 * Finds the cities a text names: capitals, diplomatic cities ("Sochi", "в Санкт-Петербурге",
 * "à Genève") and venues that stand for a city ("the Kremlin" → Moscow, "Елисейский дворец" →
 * Paris). Compiled once per language into the same first-token index as the country gazetteer.
 */

export { capitalOf } from './placesData.js';

/** A city named in a text, directly or through a venue. */
export interface PlaceMention {
  /** English canonical name of the city ("Saint Petersburg", "Washington"). */
  city: string;
  countryCode: string;
  start: number;
  end: number;
  text: string;
  kind: 'city' | 'venue';
  /** 'adjective' for "Петербургского саммита": the city is named through its adjective. */
  form: 'name' | 'adjective';
}

interface PlaceRef {
  city: string;
  countryCode: string;
  kind: 'city' | 'venue';
  form: 'name' | 'adjective';
  needsCountry?: string;
  /** A French name read without its article ("Caire" of "Le Caire"): only right after "au"/"du". */
  afterContraction?: boolean;
}

/** "au Caire", "du Cap": le + à/de contract, and the city is written without its article. */
const CONTRACTED = /(?:^|[^\p{L}])(?:au|du)\s+$/iu;

/** Whether a phrase is, in full, a country name of the language ("Алжир", "Djibouti"). */
function isCountryName(phrase: string, code: string, lang: Language): boolean {
  const table = TokenTable.of(phrase);
  const hit = countryLexicon(lang).phrases.matchAt(table, 0);
  return hit !== undefined && hit.endToken === table.length && hit.value.code === code;
}

function forms(name: string, lang: Language): string[] {
  // "=" marks a form given as written (irregular declension such as "Бочаровом Ручье").
  if (name.startsWith('=')) return [name.slice(1)];
  return inflect(name, lang, 'name');
}

function compile(lang: Language): PhraseIndex<PlaceRef> {
  const index = new PhraseIndex<PlaceRef>();
  const ignore = new Set(citiesData().ignore[lang] ?? []);
  // Venues first: "Большой Кремлёвский дворец" and "Kazan Kremlin" must win over their city parts.
  for (const v of venuesData()) {
    const ref: PlaceRef = { city: v.city, countryCode: v.country, kind: 'venue', form: 'name', ...(lang === 'ru' && v.ruNeedsCountry ? { needsCountry: v.ruNeedsCountry } : {}) };
    for (const name of v[lang]) for (const f of forms(name, lang)) index.add(f, ref);
  }
  for (const c of citiesData().cities) {
    for (const name of c[lang]) {
      // A capital spelled like its country ("Алжир", "Djibouti") is read as the country, except
      // for city-states, where the place is certain.
      if (ignore.has(name) || (!c.isCityState && isCountryName(name, c.country, lang))) continue;
      for (const f of forms(name, lang)) index.add(f, { city: c.city, countryCode: c.country, kind: 'city', form: 'name' });
      const bare = lang === 'fr' ? /^Le (\p{Lu}.*)$/u.exec(name)?.[1] : undefined;
      if (bare) index.add(bare, { city: c.city, countryCode: c.country, kind: 'city', form: 'name', afterContraction: true });
    }
    for (const adjective of c.adjectives?.[lang] ?? []) {
      for (const f of inflect(adjective, lang, 'adjective')) index.add(f, { city: c.city, countryCode: c.country, kind: 'city', form: 'adjective' });
    }
  }
  return index;
}

const placeIndex = perLanguage(compile);

/**
 * Finds every city and venue a text names, longest first, never overlapping.
 * @param text any text
 * @param lang the language of the text
 * @param tokens the text's tokens from `tokenize`, when the caller already has them (otherwise the
 *   text is scanned once for both the place and the country lookups)
 * @returns mentions in text order
 */
export function findPlaceMentions(text: string, lang: Language, tokens?: Token[]): PlaceMention[] {
  const hits = placeIndex(lang).findAll(text, tokens);
  let named: Set<string> | undefined;
  const out: PlaceMention[] = [];
  for (const h of hits) {
    // …and not as the head of a compound name ("du Cap-Vert" is Cabo Verde, not Cape Town).
    if (h.value.afterContraction && (!CONTRACTED.test(text.slice(Math.max(0, h.start - 4), h.start)) || /^[-‐‑]/u.test(text.slice(h.end, h.end + 1)))) continue;
    if (h.value.needsCountry) {
      named ??= new Set(findCountryMentions(text, lang, tokens).map((m) => m.code));
      if (!named.has(h.value.needsCountry)) continue;
    }
    out.push({ city: h.value.city, countryCode: h.value.countryCode, start: h.start, end: h.end, text: h.text, kind: h.value.kind, form: h.value.form });
  }
  return out;
}
