import type { Language } from '../../contracts/index.js';
import { findPlaceMentions as findInGazetteer } from '../../reference/places.js';
import type { CountryMention } from './countries.js';
import { isSpaceUnit } from './matcher.js';
import { perLanguage } from '../../reference/perLanguage.js';

/**
 * Stage: place mentions. Known cities and seats of power come from the project's gazetteer
 * (src/reference/places.ts: capitals and diplomatic cities in en/fr/ru, Russian case forms, venues
 * such as the Kremlin standing for their city); a town the gazetteer lacks is read from the pattern
 * every language uses for it, "in <Town>, <Country>" ("held in Sde Boker, Israel"), and in English
 * and French from "in/à <Town>".
 */

export interface PlaceMention { city: string; countryCode: string | null; start: number; end: number; text: string; kind: 'city' | 'venue' }

const PREPOSITION: Record<Language, string> = { en: 'in|at', fr: 'à|au', ru: 'в|во' };
const townRe = perLanguage((lang) => new RegExp(`(?<![\\p{L}])(?:${PREPOSITION[lang]})\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+),\\s*$`, 'u'));

/** Whether a comma and spaces come right before `at` (what the town pattern ends with), checked before it runs. */
function followsComma(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x2c;
}

/**
 * Find the places a text names.
 * @param text the readout
 * @param lang its language
 * @param countries the country mentions of the same text (for "in <Town>, <Country>")
 */
export function findPlaceMentions(text: string, lang: Language, countries: CountryMention[] = []): PlaceMention[] {
  const out: PlaceMention[] = findInGazetteer(text, lang).map((m) => ({
    city: m.city, countryCode: m.countryCode, start: m.start, end: m.end, text: m.text, kind: m.kind,
  }));
  // "<prep> Sde Boker, Israel": one to three capitalised words right before ", <country name>".
  const town = townRe(lang);
  for (const c of countries) {
    if (c.form !== 'name' || !followsComma(text, c.start)) continue;
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    const m = town.exec(before);
    if (!m) continue;
    const start = c.start - before.length + m.index + m[0].indexOf(m[1]!);
    if (out.some((p) => p.start <= start && p.end > start)) continue;
    if (countries.some((o) => o.start < start + m[1]!.length && o.end > start)) continue;
    out.push({ city: m[1]!, countryCode: c.code, start, end: start + m[1]!.length, text: m[1]!, kind: 'city' });
  }
  // "met in Oslo", "à Nouakchott": a capitalised word after "in"/"à" that is no country, month or region.
  if (lang !== 'ru') {
    const re = lang === 'en' ? /(?<![\p{L}])(?:in|at)\s+(\p{Lu}\p{Ll}[\p{Ll}'’-]+(?:[ -]\p{Lu}\p{Ll}[\p{Ll}'’-]+)?)(?=[\s,.;:)]|$)/gu : /(?<![\p{L}])à\s+(\p{Lu}\p{Ll}[\p{Ll}'’-]+(?:[ -]\p{Lu}\p{Ll}[\p{Ll}'’-]+)?)(?=[\s,.;:)]|$)/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (NOT_PLACES.test(m[1]!) || out.some((p) => p.start < end && p.end > start) || countries.some((c) => c.start < end && c.end > start)) continue;
      out.push({ city: m[1]!, countryCode: null, start, end, text: m[1]!, kind: 'city' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Capitalised words after "in"/"à" that are not towns: months, days, regions, continents, institutions. */
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Africa|Europe|Asia|America|Latin|Central|North|South|East|West|Eastern|Western|Middle|Sahel|Arctic|Antarctica|Balkans|Caribbean|Pacific|Atlantic|Indian|Mediterranean|Gulf|Parliament|Congress|Senate|Government|Council|Commission|Committee|Ministry|Department|Office|Washington's|The|This|Paris's|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Afrique|Asie|Amérique|Moyen|Méditerranée|Sahel)$/u;
