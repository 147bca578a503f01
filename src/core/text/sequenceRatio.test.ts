import { describe, expect, it } from 'vitest';
import { sequenceRatio } from './sequenceRatio.js';

// Expected values were computed with CPython 3 `difflib.SequenceMatcher(None, a, b).ratio()`.
describe('sequenceRatio', () => {
  it('matches difflib on short strings', () => {
    expect(sequenceRatio('abcd', 'bcde')).toBe(0.75);
    expect(sequenceRatio('private', 'privat')).toBe(0.9230769230769231);
    expect(sequenceRatio('agreement on cooperation in education', 'agreement on education cooperation')).toBe(0.676056338028169);
    expect(sequenceRatio('memorandum of understanding', 'memorandum d entente')).toBe(0.6382978723404256);
  });

  it('is asymmetric where difflib is (Cyrillic)', () => {
    const a = 'соглашение о сотрудничестве в области образования';
    const b = 'соглашение о сотрудничестве в сфере культуры';
    expect(sequenceRatio(a, b)).toBe(0.7096774193548387);
    expect(sequenceRatio(b, a)).toBe(0.6881720430107527);
  });

  it('handles empty strings as difflib does', () => {
    expect(sequenceRatio('', '')).toBe(1);
    expect(sequenceRatio('abc', '')).toBe(0);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(sequenceRatio('x😀y', 'x😀z')).toBe(0.6666666666666666);
  });

  it('applies the autojunk heuristic to strings of 200 or more elements', () => {
    // Every character of b is "popular" (more than 1% + 1 occurrences): no match can start.
    expect(sequenceRatio('a'.repeat(150) + 'b'.repeat(100), 'b'.repeat(100) + 'a'.repeat(150))).toBe(0);
    const a = 'the agreement between governments on trade and investment cooperation, signed in the capital city '.repeat(3);
    const b = 'an agreement between the governments on investment and trade cooperation was signed in the city '.repeat(3);
    expect(sequenceRatio(a, b)).toBe(0.25773195876288657);
    expect(sequenceRatio(b, a)).toBe(0.17525773195876287);
  });

  it('extends matches over popular elements next to them', () => {
    const a = 'uYjzFdeQ8gxBdW6ncf10epf91dQAhYoEEBYdABzdoc9Sis0j8hAt9QHlgBAEmxg9JeAdDn5H81Nu3BX3xtpOlINpfAt75UvK2sCeh60kMvjX50cZGeM9AOUQuvIwC5BP3eRfYr4IGedKItFAHQ2sJyUGwbY3wkDh5dnNsiLpzzWT5fk2z9rUiQ1T9rJ0wHUyZojfljoGoa5RBlqsaj08xDAuYiIS6YDFHLd3VTNYTHP9zzzz';
    const b = a.slice(0, 100) + '  ' + a.slice(120) + 'xyz';
    expect(sequenceRatio(a, b)).toBe(0.946236559139785);
  });
});
