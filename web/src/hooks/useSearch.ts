import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';

/** Search filters, as they appear in the URL. */
export interface SearchParams { q: string; country?: string; kind?: string; sector?: string; year?: string }

/** Searches sources and records; keeps showing the last result while the next loads. */
export function useSearch(params: SearchParams) {
  const query = Object.fromEntries(Object.entries(params).filter(([, v]) => v)) as SearchParams;
  return useQuery({
    queryKey: ['search', query],
    queryFn: async () => unwrap(await api.GET('/api/search', { params: { query } })),
    enabled: params.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
