import { describe, expect, it } from 'vitest';
import { findCountryMentions } from './countries.js';

const codes = (t: string, lang: 'en' | 'fr' | 'ru') => findCountryMentions(t, lang).map((m) => m.code);

describe('findCountryMentions', () => {
  it('finds English names, short forms and demonyms', () => {
    expect(codes('The Kenyan delegation met U.S. officials and the Republic of Korea envoy.', 'en')).toEqual(['KE', 'US', 'KR']);
  });
  it('finds both sides of a compound', () => {
    expect(codes('The U.S.-Brazil dialogue', 'en')).toEqual(['US', 'BR']);
    expect(codes('российско-вьетнамские отношения', 'ru')).toEqual(['RU', 'VN']);
  });
  it('finds French adjectives in any gender and number', () => {
    expect(codes('les autorités ivoiriennes et le gouvernement japonais', 'fr')).toEqual(['CI', 'JP']);
  });
  it('finds Russian names in oblique cases', () => {
    expect(codes('Премьер-министр Индии посетил Казахстан, затем прибыл в Республику Мали.', 'ru')).toEqual(['IN', 'KZ', 'ML']);
  });
  it('leaves out a country that only qualifies a currency', () => {
    expect(codes('Ghana and Chile aim for trade of 2 billion US dollars, paid in Australian dollars.', 'en')).toEqual(['GH', 'CL']);
    expect(codes('Le Bénin a reçu 40 millions de dollars américains du Canada.', 'fr')).toEqual(['BJ', 'CA']);
    expect(codes('Товарооборот Вьетнама и Чили составил 3 млрд долларов США.', 'ru')).toEqual(['VN', 'CL']);
  });
  it('leaves out common words that look like names', () => {
    expect(codes('The committee will turn to the agenda.', 'en')).toEqual([]);
  });
});

describe('findCountryMentions and currencies', () => {
  it('drops a country that only qualifies a currency, before or after it, in the three languages', () => {
    expect(codes('They pledged 40 million Canadian dollars to Ghana.', 'en')).toEqual(['GH']);
    expect(codes('Le prêt de 3 milliards de dollars américains au Maroc.', 'fr')).toEqual(['MA']);
    expect(codes('Кредит на 2 млрд долларов США для Египта.', 'ru')).toEqual(['EG']);
    expect(codes('Canada and Kenya signed; Canada  dollars aside.', 'en')).toEqual(['CA', 'KE']);
  });
});
