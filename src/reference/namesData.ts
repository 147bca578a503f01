import { createRequire } from 'node:module';
import type { Language } from '../contracts/index.js';
import { perLanguage } from './perLanguage.js';

/**
 * The hand-written name data of src/reference/data/names.<lang>.json: what no package has
 * (formal names, adjectives, demonyms, compound prefixes) and the rules for names that are
 * ambiguous or too often something else.
 */

/** Extra names of one country in one language. Russian adjectives are masculine nominatives. */
export interface ExtraNames {
  /** Display name when the package's first name is not the usual one ("Russia"). */
  short?: string;
  formal?: string[];
  other?: string[];
  adjectives?: string[];
  demonyms?: string[];
}

/** One language's data file. */
export interface NamesData {
  countries: Record<string, ExtraNames>;
  /** A phrase several countries claim → the code it means ("Congo" → CG). */
  ambiguous: Record<string, string>;
  /** Phrases never to match on their own ("Maurice" is more often a first name in French). */
  ignore: string[];
  /**
   * Phrases that contain a country word but name no country ("Latin American", "New Guinea",
   * "Indian Ocean"); matched like names so the longest-first rule swallows the country word.
   * Russian entries are nominatives and are declined.
   */
  notCountries: string[];
  /** First parts of compounds → code ("franco" in "franco-malien"); Russian ones are generated. */
  compoundPrefixes: Record<string, string>;
}

const require = createRequire(import.meta.url);

/**
 * Loads one language's name data (once).
 * @param lang en, fr or ru
 * @returns the parsed file
 */
export const namesData: (lang: Language) => NamesData = perLanguage((lang) => {
  const raw = require(`./data/names.${lang}.json`) as Partial<NamesData>;
  const data: NamesData = {
    countries: raw.countries ?? {},
    ambiguous: raw.ambiguous ?? {},
    ignore: raw.ignore ?? [],
    notCountries: raw.notCountries ?? [],
    compoundPrefixes: raw.compoundPrefixes ?? {},
  };
  return data;
});
