import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecordKind } from '../api/types.js';
import { api, unwrap } from '../api/client.js';

/** URL plural per kind, as the generic CRUD routes name them (RECORD_SCHEMAS[kind].plural). */
export const RECORD_PLURALS = {
  person: 'people', post: 'posts', tenure: 'tenures', organization: 'organizations', engagement: 'engagements',
  instrument: 'instruments', body: 'bodies', session: 'sessions', decision: 'decisions', project: 'projects',
  trade_figure: 'trade-figures', statement: 'statements', source: 'sources',
} as const satisfies Record<RecordKind, string>;

// Every kind has the same three routes; the client is typed on one of them and the path is chosen at run time.
type OnePath = '/api/instruments/{id}';
const pathOf = (kind: RecordKind, suffix = '') => `/api/${RECORD_PLURALS[kind]}/{id}${suffix}` as OnePath;

/** A stored record with its version, as every kind carries. */
export interface StoredRecord { id: string; version: number; [field: string]: unknown }

/** One record with its history (who changed what, from which draft) and its evidence. */
export function useRecord(kind: RecordKind, id: string) {
  const params = { params: { path: { id } } };
  const record = useQuery({
    queryKey: ['record', kind, id],
    queryFn: async () => unwrap(await api.GET(pathOf(kind), params)) as StoredRecord,
  });
  const history = useQuery({
    queryKey: ['record', kind, id, 'history'],
    queryFn: async () => unwrap(await api.GET(pathOf(kind, '/history') as '/api/instruments/{id}/history', params)),
  });
  const evidence = useQuery({
    queryKey: ['record', kind, id, 'evidence'],
    queryFn: async () => unwrap(await api.GET(pathOf(kind, '/evidence') as '/api/instruments/{id}/evidence', params)),
  });
  return { record, history, evidence };
}

/** Writes changed fields with the version they were read at; a stale version comes back as a 409 ApiError. */
export function useUpdateRecord(kind: RecordKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { version: number } & Record<string, unknown>) =>
      // The body's fields depend on the kind chosen at run time; the server validates them against that kind.
      unwrap(await api.PATCH(pathOf(kind), { params: { path: { id } }, body: body as never })) as StoredRecord,
    onSuccess: (saved) => {
      queryClient.setQueryData(['record', kind, id], saved);
      void queryClient.invalidateQueries({ queryKey: ['record', kind, id, 'history'] });
      void queryClient.invalidateQueries({ queryKey: ['dossier'] });
    },
  });
}
