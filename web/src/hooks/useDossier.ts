import { useQuery } from '@tanstack/react-query';
import type { Dossier } from '../api/types.js';
import { api, unwrap } from '../api/client.js';

/** The whole record of one relationship. */
export function useDossier(a: string, b: string) {
  return useQuery({
    queryKey: ['dossier', a, b],
    queryFn: async () => unwrap(await api.GET('/api/dossiers/{a}/{b}', { params: { path: { a, b } } })) as Dossier,
  });
}
