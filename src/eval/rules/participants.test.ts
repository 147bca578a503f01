import { describe, expect, it } from 'vitest';
import { namesMatch, participantSimilarity } from './participants.js';

describe('namesMatch', () => {
  it('matches equal folded names', () => {
    expect(namesMatch('Сергей Лавров', 'СЕРГЕЙ  ЛАВРОВ')).toBe(true);
    expect(namesMatch('Jean-Yves Le Drian', 'Jean Yves Le Drian')).toBe(true);
    expect(namesMatch('Émile Zola', 'Emile Zola')).toBe(true);
  });

  it('matches a name contained in the other with the same last word', () => {
    expect(namesMatch('Vladimir Putin', 'Putin')).toBe(true);
    expect(namesMatch('Antony Blinken', 'Antony J. Blinken')).toBe(true);
  });

  it('does not match when the last words differ or neither contains the other', () => {
    expect(namesMatch('Vladimir Putin', 'Vladimir')).toBe(false);
    expect(namesMatch('John Kerry', 'Mary Kerry')).toBe(false);
    expect(namesMatch('John Kerry', 'John F. Kerry Smith')).toBe(false);
  });
});

describe('participantSimilarity', () => {
  it('matches "Putin" to "Vladimir Putin" of the same country', () => {
    expect(participantSimilarity({ name: 'Vladimir Putin', country: 'RU' }, { name: 'Putin', country: 'RU' })).toBeCloseTo(0.5);
  });

  it('does not match a different country, nor a predicted null against a gold country', () => {
    expect(participantSimilarity({ name: 'Vladimir Putin', country: 'RU' }, { name: 'Putin', country: 'BY' })).toBeNull();
    expect(participantSimilarity({ name: 'Vladimir Putin', country: 'RU' }, { name: 'Vladimir Putin', country: null })).toBeNull();
  });

  it('lets a gold country of null (an international official) match any country', () => {
    expect(participantSimilarity({ name: 'Ngozi Okonjo-Iweala', country: null }, { name: 'Ngozi Okonjo-Iweala', country: 'NG' })).toBe(2);
  });

  it('ranks an exact name above a partial one', () => {
    const gold = { name: 'Vladimir Putin', country: 'RU' };
    expect(participantSimilarity(gold, { name: 'Vladimir Putin', country: 'RU' })!).toBeGreaterThan(participantSimilarity(gold, { name: 'Putin', country: 'RU' })!);
  });
});
