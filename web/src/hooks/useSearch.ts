import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { facetsOf } from '../api/facets.js';
import { api, unwrap } from '../api/client.js';
import type { paths } from '../api/schema.generated.js';

/** Search filters, as they appear in the URL. */
export interface SearchParams { q: string; country?: string; kind?: string; sector?: string; year?: string }
type SearchQuery = NonNullable<paths['/api/search']['get']['parameters']['query']>;

/**
 * The URL's filters as the API's query. Values come from the address bar, so they are passed on as
 * text and the server's schema is the one that refuses a kind or sector it does not know.
 */
function toQuery(params: SearchParams): SearchQuery {
  const query: Record<string, string | number> = { q: params.q.trim(), limit: 100 };
  for (const key of ['country', 'kind', 'sector'] as const) if (params[key]) query[key] = params[key];
  if (params.year && /^\d{4}$/.test(params.year)) query.year = Number(params.year);
  return query as SearchQuery;
}

/** Searches sources and records, with facet counts over the hits; keeps the last result while the next loads. */
export function useSearch(params: SearchParams) {
  const query = toQuery(params);
  const result = useQuery({
    queryKey: ['search', query],
    queryFn: async () => unwrap(await api.GET('/api/search', { params: { query } })).hits,
    enabled: query.q.length > 0,
    placeholderData: keepPreviousData,
  });
  const facets = useMemo(() => facetsOf(result.data ?? []), [result.data]);
  return { ...result, facets };
}
