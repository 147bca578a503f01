import { describe, expect, it } from 'vitest';
import { PhraseMatcher, expandLeadingOptional, literalPrefix, splitTopLevel } from './matcher.js';

describe('PhraseMatcher', () => {
  it('finds the longest entry at a word start, never inside a word', () => {
    const m = new PhraseMatcher([{ pattern: 'minister', value: 1 }, { pattern: 'prime minister', value: 2 }, { pattern: 'secretary|secretary-general', value: 3 }]);
    expect(m.findAll('The Prime Minister and the Secretary-General; administer.').map((x) => [x.text, x.value])).toEqual([['Prime Minister', 2], ['Secretary-General', 3]]);
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
});
