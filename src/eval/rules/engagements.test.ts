import { describe, expect, it } from 'vitest';
import { datesAgree, engagementSimilarity } from './engagements.js';

describe('datesAgree', () => {
  it('accepts an equal date or a more precise one within the gold date', () => {
    expect(datesAgree('2022-07-07', '2022-07-07')).toBe(true);
    expect(datesAgree('2022-07', '2022-07-07')).toBe(true);
    expect(datesAgree('2022', '2022-11')).toBe(true);
  });

  it('refuses a less precise, a different or a missing prediction', () => {
    expect(datesAgree('2022-07-07', '2022-07')).toBe(false);
    expect(datesAgree('2022-07-07', '2022-07-08')).toBe(false);
    expect(datesAgree('2022-01', '2022-11-01')).toBe(false);
    expect(datesAgree('2022-07-07', null)).toBe(false);
    expect(datesAgree('2022-07-07', '--07-07')).toBe(false);
  });

  it('lets a gold date of null match any prediction', () => {
    expect(datesAgree(null, '2022-07-07')).toBe(true);
    expect(datesAgree(null, null)).toBe(true);
  });
});

describe('engagementSimilarity', () => {
  it('prefers an equal date, then a more precise one, then a null gold date; same type first', () => {
    const exact = engagementSimilarity({ type: 'talks', date: '2022-07' }, { type: 'talks', date: '2022-07' })!;
    const precise = engagementSimilarity({ type: 'talks', date: '2022-07' }, { type: 'talks', date: '2022-07-01' })!;
    const open = engagementSimilarity({ type: 'talks', date: null }, { type: 'talks', date: '2022-07-01' })!;
    const otherType = engagementSimilarity({ type: 'talks', date: '2022-07' }, { type: 'phone_call', date: '2022-07' })!;
    expect(exact).toBeGreaterThan(otherType);
    expect(otherType).toBeGreaterThan(precise);
    expect(precise).toBeGreaterThan(open);
  });
});
