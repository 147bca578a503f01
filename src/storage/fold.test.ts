import { describe, expect, it } from 'vitest';
import { escapeLike, fold } from './fold.js';

describe('fold', () => {
  it('strips accents and case', () => {
    expect(fold('Assimi Goïta')).toBe('assimi goita');
    expect(fold('CÔTE D’IVOIRE')).toBe('cote d’ivoire');
  });
  it('folds Cyrillic case, ё and й alike', () => {
    expect(fold('Гойта')).toBe(fold('гоита'));
    expect(fold('Алёна')).toBe('алена');
  });
  it('collapses whitespace and is idempotent', () => {
    const once = fold('  Vladimir \t Putin ');
    expect(once).toBe('vladimir putin');
    expect(fold(once)).toBe(once);
  });
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
