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
  it('leaves out common words that look like names', () => {
    expect(codes('The committee will turn to the agenda.', 'en')).toEqual([]);
  });
});
