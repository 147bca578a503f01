import { createRequire } from 'node:module';
import type { Language } from '../contracts/index.js';

/**
 * The ISO 3166-1 base data, read from the maintained package i18n-iso-countries: codes, alpha-3,
 * numeric codes and the en/fr/ru names. Locales are registered once, on first use.
 */

interface IsoPackage {
  registerLocale(data: unknown): void;
  getNames(lang: string, options: { select: 'all' | 'official' }): Record<string, string[] | string>;
  alpha2ToAlpha3(code: string): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
  getAlpha2Codes(): Record<string, string>;
}

const require = createRequire(import.meta.url);
let iso: IsoPackage | undefined;

function pkg(): IsoPackage {
  if (iso) return iso;
  const loaded = require('i18n-iso-countries') as IsoPackage;
  for (const lang of ['en', 'fr', 'ru']) loaded.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  iso = loaded;
  return loaded;
}

/** Every alpha-2 code the package knows (ISO 3166-1 plus the user-assigned XK, Kosovo). */
export function isoCodes(): string[] {
  return Object.keys(pkg().getAlpha2Codes()).sort();
}

/**
 * The names of every country in one language, the package's preferred name first.
 * @param lang en, fr or ru
 * @returns alpha-2 code → names as the package lists them
 */
export function isoNames(lang: Language): Map<string, string[]> {
  const all = pkg().getNames(lang, { select: 'all' });
  const out = new Map<string, string[]>();
  for (const [code, names] of Object.entries(all)) out.set(code, Array.isArray(names) ? names : [names]);
  return out;
}

/**
 * Alpha-3 and numeric codes of a country.
 * @param code alpha-2 code
 * @returns both codes, or undefined for an unknown code
 */
export function isoCodesOf(code: string): { alpha3: string; numeric: string } | undefined {
  const alpha3 = pkg().alpha2ToAlpha3(code);
  const numeric = pkg().alpha2ToNumeric(code);
  return alpha3 && numeric ? { alpha3, numeric } : undefined;
}

/**
 * Cleans a package name for use as a gazetteer phrase: "Holy See (Vatican City State)" gives
 * "Holy See"; inverted names with a comma ("Korea, Republic of") give nothing, since the package
 * also lists their natural order.
 * @param name a name from the package
 * @returns the usable phrase, or undefined
 */
export function cleanIsoName(name: string): string | undefined {
  const bare = name.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
  if (bare.includes(',') || bare.length < 2) return undefined;
  return bare;
}
