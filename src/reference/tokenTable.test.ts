import { describe, expect, it } from 'vitest';
import { TokenTable } from './tokenTable.js';
import { keySignature } from './wordScan.js';
import { tokenize } from './tokens.js';

const TEXTS = [
  'В российско-малийских отношениях, l’Iran.',
  'Côte d’Ivoire, ÉMIRATS arabes unis; Соединённые Штаты и Йемен — U.S. 2025',
  'x',
  '',
  'a\u0301b 𝐀𝐁 z',
];

describe('TokenTable', () => {
  it('gives the spans, raw words and keys tokenize gives', () => {
    for (const text of TEXTS) {
      const table = TokenTable.of(text);
      const tokens = tokenize(text);
      expect(table.length).toBe(tokens.length);
      tokens.forEach((t, i) => {
        expect([table.start(i), table.end(i), table.raw(i), table.key(i)]).toEqual([t.start, t.end, t.raw, t.key]);
      });
    }
  });

  it('signs each word as its folded key would be signed, without building the key first', () => {
    for (const text of TEXTS) {
      const table = TokenTable.of(text);
      const fresh = TokenTable.fromTokens(text, tokenize(text));
      for (let i = 0; i < table.length; i += 1) {
        expect(table.sigs[i]).toBe(keySignature(tokenize(text)[i]!.key));
        expect(fresh.sigs[i]).toBe(table.sigs[i]);
      }
    }
  });

  it('keeps the last text, and scans a new one afresh', () => {
    const a = TokenTable.of('Mali and Niger');
    expect(TokenTable.of('Mali and Niger')).toBe(a);
    const b = TokenTable.of('Niger');
    expect(b).not.toBe(a);
    expect(b.key(0)).toBe('niger');
  });
});
