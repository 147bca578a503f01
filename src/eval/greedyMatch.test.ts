import { describe, expect, it } from 'vitest';
import { greedyMatch } from './greedyMatch.js';

describe('greedyMatch', () => {
  it('takes the most similar pairs first, one to one', () => {
    // a–x 0.9 is taken first, so b must take y (0.5) even though b–x (0.8) is better for b.
    const sims: Record<string, number> = { ax: 0.9, bx: 0.8, by: 0.5 };
    const m = greedyMatch(['a', 'b', 'c'], ['x', 'y', 'z'], (g, p) => sims[g + p] ?? null);
    expect(m.pairs.map((p) => [p.gold, p.predicted])).toEqual([[0, 0], [1, 1]]);
    expect(m.missed).toEqual([2]);
    expect(m.spurious).toEqual([2]);
  });

  it('breaks ties by gold order, then prediction order', () => {
    const m = greedyMatch(['a', 'b'], ['x', 'y'], () => 1);
    expect(m.pairs.map((p) => [p.gold, p.predicted])).toEqual([[0, 0], [1, 1]]);
  });

  it('handles empty sides', () => {
    expect(greedyMatch([], ['x'], () => 1)).toEqual({ pairs: [], missed: [], spurious: [0] });
    expect(greedyMatch(['a'], [], () => 1)).toEqual({ pairs: [], missed: [0], spurious: [] });
  });
});
