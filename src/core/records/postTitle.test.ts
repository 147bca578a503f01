import { describe, expect, it } from 'vitest';
import { postTitle } from './postTitle.js';

describe('postTitle', () => {
  it('drops the country a title names after it, in English', () => {
    expect(postTitle('Interim President of the Republic of Mali', 'en')).toBe('Interim President');
    expect(postTitle('Minister of Foreign Affairs of Senegal', 'en')).toBe('Minister of Foreign Affairs');
  });
  it('keeps a title that names no country, or where the country is not at the end', () => {
    expect(postTitle('Secretary of State', 'en')).toBe('Secretary of State');
    expect(postTitle('Ambassador of Mali to the United Nations', 'en')).toBe('Ambassador of Mali to the United Nations');
  });
  it('drops a Russian genitive country name', () => {
    expect(postTitle('Президент России', 'ru')).toBe('Президент');
    expect(postTitle('Президент Республики Конго', 'ru')).toBe('Президент');
    expect(postTitle('Председатель Правительства', 'ru')).toBe('Председатель Правительства');
  });
  it('drops a leading nationality adjective', () => {
    expect(postTitle('Russian President', 'en')).toBe('President');
    expect(postTitle('Malian Minister of Foreign Affairs', 'en')).toBe('Minister of Foreign Affairs');
  });
  it('brings a Russian title read in an oblique case back to the nominative', () => {
    expect(postTitle('Президентом Республики Мали', 'ru')).toBe('Президент');
    expect(postTitle('Председателем Правительства', 'ru')).toBe('Председатель Правительства');
    expect(postTitle('Министра иностранных дел Индии', 'ru')).toBe('Министр иностранных дел');
  });
  it('drops a French country complement', () => {
    expect(postTitle('président de la République de Turquie', 'fr')).toBe('président');
    expect(postTitle('ministre des Affaires étrangères du Sénégal', 'fr')).toBe('ministre des Affaires étrangères');
  });
});
