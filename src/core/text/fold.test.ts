import { describe, expect, it } from 'vitest';
import { fold, foldedWords } from './fold.js';

describe('fold', () => {
  it('drops diacritics and lowers case', () => {
    expect(fold('Ministère des Affaires étrangères')).toBe('ministere des affaires etrangeres');
    expect(fold('ÇA VA, Zoë?')).toBe('ca va zoe');
  });

  it('maps ё to е and, following the rule literally, й to и', () => {
    expect(fold('Пётр Ёлкин')).toBe('петр елкин');
    expect(fold('Сергей Лавров')).toBe('сергеи лавров');
    expect(fold('Республика Корея')).toBe('республика корея');
  });

  it('turns dashes and punctuation into single spaces and trims', () => {
    expect(fold('  Saint-Pétersbourg — «Forum»,  2024 ')).toBe('saint petersbourg forum 2024');
    expect(fold('U.S.–Russia')).toBe('u s russia');
    expect(fold('l’accord d\'Alger')).toBe('l accord d alger');
  });

  it('applies compatibility decomposition (ligatures, full-width forms)', () => {
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('ＡＢＣ')).toBe('abc');
  });

  it('returns the empty string for punctuation-only input', () => {
    expect(fold(' — … ')).toBe('');
    expect(foldedWords(' — ')).toEqual([]);
  });

  it('splits folded words', () => {
    expect(foldedWords('Vladimir  Putin, President')).toEqual(['vladimir', 'putin', 'president']);
  });
});
