import { describe, expect, it } from 'vitest';
import { fuzzyDateToTime, yearOf } from './dates.js';

describe('fuzzyDateToTime', () => {
  it('places a day exactly', () => {
    expect(fuzzyDateToTime('2025-06-23')).toBe(Date.UTC(2025, 5, 23));
  });
  it('places a month and a year in their middle', () => {
    expect(fuzzyDateToTime('2025-06')).toBe(Date.UTC(2025, 5, 15));
    expect(fuzzyDateToTime('2023')).toBe(Date.UTC(2023, 6, 1));
  });
  it('cannot place a date whose year is unknown', () => {
    expect(fuzzyDateToTime('--06-23')).toBeNull();
    expect(fuzzyDateToTime(null)).toBeNull();
    expect(yearOf('--06-23')).toBeNull();
    expect(yearOf('2023-02-01')).toBe(2023);
  });
});
