import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { facetsOf } from '../api/facets.js';
import { api, unwrap } from '../api/client.js';

/** Search filters, as they appear in the URL. */
export interface SearchParams { q: string; country?: string; kind?: string; sector?: string; year?: string }

/** Searches sources and records, with facet counts over the hits; keeps the last result while the next loads. */
export function useSearch(params: SearchParams) {
  const query = Object.fromEntries(Object.entries(params).filter(([, v]) => v)) as SearchParams;
  const result = useQuery({
    queryKey: ['search', query],
    queryFn: async () => unwrap(await api.GET('/api/search', { params: { query: { ...query, limit: 100 } } })).hits,
    enabled: params.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
  const facets = useMemo(() => facetsOf(result.data ?? []), [result.data]);
  return { ...result, facets };
}
