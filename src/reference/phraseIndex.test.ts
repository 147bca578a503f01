import { describe, expect, it } from 'vitest';
import { PhraseIndex } from './phraseIndex.js';

function index(): PhraseIndex<string> {
  const i = new PhraseIndex<string>();
  i.add('Congo', 'short');
  i.add('Republic of the Congo', 'formal');
  i.add('Democratic Republic of the Congo', 'drc');
  i.add('U.S.', 'us');
  i.add('Guinea-Bissau', 'gw');
  i.add('Guinea', 'gn');
  return i;
}

describe('PhraseIndex', () => {
  it('takes the longest phrase at a position and never overlaps', () => {
    const hits = index().findAll('The Democratic Republic of the Congo, the Republic of the Congo and Congo.');
    expect(hits.map((h) => [h.value, h.text])).toEqual([
      ['drc', 'Democratic Republic of the Congo'], ['formal', 'Republic of the Congo'], ['short', 'Congo'],
    ]);
  });

  it('lets a space stand for a dash and requires the dots of abbreviations', () => {
    expect(index().findAll('Guinea Bissau and Guinea').map((h) => h.value)).toEqual(['gw', 'gn']);
    expect(index().findAll('the U.S. and the U S').map((h) => h.text)).toEqual(['U.S.']);
  });

  it('keeps the first value added for an identical phrase', () => {
    const i = new PhraseIndex<string>();
    i.add('Mali', 'first');
    i.add('Mali', 'second');
    expect(i.size).toBe(1);
    expect(i.findAll('Mali')[0]?.value).toBe('first');
  });

  it('matches case-blind words in any case', () => {
    const i = new PhraseIndex<string>();
    i.add('malien', 'ml');
    expect(i.findAll('Malien, malien, MALIEN').length).toBe(3);
  });
});

describe('PhraseIndex with many phrases on one first word', () => {
  it('tries the phrases the next word continues, longest first, and the one-word phrase otherwise', () => {
    const i = new PhraseIndex<string>();
    for (const [p, v] of [['Saint Lucia', 'lc'], ['Saint Kitts and Nevis', 'kn'], ['Saint Vincent and the Grenadines', 'vc'], ['Saint Helena', 'sh'], ['Saint Martin', 'mf'], ['Saint', 'saint'], ['Saint Kitts', 'kitts']] as const) i.add(p, v);
    const hits = i.findAll('Saint Kitts and Nevis, Saint Kitts alone, Saint Lucia, Saint Pierre, Saint').map((h) => [h.text, h.value]);
    expect(hits).toEqual([['Saint Kitts and Nevis', 'kn'], ['Saint Kitts', 'kitts'], ['Saint Lucia', 'lc'], ['Saint', 'saint'], ['Saint', 'saint']]);
  });
});
