import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';

/** The country pairs on record, with counts and latest activity (Home, Network). */
export function usePairs() {
  return useQuery({
    queryKey: ['pairs'],
    queryFn: async () => unwrap(await api.GET('/api/pairs')),
  });
}

/** Every country Bilat knows, for pickers and names. */
export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: async () => unwrap(await api.GET('/api/countries')),
    staleTime: Infinity,
  });
}
