import { ErrorBodySchema } from './errorMap.js';

/** OpenAPI response entries shared by every route: the one error shape under each status it can take. */
function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorBodySchema } } } as const;
}

export const ERROR_RESPONSES = {
  400: errorResponse('the request breaks a rule: "field: message"'),
  404: errorResponse('no such record'),
  409: errorResponse('stale version, or the record is not in a state that allows this'),
  413: errorResponse('the body is larger than MAX_SOURCE_BYTES'),
  500: errorResponse('an unexpected failure (details are logged, never returned)'),
  503: errorResponse('the database could not be reached'),
} as const;

/**
 * A JSON response entry for `createRoute`.
 * @param schema the zod schema of the body
 * @param description what the response is
 */
export function jsonResponse<S>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}
