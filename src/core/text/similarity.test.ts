import { describe, expect, it } from 'vitest';
import { overlapCoefficient, setJaccard, titleSimilarity, titleWords, wordJaccard } from './similarity.js';

describe('word measures', () => {
  it('computes Jaccard on folded word sets', () => {
    expect(wordJaccard('Vladimir Putin', 'PUTIN, Vladimir')).toBe(1);
    expect(wordJaccard('a b c', 'b c d')).toBe(0.5);
    expect(wordJaccard('', '')).toBe(0);
  });

  it('computes overlap over the smaller set', () => {
    expect(overlapCoefficient(new Set(['a', 'b']), new Set(['a', 'b', 'c', 'd']))).toBe(1);
    expect(overlapCoefficient(new Set(), new Set(['a']))).toBe(0);
    expect(setJaccard(new Set(['a']), new Set(['b']))).toBe(0);
  });

  it('leaves out the function words of all three languages', () => {
    expect([...titleWords("Accord sur l'Éducation et la Culture")]).toEqual(['accord', 'education', 'culture']);
    expect([...titleWords('Соглашение о сотрудничестве в области образования')]).toEqual(['соглашение', 'сотрудничестве', 'области', 'образования']);
    expect([...titleWords('Agreement between the Government of X and Y on Trade')]).toEqual(['agreement', 'government', 'x', 'y', 'trade']);
  });
});

describe('titleSimilarity', () => {
  it('is 1 for the same content words in another order', () => {
    expect(titleSimilarity('Agreement on Trade', 'Trade agreement')).toBe(1);
  });

  it('takes the sequence ratio when it is the largest measure', () => {
    // Jaccard 2/4, overlap 0.85·2/3; difflib ratio of the folded titles 0.6133…
    expect(titleSimilarity('Memorandum of Understanding on Education', 'Memorandum on Education Cooperation')).toBeCloseTo(0.6133333333333333, 12);
  });

  it('takes 0.85 × overlap when a short prediction is contained in a long title', () => {
    const gold = 'Agreement on cooperation in the field of peaceful uses of nuclear energy';
    expect(titleSimilarity(gold, 'nuclear energy agreement')).toBeCloseTo(0.85, 12);
  });

  it('stays low for unrelated titles', () => {
    expect(titleSimilarity('Agreement on visa-free travel', 'Memorandum on fisheries')).toBeLessThan(0.6);
  });
});
