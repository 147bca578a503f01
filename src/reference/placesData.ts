import { createRequire } from 'node:module';
import type { Language } from '../contracts/index.js';

/**
 * The place data of src/reference/data/cities.json and venues.json: capitals and diplomatic
 * cities with their names in three languages, and venues that stand for a city.
 */

/** A city with its names; `city` is the English canonical name. */
export interface CityEntry {
  city: string;
  country: string;
  isCapital?: boolean;
  /** A capital that is its whole country (Singapore, Monaco): a place even when named like the country. */
  isCityState?: boolean;
  en: string[];
  fr: string[];
  ru: string[];
  /** City adjectives in the masculine nominative, per language ("петербургский"). */
  adjectives?: Partial<Record<Language, string[]>>;
}

/** A building or residence that stands for a city ("the Kremlin" → Moscow). */
export interface VenueEntry {
  venue: string;
  city: string;
  country: string;
  en: string[];
  fr: string[];
  ru: string[];
  /** Keep Russian hits only when the text also names this country. */
  ruNeedsCountry?: string;
}

interface CitiesFile {
  cities: CityEntry[];
  ignore: Partial<Record<Language, string[]>>;
}

const require = createRequire(import.meta.url);
let cities: CitiesFile | undefined;
let venues: VenueEntry[] | undefined;

/** The cities file (loaded once). */
export function citiesData(): CitiesFile {
  cities ??= require('./data/cities.json') as CitiesFile;
  return cities;
}

/** The venues (loaded once). */
export function venuesData(): VenueEntry[] {
  venues ??= (require('./data/venues.json') as { venues: VenueEntry[] }).venues;
  return venues;
}

/**
 * The capital of a country, in English.
 * @param code alpha-2 code
 * @returns the capital's English name, or null when none is recorded
 */
export function capitalOf(code: string): string | null {
  return citiesData().cities.find((c) => c.country === code && c.isCapital)?.city ?? null;
}
