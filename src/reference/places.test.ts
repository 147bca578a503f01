import { describe, expect, it } from 'vitest';
import { capitalOf, findPlaceMentions, type PlaceMention } from './places.js';

const cities = (ms: PlaceMention[]) => ms.map((m) => [m.city, m.text, m.kind]);

describe('findPlaceMentions', () => {
  it('finds Russian cities in any case and venues mapped to their city', () => {
    const text = 'Встреча в Москве, затем в Кремле и в Ново-Огарёве; форум в Санкт-Петербурге, в Константиновском дворце; отдых в Бочаровом Ручье.';
    expect(cities(findPlaceMentions(text, 'ru'))).toEqual([
      ['Moscow', 'Москве', 'city'], ['Moscow', 'Кремле', 'venue'], ['Moscow', 'Ново-Огарёве', 'venue'],
      ['Saint Petersburg', 'Санкт-Петербурге', 'city'], ['Saint Petersburg', 'Константиновском дворце', 'venue'],
      ['Sochi', 'Бочаровом Ручье', 'venue'],
    ]);
    expect(findPlaceMentions('после визита в Петербург и Казань', 'ru').map((m) => m.city)).toEqual(['Saint Petersburg', 'Kazan']);
  });

  it('reads a Russian "Белый дом" as Washington only when the text is about the United States', () => {
    expect(findPlaceMentions('заседание в Белом доме', 'ru')).toEqual([]);
    expect(findPlaceMentions('в Белом доме США', 'ru')[0]).toMatchObject({ city: 'Washington', kind: 'venue' });
  });

  it('finds city adjectives as the city', () => {
    expect(findPlaceMentions('итоги Петербургского саммита', 'ru')[0]).toMatchObject({ city: 'Saint Petersburg', form: 'adjective' });
  });

  it('finds French and English names and venues', () => {
    expect(cities(findPlaceMentions("à Paris, au palais de l'Élysée, puis au Kremlin et à Genève", 'fr'))).toEqual([
      ['Paris', 'Paris', 'city'], ['Paris', "palais de l'Élysée", 'venue'], ['Moscow', 'Kremlin', 'venue'], ['Geneva', 'Genève', 'city'],
    ]);
    const en = 'From the White House and the State Department to Downing Street, then St. Petersburg, Sde Boker and New Delhi.';
    expect(findPlaceMentions(en, 'en').map((m) => [m.city, m.countryCode])).toEqual([
      ['Washington', 'US'], ['Washington', 'US'], ['London', 'GB'], ['Saint Petersburg', 'RU'], ['Sde Boker', 'IL'], ['New Delhi', 'IN'],
    ]);
  });

  it('leaves a capital spelled like its country to the country gazetteer', () => {
    expect(findPlaceMentions('визит в Алжир', 'ru')).toEqual([]);
    expect(findPlaceMentions('visite à Alger', 'fr')[0]).toMatchObject({ city: 'Algiers', countryCode: 'DZ' });
    expect(findPlaceMentions('talks in Singapore', 'en')[0]).toMatchObject({ city: 'Singapore', countryCode: 'SG' });
  });

  it('gives exact spans', () => {
    const text = 'Talks in Moscow.';
    const [m] = findPlaceMentions(text, 'en');
    expect(text.slice(m!.start, m!.end)).toBe('Moscow');
  });
});

describe('capitalOf', () => {
  it('gives the English capital name', () => {
    expect(capitalOf('ML')).toBe('Bamako');
    expect(capitalOf('US')).toBe('Washington');
    expect(capitalOf('XX')).toBeNull();
  });
});
