import { describe, expect, it } from 'vitest';
import { allCountries, findCountryMentions, type CountryMention } from './countries.js';

const pairs = (ms: CountryMention[]) => ms.map((m) => [m.code, m.text]);

describe('findCountryMentions in Russian', () => {
  it('finds formal names in any case', () => {
    const ms = findCountryMentions('переговоры Президента Российской Федерации и Президента Республики Мали', 'ru');
    expect(ms.map((m) => [m.code, m.text, m.form])).toEqual([
      ['RU', 'Российской Федерации', 'formal'], ['ML', 'Республики Мали', 'formal'],
    ]);
  });

  it('splits compound adjectives into their countries', () => {
    const text = 'в российско-малийских отношениях и российско-мьянманских связях';
    const ms = findCountryMentions(text, 'ru');
    expect(pairs(ms)).toEqual([['RU', 'российско'], ['ML', 'малийских'], ['RU', 'российско'], ['MM', 'мьянманских']]);
    expect(ms.every((m) => m.form === 'compound' && text.slice(m.start, m.end) === m.text)).toBe(true);
    expect(pairs(findCountryMentions('американо-китайские и франко-германские отношения', 'ru')))
      .toEqual([['US', 'американо'], ['CN', 'китайские'], ['FR', 'франко'], ['DE', 'германские']]);
  });

  it('treats dash variants alike in name compounds', () => {
    for (const dash of ['-', '–', '—', ' – ']) {
      expect(findCountryMentions(`саммит Россия${dash}Африка`, 'ru')).toMatchObject([{ code: 'RU', text: 'Россия', form: 'compound' }]);
    }
  });

  it('declines short names and adjectives, with ё and е equal', () => {
    expect(pairs(findCountryMentions('Из Ирана в Таджикистан через Объединенные Арабские Эмираты, оманской стороне', 'ru')))
      .toEqual([['IR', 'Ирана'], ['TJ', 'Таджикистан'], ['AE', 'Объединенные Арабские Эмираты'], ['OM', 'оманской']]);
    expect(findCountryMentions('с Соединёнными Штатами Америки', 'ru')[0]).toMatchObject({ code: 'US', form: 'formal' });
  });

  it('does not read a compound prefix without a dash', () => {
    expect(findCountryMentions('Франко сказал', 'ru')).toEqual([]);
  });
});

describe('findCountryMentions in French', () => {
  it('finds adjectives in all their forms and compounds', () => {
    expect(pairs(findCountryMentions('les relations franco-maliennes', 'fr'))).toEqual([['FR', 'franco'], ['ML', 'maliennes']]);
    expect(pairs(findCountryMentions('un accord franco-colombien et un dialogue franco-turc', 'fr')))
      .toEqual([['FR', 'franco'], ['CO', 'colombien'], ['FR', 'franco'], ['TR', 'turc']]);
  });

  it('finds names after elision and formal names', () => {
    expect(pairs(findCountryMentions("l'Iran, d'Égypte et la République du Mali", 'fr')))
      .toEqual([['IR', 'Iran'], ['EG', 'Égypte'], ['ML', 'République du Mali']]);
  });

  it('requires only the first capital of a multi-word name', () => {
    expect(pairs(findCountryMentions('les Émirats arabes unis et la République centrafricaine', 'fr')))
      .toEqual([['AE', 'Émirats arabes unis'], ['CF', 'République centrafricaine']]);
  });

  it('labels capitalised nationality nouns as demonyms', () => {
    expect(findCountryMentions('avec les Maliens', 'fr')[0]).toMatchObject({ code: 'ML', form: 'demonym' });
  });

  it('does not take a first name for a country', () => {
    expect(findCountryMentions('Maurice et Dominique sont arrivés', 'fr')).toEqual([]);
  });
});

describe('findCountryMentions in English', () => {
  it('finds adjectives, demonyms and compounds', () => {
    expect(pairs(findCountryMentions('the Malian President met Omani and Senegalese officials and two Americans', 'en')))
      .toEqual([['ML', 'Malian'], ['OM', 'Omani'], ['SN', 'Senegalese'], ['US', 'Americans']]);
    expect(pairs(findCountryMentions('the U.S.-Croatia dialogue', 'en'))).toEqual([['US', 'U.S.'], ['HR', 'Croatia']]);
    expect(pairs(findCountryMentions('Sino-Russian ties', 'en'))).toEqual([['CN', 'Sino'], ['RU', 'Russian']]);
  });

  it('finds formal names', () => {
    expect(pairs(findCountryMentions('the Islamic Republic of Iran and the Republic of the Union of Myanmar', 'en')))
      .toEqual([['IR', 'Islamic Republic of Iran'], ['MM', 'Republic of the Union of Myanmar']]);
  });

  it('settles a shared adjective by the country the text names', () => {
    expect(findCountryMentions('Congolese officials of the Democratic Republic of the Congo', 'en')[0]?.code).toBe('CD');
    expect(findCountryMentions('Congolese officials of the Republic of the Congo', 'en')[0]?.code).toBe('CG');
    expect(findCountryMentions('Congolese officials', 'en')).toEqual([]);
  });

  it('does not read regions, seas or islands that contain a country word', () => {
    expect(pairs(findCountryMentions('Latin American states, the Indian Ocean, New Guinea and Papua New Guinea', 'en')))
      .toEqual([['PG', 'Papua New Guinea']]);
    expect(pairs(findCountryMentions("les pays latino-américains et la Nouvelle-Guinée", 'fr'))).toEqual([]);
    expect(pairs(findCountryMentions('в Индийском океане и Гвинейском заливе, а также в Гвинее', 'ru'))).toEqual([['GN', 'Гвинее']]);
    expect(findCountryMentions('Индо-Тихоокеанский регион', 'ru')).toEqual([]);
    expect(findCountryMentions("l'Indo-Pacifique", 'fr')).toEqual([]);
  });

  it('does not read groupings or US states as countries', () => {
    expect(findCountryMentions('The AU, the African Union and the EU met in New Jersey.', 'en')).toEqual([]);
  });
});

describe('every name finds its own country', () => {
  // Names the data deliberately does not match alone: French first names and a phrase two
  // territories share ("Saint-Martin"); each has a formal or fuller name that does match.
  const NOT_ALONE = new Set(['fr:DM:Dominique', 'fr:GD:Grenade', 'fr:JE:Jersey', 'fr:MF:Saint-Martin', 'fr:MU:Maurice']);

  it('for the short and first formal name of all countries in all languages', () => {
    for (const lang of ['en', 'fr', 'ru'] as const) {
      for (const c of allCountries()) {
        for (const name of [c.names[lang].short, ...c.names[lang].formal.slice(0, 1)]) {
          if (NOT_ALONE.has(`${lang}:${c.code}:${name}`)) continue;
          expect(pairs(findCountryMentions(name, lang)), `${lang} ${c.code} ${name}`).toEqual([[c.code, name]]);
        }
      }
    }
  });
});

describe('scanning a long text', () => {
  it('loads all languages and scans 5,000 words', () => {
    const sentence = 'The delegations of Mali and the Russian Federation discussed trade with Senegalese partners in Dakar today. ';
    const repeats = Math.ceil(5000 / sentence.trim().split(' ').length);
    const text = sentence.repeat(repeats);
    expect(text.trim().split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    const ms = findCountryMentions(text, 'en');
    expect(ms.length).toBe(repeats * 3);
    expect(new Set(ms.map((m) => m.code))).toEqual(new Set(['ML', 'RU', 'SN']));
    expect(findCountryMentions('Мали', 'ru').length).toBe(1);
    expect(findCountryMentions('Mali', 'fr').length).toBe(1);
  });
});

describe('Côte d’Ivoire adjectives', () => {
  it('reads both English spellings and the French and Russian adjectives', () => {
    expect(pairs(findCountryMentions('An Ivoirian minister and an Ivorian envoy met two Ivoirians.', 'en')))
      .toEqual([['CI', 'Ivoirian'], ['CI', 'Ivorian'], ['CI', 'Ivoirians']]);
    expect(pairs(findCountryMentions('la partie ivoirienne et le ministre ivoirien', 'fr'))).toEqual([['CI', 'ivoirienne'], ['CI', 'ivoirien']]);
    expect(pairs(findCountryMentions('с ивуарийской стороной', 'ru'))).toEqual([['CI', 'ивуарийской']]);
  });
});
