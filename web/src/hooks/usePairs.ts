import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.js';

/** The country pairs on record, with counts and latest activity (Home, Network). */
export function usePairs() {
  return useQuery({
    queryKey: ['pairs'],
    queryFn: async () => unwrap(await api.GET('/api/pairs')).items,
  });
}

/** Every country Bilat knows, for pickers and names. */
export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: async () => unwrap(await api.GET('/api/countries')).items,
    staleTime: Infinity,
  });
}

/** A function from ISO code to English short name; the code itself until the names have loaded. */
export function useCountryName(): (code: string) => string {
  const countries = useCountries();
  return useMemo(() => {
    const names = new Map((countries.data ?? []).map((c) => [c.code, c.name]));
    return (code: string) => names.get(code) ?? code;
  }, [countries.data]);
}
