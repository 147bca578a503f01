import { describe, expect, it } from 'vitest';
import { declineRuName, ruCaseForms } from './ruDeclension.js';

const row = (name: string) => Object.values(declineRuName(name));

describe('declineRuName: nouns', () => {
  it('declines -ия, vowel + я and -а nouns', () => {
    expect(row('Россия')).toEqual(['Россия', 'России', 'России', 'Россию', 'Россией', 'России']);
    expect(row('Гвинея')).toEqual(['Гвинея', 'Гвинеи', 'Гвинее', 'Гвинею', 'Гвинеей', 'Гвинее']);
    expect(row('Куба')).toEqual(['Куба', 'Кубы', 'Кубе', 'Кубу', 'Кубой', 'Кубе']);
    // After к and ж the genitive takes -и, after ж the instrumental -ей.
    expect(declineRuName('Америка').gen).toBe('Америки');
    expect(declineRuName('Камбоджа').ins).toBe('Камбоджей');
  });

  it('declines consonant, -й and -ь stems', () => {
    expect(row('Иран')).toEqual(['Иран', 'Ирана', 'Ирану', 'Иран', 'Ираном', 'Иране']);
    expect(declineRuName('Париж').ins).toBe('Парижем');
    expect(row('Китай')).toEqual(['Китай', 'Китая', 'Китаю', 'Китай', 'Китаем', 'Китае']);
    expect(declineRuName('Израиль').pre).toBe('Израиле');
    expect(declineRuName('Казань').ins).toBe('Казанью');
    expect(declineRuName('Беларусь').gen).toBe('Беларуси');
    expect(declineRuName('Египет').gen).toBe('Египта');
    expect(declineRuName('Маврикий').pre).toBe('Маврикии');
  });

  it('leaves indeclinable names alone', () => {
    for (const name of ['Мали', 'Того', 'Перу', 'Конго', 'Чили', 'Никарагуа', 'США', 'Бамако', 'Буркина-Фасо', 'Косово', 'Сан-Марино']) {
      expect(new Set(row(name))).toEqual(new Set([name]));
    }
  });

  it('declines plurals, with the zero genitive where Russian has it', () => {
    expect(row('Нидерланды')).toEqual(['Нидерланды', 'Нидерландов', 'Нидерландам', 'Нидерланды', 'Нидерландами', 'Нидерландах']);
    expect(declineRuName('Филиппины').gen).toBe('Филиппин');
  });

  it('declines hyphenated names in the part that declines', () => {
    expect(declineRuName('Кот-д’Ивуар').gen).toBe('Кот-д’Ивуара');
    expect(declineRuName('Шри-Ланка').pre).toBe('Шри-Ланке');
    expect(declineRuName('Гвинея-Бисау').gen).toBe('Гвинеи-Бисау');
    expect(declineRuName('Санкт-Петербург').pre).toBe('Санкт-Петербурге');
  });

  it('declines Slavic neuter place names and fleeting -ец', () => {
    expect(declineRuName('Ново-Огарёво').pre).toBe('Ново-Огарёве');
    expect(declineRuName('Константиновский дворец').pre).toBe('Константиновском дворце');
  });
});

describe('declineRuName: phrases', () => {
  it('makes adjectives agree with the head noun and keeps what follows it', () => {
    expect(declineRuName('Российская Федерация').gen).toBe('Российской Федерации');
    expect(declineRuName('Республика Мали').gen).toBe('Республики Мали');
    expect(declineRuName('Республика Корея').ins).toBe('Республикой Корея');
    expect(declineRuName('Объединённые Арабские Эмираты').gen).toBe('Объединённых Арабских Эмиратов');
    expect(declineRuName('Соединённые Штаты Америки').dat).toBe('Соединённым Штатам Америки');
    expect(declineRuName('Соединённое Королевство Великобритании и Северной Ирландии').gen)
      .toBe('Соединённого Королевства Великобритании и Северной Ирландии');
    expect(declineRuName('Святой Престол').gen).toBe('Святого Престола');
    expect(declineRuName('Нижний Новгород').pre).toBe('Нижнем Новгороде');
    expect(declineRuName('Корейская Народно-Демократическая Республика').gen).toBe('Корейской Народно-Демократической Республики');
  });

  it('declines both members of a pair joined right after the head', () => {
    expect(declineRuName('Босния и Герцеговина').gen).toBe('Боснии и Герцеговины');
    expect(declineRuName('Папуа — Новая Гвинея').pre).toBe('Папуа — Новой Гвинее');
    expect(declineRuName('Сент-Винсент и Гренадины').gen).toBe('Сент-Винсента и Гренадин');
    expect(declineRuName('Соломоновы Острова').gen).toBe('Соломоновых Островов');
  });

  it('lists distinct forms, nominative first', () => {
    expect(ruCaseForms('Иран')).toEqual(['Иран', 'Ирана', 'Ирану', 'Ираном', 'Иране']);
    expect(ruCaseForms('Мали')).toEqual(['Мали']);
  });
});
