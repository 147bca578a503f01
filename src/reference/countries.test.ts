import { describe, expect, it } from 'vitest';
import { CountrySchema } from '../contracts/index.js';
import { allCountries, countryName, findCountryMentions, getCountry, isCountryCode } from './countries.js';

const codes = (text: string, lang: 'en' | 'fr' | 'ru') => findCountryMentions(text, lang).map((m) => m.code);

describe('country records', () => {
  it('lists every ISO 3166-1 country, each valid against the contract', () => {
    const all = allCountries();
    expect(all.length).toBeGreaterThanOrEqual(249);
    for (const c of all) expect(() => CountrySchema.parse(c)).not.toThrow();
    expect(getCountry('ML')?.alpha3).toBe('MLI');
    expect(getCountry('ml')?.numeric).toBe('466');
  });

  it('validates codes', () => {
    expect(isCountryCode('RU')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('ru')).toBe(false);
    expect(getCountry('XX')).toBeUndefined();
  });

  it('gives display names per language', () => {
    expect(countryName('FR', 'fr')).toBe('France');
    expect(countryName('ML', 'ru')).toBe('Мали');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });
});

describe('findCountryMentions', () => {
  it('prefers the longest name and respects word boundaries', () => {
    expect(codes('Nigeria and Niger met Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea.', 'en'))
      .toEqual(['NG', 'NE', 'GW', 'GQ', 'PG', 'GN']);
    expect(codes('Dominica and the Dominican Republic; Georgia.', 'en')).toEqual(['DM', 'DO', 'GE']);
  });

  it('gives exact spans', () => {
    const text = 'Talks in the Democratic Republic of the Congo.';
    const [m] = findCountryMentions(text, 'en');
    expect(m).toMatchObject({ code: 'CD', text: 'Democratic Republic of the Congo' });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('keeps case where it matters', () => {
    expect(codes('The US and the U.S. told us so.', 'en')).toEqual(['US', 'US']);
    expect(codes('Le Mali et la France.', 'fr')).toEqual(['ML', 'FR']);
  });

  it('splits compounds into one mention per part', () => {
    const ms = findCountryMentions('the U.S.-Tanzania dialogue and India-U.S. ties', 'en');
    expect(ms.map((m) => [m.code, m.text, m.form])).toEqual([
      ['US', 'U.S.', 'compound'], ['TZ', 'Tanzania', 'compound'], ['IN', 'India', 'compound'], ['US', 'U.S.', 'compound'],
    ]);
    expect(findCountryMentions('Russia-Africa summit', 'en')).toMatchObject([{ code: 'RU', text: 'Russia', form: 'compound' }]);
    expect(findCountryMentions('Russia – the largest', 'en')[0]?.form).not.toBe('compound');
  });

  it('finds Cyrillic names on Unicode word boundaries', () => {
    expect(codes('Российская Федерация и Мали; саммит Россия–Африка', 'ru')).toEqual(['RU', 'ML', 'RU']);
  });

  it('does not take groupings for countries', () => {
    expect(codes('The African Union (AU) and the EU met.', 'en')).toEqual([]);
  });
});
