import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet.js';

describe('snippetAround', () => {
  const long = `${'Opening words go here. '.repeat(10)}Then Assimi Goïta arrived in Moscow for talks.${' Closing words follow.'.repeat(10)}`;

  it('cuts around the first match in the original spelling', () => {
    const s = snippetAround(long, ['goita'], 80);
    expect(s).toContain('Goïta');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(82);
  });

  it('maps folded Cyrillic back to й and ё', () => {
    expect(snippetAround('Президент Гойта провёл переговоры.', ['гоита'])).toBe('Президент Гойта провёл переговоры.');
    expect(snippetAround(`${'слово '.repeat(30)}он провёл встречу`, ['провел'], 40)).toContain('провёл');
  });

  it('falls back to the start of the text', () => {
    expect(snippetAround('Short text.', ['absent'])).toBe('Short text.');
  });
});
