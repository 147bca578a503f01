import { describe, expect, it } from 'vitest';
import { caseFits, caseRuleOf, foldWord, gapShape, isDashGap, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('splits on Unicode word boundaries, Cyrillic included, with exact spans', () => {
    const text = 'В российско-малийских отношениях, l’Iran.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['В', 'российско', 'малийских', 'отношениях', 'l', 'Iran']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('folds й and ё inside lower-case Cyrillic words, and leaves other Cyrillic letters as they are', () => {
    const tokens = tokenize('Мой край, ёлка и МИР');
    expect(tokens.map((t) => t.raw)).toEqual(['Мой', 'край', 'ёлка', 'и', 'МИР']);
    expect(tokens.map((t) => t.key)).toEqual(['мои', 'краи', 'елка', 'и', 'мир']);
  });

  it('folds diacritics, case and ё', () => {
    expect(foldWord('Соединённые')).toBe(foldWord('Соединенные'));
    expect(foldWord('Élysée')).toBe('elysee');
    expect(foldWord('Türkiye')).toBe('turkiye');
  });
});

describe('gaps and case', () => {
  it('treats spaces and dashes alike but keeps dots and apostrophes', () => {
    expect(gapShape('-')).toBe(gapShape(' '));
    expect(gapShape(' — ')).toBe(' ');
    expect(gapShape('’')).toBe("'");
    expect(gapShape('.')).not.toBe(gapShape(' '));
  });

  it('recognises dash joins on one line only', () => {
    expect(isDashGap('–')).toBe(true);
    expect(isDashGap(' — ')).toBe(true);
    expect(isDashGap(' ')).toBe(false);
    expect(isDashGap('-\n')).toBe(false);
  });

  it('keeps acronyms upper case and names capitalised', () => {
    expect(caseRuleOf('US')).toBe('upper');
    expect(caseFits('us', 'upper')).toBe(false);
    expect(caseFits('US', 'upper')).toBe(true);
    expect(caseRuleOf('Mali')).toBe('initial');
    expect(caseFits('mali', 'initial')).toBe(false);
    expect(caseFits('MALI', 'initial')).toBe(true);
    expect(caseRuleOf('malien')).toBe('any');
  });
});
