import { describe, expect, it } from 'vitest';
import { keyOfTag, litTagsOf, segmentText } from './spans.js';

describe('segmentText', () => {
  it('covers the whole text with plain and tagged runs', () => {
    const segments = segmentText(20, [{ start: 5, end: 10, tag: 'par1:name' }]);
    expect(segments).toEqual([
      { start: 0, end: 5, tags: [] },
      { start: 5, end: 10, tags: ['par1:name'] },
      { start: 10, end: 20, tags: [] },
    ]);
  });

  it('splits overlapping spans so each run knows every span covering it', () => {
    const segments = segmentText(12, [{ start: 2, end: 8, tag: 'a:x' }, { start: 5, end: 10, tag: 'b:y' }]);
    expect(segments.map((s) => [s.start, s.end, s.tags])).toEqual([
      [0, 2, []], [2, 5, ['a:x']], [5, 8, ['a:x', 'b:y']], [8, 10, ['b:y']], [10, 12, []],
    ]);
  });

  it('clips spans past the end and drops empty ones', () => {
    const segments = segmentText(6, [{ start: 4, end: 99, tag: 'a:x' }, { start: 3, end: 3, tag: 'b:y' }]);
    expect(segments).toEqual([{ start: 0, end: 4, tags: [] }, { start: 4, end: 6, tags: ['a:x'] }]);
  });

  it('reads the item key from a tag', () => {
    expect(keyOfTag('agr2:title')).toBe('agr2');
  });
});

describe('litTagsOf', () => {
  const spans = [
    { start: 0, end: 5, tag: 'par1:name' }, { start: 6, end: 9, tag: 'par1:role' },
    { start: 20, end: 30, tag: 'eng1:type' }, { start: 40, end: 45, tag: 'sector-energy:sector' },
  ];

  it('lights a field\'s own spans', () => {
    expect([...litTagsOf(spans, { key: 'par1', field: 'name' })]).toEqual(['par1:name']);
  });

  it('lights the whole item when no span is tied to the field', () => {
    expect([...litTagsOf(spans, { key: 'par1', field: 'country' })]).toEqual(['par1:name', 'par1:role']);
    expect([...litTagsOf(spans, { key: 'eng1', field: 'date' })]).toEqual(['eng1:type']);
  });

  it('lights every item behind a selected span, and nothing without a highlight', () => {
    expect([...litTagsOf(spans, { keys: ['eng1', 'sector-energy'] })]).toEqual(['eng1:type', 'sector-energy:sector']);
    expect(litTagsOf(spans, null).size).toBe(0);
  });
});
