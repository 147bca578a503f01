import { describe, expect, it } from 'vitest';
import { facetsOf } from './facets.js';
import type { SearchHit } from './types.js';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: 'instrument', id: 'x', label: 'x', snippet: '', countries: [], year: null, sectors: [], ...over,
});

describe('facetsOf', () => {
  it('counts each value once per hit, most frequent first', () => {
    const facets = facetsOf([
      hit({ countries: ['RU', 'ML', 'RU'], sectors: ['energy'] }),
      hit({ kind: 'source', countries: ['RU'], sectors: ['energy', 'trade'] }),
    ]);
    expect(facets.country).toEqual([{ value: 'RU', count: 2 }, { value: 'ML', count: 1 }]);
    expect(facets.kind).toEqual([{ value: 'instrument', count: 1 }, { value: 'source', count: 1 }]);
    expect(facets.sector[0]).toEqual({ value: 'energy', count: 2 });
  });

  it('lists years newest first and skips hits without one', () => {
    const facets = facetsOf([hit({ year: 2023 }), hit({ year: 2025 }), hit({ year: null })]);
    expect(facets.year.map((y) => y.value)).toEqual(['2025', '2023']);
  });
});
