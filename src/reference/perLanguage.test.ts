import { describe, expect, it } from 'vitest';
import { perLanguage } from './perLanguage.js';

describe('perLanguage', () => {
  it('builds each language once and keeps the languages apart', () => {
    const calls: string[] = [];
    const greeting = perLanguage((lang) => {
      calls.push(lang);
      return { en: 'hello', fr: 'bonjour', ru: 'привет' }[lang];
    });
    expect(greeting('fr')).toBe('bonjour');
    expect(greeting('fr')).toBe('bonjour');
    expect(greeting('ru')).toBe('привет');
    expect(calls).toEqual(['fr', 'ru']);
  });
});
