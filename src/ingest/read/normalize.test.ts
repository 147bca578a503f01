import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('turns CRLF and CR into LF and odd spaces into one space', () => {
    expect(normalizeText('a\r\nb\rc\u00A0\u202Fd\u3000e\tf')).toBe('a\nb\nc d e f');
  });

  it('keeps one blank line between paragraphs and trims lines', () => {
    expect(normalizeText('  one  two \n \n\n\n  three\n\f four ')).toBe('one two\n\nthree\n\nfour');
  });

  it('removes invisible characters but no letters', () => {
    expect(normalizeText('co\u00ADope\u200Bration Ёлка й')).toBe('cooperation Ёлка й');
  });
});
