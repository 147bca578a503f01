import { describe, expect, it } from 'vitest';
import { compoundPrefixes, declineRuAdjective, declineRuAdjectiveAsIs, isRuAdjective } from './ruAdjective.js';

describe('declineRuAdjective', () => {
  it('gives every gender, number and case of a -ский adjective', () => {
    const forms = declineRuAdjective('малийский');
    for (const f of ['малийский', 'малийского', 'малийскому', 'малийским', 'малийском', 'малийская', 'малийской', 'малийскую', 'малийское', 'малийские', 'малийских', 'малийскими']) {
      expect(forms).toContain(f);
    }
    expect(forms[0]).toBe('малийский');
  });

  it('follows the hard and soft tables', () => {
    expect(declineRuAdjectiveAsIs('Объединённые')).toEqual(['Объединённые', 'Объединённых', 'Объединённым', 'Объединённые', 'Объединёнными', 'Объединённых']);
    expect(declineRuAdjectiveAsIs('Нижний')[1]).toBe('Нижнего');
    expect(declineRuAdjectiveAsIs('Российская')[3]).toBe('Российскую');
    expect(declineRuAdjective('турецкий')).toContain('турецких');
  });

  it('tells adjectives from nouns by ending', () => {
    expect(isRuAdjective('иранский')).toBe(true);
    expect(isRuAdjective('Иран')).toBe(false);
    expect(isRuAdjective('Соломоновы')).toBe(true);
  });
});

describe('compoundPrefixes', () => {
  it('applies -ский → -ско- and -цкий → -цко-', () => {
    expect(compoundPrefixes('российский')).toEqual(['российско']);
    expect(compoundPrefixes('малийский')).toEqual(['малийско']);
    expect(compoundPrefixes('китайский')).toEqual(['китайско']);
    expect(compoundPrefixes('турецкий')).toEqual(['турецко']);
  });

  it('uses the learned stems where Russian does', () => {
    expect(compoundPrefixes('американский')).toEqual(['американо']);
    expect(compoundPrefixes('французский')).toContain('франко');
    expect(compoundPrefixes('английский')).toEqual(['англо']);
    expect(compoundPrefixes('германский')).toEqual(['германо']);
    expect(compoundPrefixes('японский')).toContain('японо');
  });
});
