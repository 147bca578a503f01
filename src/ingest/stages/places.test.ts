import { describe, expect, it } from 'vitest';
import { findCountryMentions } from './countries.js';
import { findPlaceMentions } from './places.js';

const cities = (t: string, lang: 'en' | 'fr' | 'ru') => findPlaceMentions(t, lang, findCountryMentions(t, lang)).map((p) => p.city);

describe('findPlaceMentions', () => {
  it('turns seats of power into their city', () => {
    expect(cities('Talks were held in the Kremlin.', 'en')).toEqual(['Moscow']);
    expect(cities("Le Président l'a reçu à l'Élysée.", 'fr')).toEqual(['Paris']);
    expect(cities('Переговоры прошли в Кремле.', 'ru')).toEqual(['Moscow']);
    expect(cities('Le Premier ministre a reçu à Matignon son homologue.', 'fr')).toEqual(['Paris']);
    expect(cities("Le ministre s'est entretenu au Caire avec son homologue.", 'fr')).toEqual(['Cairo']);
    expect(cities('The Secretary hosted the minister at Blair House.', 'en')).toEqual(['Washington']);
  });
  it('reads a French city whose name has an article after au/du, and only there', () => {
    expect(cities('Les ministres se sont réunis au Caire, puis à La Haye et à La Havane.', 'fr')).toEqual(['Cairo', 'The Hague', 'Havana']);
    expect(cities('Il a été reçu au Cap par son homologue.', 'fr')).toEqual(['Cape Town']);
    expect(cities('Le président du Cap-Vert est arrivé. Un cap a été franchi.', 'fr')).toEqual([]);
  });
  it('reads a city name of several words', () => {
    expect(cities('Leaders met in Rio de Janeiro for the summit.', 'en')).toEqual(['Rio de Janeiro']);
  });
  it('reads regional cities where talks and commissions are held, in Russian cases too', () => {
    expect(cities('Заседание комиссии прошло в Ростове-на-Дону, а переговоры — в Челябинске и Гомеле.', 'ru')).toEqual(['Rostov-on-Don', 'Chelyabinsk', 'Gomel']);
    expect(cities('The ministers met in Shymkent and later in Busan.', 'en')).toEqual(['Shymkent', 'Busan']);
    expect(cities('Les ministres se sont retrouvés à Marrakech puis à Cotonou.', 'fr')).toEqual(['Marrakesh', 'Cotonou']);
  });
  it('reads inflected Russian city names', () => {
    expect(cities('Встреча состоялась в Санкт-Петербурге.', 'ru')).toEqual(['Saint Petersburg']);
  });
  it('takes a town the lexicon lacks from "in <Town>, <Country>"', () => {
    expect(cities('The ministers met in Lobito, Angola on Monday.', 'en')).toEqual(['Lobito']);
  });
});

describe('findPlaceMentions: a town before a country', () => {
  it('reads "<prep> <Town>, <Country>" only where a comma comes right before the country', () => {
    const text = 'Talks were held in Port Dickson, Malaysia, and later in Malaysia again.';
    const countries = findCountryMentions(text, 'en');
    const towns = findPlaceMentions(text, 'en', countries).filter((p) => p.countryCode === 'MY');
    expect(towns.map((p) => p.text)).toEqual(['Port Dickson']);
  });
});
