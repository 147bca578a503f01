import type { SearchHit } from './types.js';

/** The filters search offers, in the order shown. */
export const FACETS = ['country', 'kind', 'sector', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** A facet value and how many hits carry it. */
export interface FacetCount { value: string; count: number }

/**
 * Counts facet values over the hits shown, most frequent first (years newest first), so each filter
 * says how many results it would keep.
 * @param hits the current hits
 * @returns per facet, its values with counts
 */
export function facetsOf(hits: SearchHit[]): Record<Facet, FacetCount[]> {
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count }));
  };
  const byCount = (list: FacetCount[]) => list.sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  return {
    country: byCount(tally(hits.flatMap((h) => [...new Set(h.countries)]))),
    kind: byCount(tally(hits.map((h) => h.kind))),
    sector: byCount(tally(hits.flatMap((h) => [...new Set(h.sectors)]))),
    year: tally(hits.flatMap((h) => (h.year === null ? [] : [String(h.year)]))).sort((x, y) => y.value.localeCompare(x.value)),
  };
}
