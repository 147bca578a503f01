import { describe, expect, it } from 'vitest';
import { allCountries, isCountryCode, isUnMember } from './countries.js';
import { citiesData, venuesData } from './placesData.js';

describe('place data files', () => {
  it('give every UN member a capital, named in all three languages', () => {
    const capitals = new Map(citiesData().cities.filter((c) => c.isCapital).map((c) => [c.country, c]));
    for (const country of allCountries().filter((c) => isUnMember(c.code))) {
      const capital = capitals.get(country.code);
      expect(capital, country.code).toBeDefined();
      for (const lang of ['en', 'fr', 'ru'] as const) expect(capital![lang].length, `${country.code} ${lang}`).toBeGreaterThan(0);
      expect(country.capital).toBe(capital!.city);
    }
  });

  it('use known country codes and canonical English names first', () => {
    for (const c of citiesData().cities) {
      expect(isCountryCode(c.country), c.city).toBe(true);
      expect(c.en[0]).toBe(c.city);
    }
  });

  it('map every venue to a city the data knows, in the same country', () => {
    const cities = new Map(citiesData().cities.map((c) => [c.city, c.country]));
    for (const v of venuesData()) {
      expect(cities.get(v.city), v.venue).toBe(v.country);
      if (v.ruNeedsCountry) expect(isCountryCode(v.ruNeedsCountry)).toBe(true);
    }
  });
});
