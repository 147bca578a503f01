import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DraftAcceptReq } from '../api/types.js';
import { api, unwrap } from '../api/client.js';

/** Recent intakes, newest first. */
export function useDrafts() {
  return useQuery({
    queryKey: ['drafts'],
    queryFn: async () => unwrap(await api.GET('/api/drafts', { params: { query: { limit: 20 } } })).items,
  });
}

/** One draft and the source text its evidence offsets point into. */
export function useDraft(id: string) {
  return useQuery({
    queryKey: ['drafts', id],
    queryFn: async () => unwrap(await api.GET('/api/drafts/{id}', { params: { path: { id } } })),
  });
}

/** Accepts (and rejects, links, edits) items of a draft; everything that shows records is refetched after. */
export function useAcceptDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DraftAcceptReq) =>
      unwrap(await api.POST('/api/drafts/{id}/accept', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
