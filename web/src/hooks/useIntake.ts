import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MAX_SOURCE_BYTES } from '../../../src/contracts/index.js';
import { ApiError, api, unwrap } from '../api/client.js';
import type { IntakeResult } from '../api/types.js';

/** What the intake form sends: pasted text or a file, and an optional reference date. */
export interface IntakeInput {
  text?: string;
  file?: File | null;
  referenceDate?: string;
  title?: string;
}

/** Posts pasted text as JSON, or a file as multipart (text, HTML, PDF); the server extracts a draft. */
async function postIntake(input: IntakeInput): Promise<IntakeResult> {
  if (input.file) {
    if (input.file.size > MAX_SOURCE_BYTES) {
      throw new ApiError(413, 'too_large', `The file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB; split it or paste the relevant part.`, 'file');
    }
    const form = new FormData();
    form.set('file', input.file);
    if (input.referenceDate) form.set('referenceDate', input.referenceDate);
    if (input.title) form.set('title', input.title);
    // FormData is sent as is: the browser sets the multipart boundary.
    return unwrap(await api.POST('/api/intake', { body: form as never, bodySerializer: (body: unknown) => body as FormData }));
  }
  const text = input.text?.trim() ?? '';
  if (!text) throw new ApiError(400, 'validation', 'Paste the text of a readout or choose a file.', 'text');
  const body: { text: string; referenceDate?: string; title?: string } = { text };
  if (input.referenceDate) body.referenceDate = input.referenceDate;
  if (input.title) body.title = input.title;
  return unwrap(await api.POST('/api/intake', { body }));
}

/** Takes in a readout; on success the drafts list is refetched. */
export function useIntake() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postIntake,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['drafts'] }),
  });
}
