import createClient from 'openapi-fetch';
import type { paths } from './schema.generated.js';
import type { ApiErrorBody } from './types.js';

/** The one typed API client: its paths come from the API's OpenAPI document, so UI and server cannot drift. */
export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? 'http://127.0.0.1' : window.location.origin });

/** An API failure as the UI shows it: the server's stable code, its message and the field at fault. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /**
   * @param status HTTP status (0 when the network failed)
   * @param code the server's stable error code
   * @param message what failed and what to do
   * @param field the input field at fault, when the server names one
   */
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string) {
    super(message);
  }

  /** True when the write named an older version: someone else changed the record meanwhile. */
  get isConflict(): boolean {
    return this.status === 409;
  }
}

/**
 * Turns an openapi-fetch result into its data or a thrown ApiError, so hooks see one failure type.
 * @param result what `api.GET/POST/PATCH` resolved to
 * @returns the response body
 * @throws ApiError when the server answered with an error
 */
export function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(result: R): NonNullable<R['data']> {
  const { data, error, response } = result;
  if (error !== undefined || !response.ok) {
    const body = (error ?? {}) as Partial<ApiErrorBody>;
    const message = body.error?.message ?? `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiError(response.status, body.error?.code ?? 'http_error', message, body.error?.field);
  }
  return data as NonNullable<R['data']>;
}
