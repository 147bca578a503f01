import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { allCountries, isCountryCode, isUnMember } from './countries.js';
import { namesData } from './namesData.js';

const require = createRequire(import.meta.url);
const LANGS = ['en', 'fr', 'ru'] as const;

describe('name data files', () => {
  it('say where they come from and use known codes only', () => {
    for (const lang of LANGS) {
      const raw = require(`./data/names.${lang}.json`) as Record<string, unknown>;
      expect(raw._source).toMatch(/Bilat/);
      expect(raw._licence).toBeTruthy();
      const data = namesData(lang);
      for (const code of [...Object.keys(data.countries), ...Object.values(data.ambiguous), ...Object.values(data.compoundPrefixes)]) {
        expect(isCountryCode(code), `${lang}: ${code}`).toBe(true);
      }
    }
  });

  it('cover every UN member with a formal name and an adjective in every language', () => {
    const members = allCountries().filter((c) => isUnMember(c.code));
    expect(members).toHaveLength(193);
    for (const c of members) {
      for (const lang of LANGS) {
        expect(c.names[lang].formal.length, `${c.code} ${lang} formal`).toBeGreaterThan(0);
        expect(c.names[lang].adjectives.length, `${c.code} ${lang} adjectives`).toBeGreaterThan(0);
      }
    }
  });

  it('hold the official names the desk uses', () => {
    const byCode = new Map(allCountries().map((c) => [c.code, c]));
    expect(byCode.get('MM')?.names.en.formal).toContain('Republic of the Union of Myanmar');
    expect(byCode.get('ML')?.names.fr.formal).toContain('République du Mali');
    expect(byCode.get('ML')?.names.ru.formal).toContain('Республика Мали');
    expect(byCode.get('RU')?.names.ru.formal).toContain('Российская Федерация');
    expect(byCode.get('US')?.names.ru.formal).toContain('Соединённые Штаты Америки');
    expect(byCode.get('IR')?.names.en.formal).toContain('Islamic Republic of Iran');
    expect(byCode.get('RU')?.names.en.short).toBe('Russia');
    expect(byCode.get('ML')?.names.fr.adjectives).toEqual(['malien', 'malienne', 'maliens', 'maliennes']);
    expect(byCode.get('ML')?.names.ru.adjectives).toContain('малийских');
    expect(byCode.get('RU')?.capital).toBe('Moscow');
    expect(byCode.get('IN')?.capital).toBe('New Delhi');
  });

  it('carry the Russian case forms in the records', () => {
    const ir = allCountries().find((c) => c.code === 'IR')!;
    expect(ir.names.ru.other).toEqual(expect.arrayContaining(['Ирана', 'Ираном', 'Иране']));
    expect(ir.names.ru.formal).toContain('Исламской Республики Иран');
  });
});
