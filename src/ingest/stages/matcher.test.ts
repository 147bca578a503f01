import { describe, expect, it } from 'vitest';
import { PhraseMatcher, expandLeadingOptional, isSpaceUnit, literalPrefix, literalPrefixes, splitTopLevel, wordStarts } from './matcher.js';

describe('PhraseMatcher', () => {
  it('finds the longest entry at a word start, never inside a word', () => {
    const m = new PhraseMatcher([{ pattern: 'minister', value: 1 }, { pattern: 'prime minister', value: 2 }, { pattern: 'secretary|secretary-general', value: 3 }]);
    expect(m.findAll('The Prime Minister and the Secretary-General; administer.').map((x) => [x.text, x.value])).toEqual([['Prime Minister', 2], ['Secretary-General', 3]]);
  });
  it('prefers the longest text when a shorter pattern (tried later) matches more', () => {
    // Sorted by pattern length, 'talks(?: ,)?' is tried first and fits "talks"; 'talks x-y' is shorter but reads further.
    const m = new PhraseMatcher([{ pattern: 'talks(?: ,)?', value: 'plain' }, { pattern: 'talks x-y', value: 'long' }, { pattern: 'talk\\w*', value: 'any' }]);
    expect(m.findAll('talks x-y; talks x; talkative').map((x) => [x.text, x.value])).toEqual([['talks x-y', 'long'], ['talks', 'plain'], ['talkative', 'any']]);
  });
  it('shares one word scan per text across matchers and still reads a new text afresh', () => {
    const a = new PhraseMatcher([{ pattern: 'visit', value: 1 }]);
    const b = new PhraseMatcher([{ pattern: 'talks', value: 2 }]);
    const text = 'A visit and talks.';
    expect(a.findAll(text).map((x) => x.start)).toEqual([2]);
    expect(b.findAll(text).map((x) => x.start)).toEqual([12]);
    expect(a.findAll('talks, then a visit').map((x) => x.start)).toEqual([14]);
  });
  it('starts words at letters and digits of any script and at « and ", not at combining marks', () => {
    expect(wordStarts('Визит «мира» в 2025 г.\u0483х "ok"')).toEqual([0, 6, 7, 13, 15, 20, 23, 25, 26, 28]);
  });
  it('respects case for cased lexicons', () => {
    const m = new PhraseMatcher([{ pattern: 'US', value: 'US' }], '');
    expect(m.findAll('let us meet the US team').map((x) => x.start)).toEqual([16]);
  });
  it('splits and expands patterns so each has a literal start', () => {
    expect(splitTopLevel('a|(?:b|c)|[|]')).toEqual(['a', '(?:b|c)', '[|]']);
    expect(expandLeadingOptional('(?:interim |acting )?president')).toEqual(['interim president', 'acting president', 'president']);
    expect(literalPrefix('minist[eè]re', 3)).toEqual({ text: 'min', isWhole: false });
    expect(literalPrefix('us', 3)).toEqual({ text: 'us', isWhole: true });
  });
  it('reads small character classes at a pattern start as alternative prefixes', () => {
    expect(literalPrefixes('d[ée]claration', 3)).toEqual({ texts: ['dé', 'de'].map((x) => `${x}c`), isWhole: false });
    expect(literalPrefixes('[Мм]инистерств\\p{L}*', 3).texts).toEqual(['Мин', 'мин']);
    expect(literalPrefixes('[ée]?change', 3).texts).toEqual(['']);
    expect(literalPrefixes('[a-z]x', 3).texts).toEqual(['']);
    expect(literalPrefixes('l[\'’]', 3)).toEqual({ texts: ["l'", 'l’'], isWhole: true });
  });
  it('matches accented and unaccented spellings of an entry filed under class prefixes', () => {
    const m = new PhraseMatcher([{ pattern: 'd[ée]claration', value: 1 }, { pattern: '[Мм]инистр', value: 2 }], 'i');
    expect(m.findAll('La Déclaration, la declaration et le décret.').map((x) => x.text)).toEqual(['Déclaration', 'declaration']);
    const cased = new PhraseMatcher([{ pattern: '[Мм]инистр', value: 2 }], '');
    expect(cased.findAll('Министр и министр, но не МИНИСТР').map((x) => x.start)).toEqual([0, 10]);
  });
});

describe('isSpaceUnit', () => {
  it('agrees with the regex class \\s on every unit of the Basic Multilingual Plane', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('PhraseMatcher heads', () => {
  it('turns away a word whose fourth letter fits no head, and still finds the ones that fit', () => {
    const m = new PhraseMatcher([{ pattern: 'ministry of \\p{L}+', value: 'org' }, { pattern: 'minister', value: 'title' }]);
    expect(m.findAll('The Minister met the Ministry of Health; minimal costs, MINISTER again.').map((x) => [x.text, x.value]))
      .toEqual([['Minister', 'title'], ['Ministry of Health', 'org'], ['MINISTER', 'title']]);
  });
});

describe('wordStarts from the shared scan', () => {
  const reference = (t: string) => [...t.matchAll(/[\p{L}\p{N}]+|[«"]/gu)].map((m) => m.index);
  it('agrees with /[\\p{L}\\p{N}]+|[«"]/gu around every unit of the Basic Multilingual Plane', () => {
    const bad: number[] = [];
    for (let from = 0; from < 0x10000; from += 512) {
      let t = '';
      for (let c = from; c < from + 512; c++) t += `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}x «y"`;
      if (JSON.stringify(wordStarts(t)) !== JSON.stringify(reference(t))) bad.push(from);
    }
    expect(bad).toEqual([]);
  });
  it('agrees on texts with combining marks, astral letters and Cyrillic signs', () => {
    for (const t of ['Cafe\u0301 «Noe\u0308l» and 𝐀𝐁 x', 'Президент ҂ Путин, «Агентство» 12', 'plain text, "quoted" 2025']) expect(wordStarts(t)).toEqual(reference(t));
  });
});
