import { describe, expect, it } from 'vitest';
import { parseCountry, parseDay, parsePort } from './options.js';
import { UsageError } from './output.js';

describe('parseDay', () => {
  it('accepts a calendar day', () => {
    expect(parseDay('2025-06-24')).toBe('2025-06-24');
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
  });
  it.each(['2025-6-24', '24.06.2025', '2025-02-30', '2025-13-01', 'yesterday', ''])('refuses "%s" with an example', (value) => {
    expect(() => parseDay(value)).toThrow(UsageError);
    expect(() => parseDay(value)).toThrow(/YYYY-MM-DD \(for example --date 2025-06-24\)/);
  });
});

describe('parseCountry', () => {
  it('upper-cases ISO codes', () => {
    expect(parseCountry('ru')).toBe('RU');
    expect(parseCountry(' ML ')).toBe('ML');
  });
  it.each(['XX', 'RUS', 'R', '12', 'Mali'])('refuses "%s"', (value) => {
    expect(() => parseCountry(value)).toThrow(/not an ISO 3166-1 alpha-2 country code/);
  });
});

describe('parsePort', () => {
  it('accepts 0..65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
  });
  it.each(['-1', '65536', 'http', '80.5'])('refuses "%s"', (value) => {
    expect(() => parsePort(value)).toThrow(UsageError);
  });
});
