import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { BilatError, DocumentTooLargeError, ValidationError, UnreadableDocumentError } from '../core/errors.js';
import { MAX_SOURCE_BYTES } from '../contracts/index.js';

/** The one error shape every API failure has. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'validation_failed' }),
      message: z.string(),
      field: z.string().optional().describe('the input field at fault, when one is'),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export interface MappedError {
  status: ContentfulStatusCode;
  body: ErrorBody;
}

/** Core error codes → HTTP status. Anything not listed is a 500. */
const STATUS_BY_CODE: Record<string, ContentfulStatusCode> = {
  validation_failed: 400,
  unreadable_document: 400,
  not_found: 404,
  version_conflict: 409,
  invalid_state: 409,
  storage_failed: 503,
};

export const TOO_LARGE_MESSAGE = `The request body is larger than ${Math.round(MAX_SOURCE_BYTES / (1024 * 1024))} MiB, the most Bilat takes in (MAX_SOURCE_BYTES); send a smaller document or its text only.`;
const INTERNAL_MESSAGE = 'Something went wrong inside Bilat; the error was logged on the server. Try again, and report it if it keeps happening.';

/** Hono's own exceptions (malformed JSON, wrong media type) by status, with our codes. */
const HTTP_EXCEPTION_CODES: Partial<Record<number, string>> = {
  400: 'validation_failed',
  413: 'unreadable_document',
  415: 'validation_failed',
};

/**
 * Turns the first zod issue into "field: message", the way every validation failure reads.
 * @param error the zod error of a request part
 * @returns the field path (dotted) and the combined message
 */
export function describeZodError(error: z.ZodError): { field: string | undefined; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: undefined, message: 'invalid input' };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return { field, message: field ? `${field}: ${issue.message}` : issue.message };
}

/** A document too large for intake is a 413, not a 400: the client must send less, not fix a field. */
function isTooLarge(error: UnreadableDocumentError): boolean {
  return error instanceof DocumentTooLargeError;
}

/**
 * The one place where failures become HTTP responses. Internals of unknown errors never leak.
 * @param error anything thrown by a handler, a validator or a command
 * @returns status and JSON body
 */
export function mapError(error: unknown): MappedError {
  if (error instanceof z.ZodError) {
    const { field, message } = describeZodError(error);
    return { status: 400, body: { error: { code: 'validation_failed', message, ...(field ? { field } : {}) } } };
  }
  if (error instanceof BilatError) {
    let status = STATUS_BY_CODE[error.code] ?? 500;
    if (error instanceof UnreadableDocumentError && isTooLarge(error)) status = 413;
    const field = error instanceof ValidationError && error.field ? { field: error.field } : {};
    const message = status === 500 ? INTERNAL_MESSAGE : error.message;
    return { status, body: { error: { code: status === 500 ? 'internal_error' : error.code, message, ...field } } };
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = HTTP_EXCEPTION_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
    const message = status === 413 ? TOO_LARGE_MESSAGE : status >= 500 ? INTERNAL_MESSAGE : error.message || 'bad request';
    return { status, body: { error: { code, message } } };
  }
  return { status: 500, body: { error: { code: 'internal_error', message: INTERNAL_MESSAGE } } };
}

/**
 * Hono `onError` handler: maps the error, logs what is not the client's fault.
 * @param error the thrown value
 * @param c the request context
 */
export function handleError(error: unknown, c: Context): Response {
  const mapped = mapError(error);
  if (mapped.status >= 500) console.error(`[bilat] ${c.req.method} ${c.req.path} failed:`, error);
  return c.json(mapped.body, mapped.status);
}

/**
 * `defaultHook` of the OpenAPIHono app: a request that fails its zod schema gets a 400 naming the
 * first issue as "field: message".
 */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }, c: Context): Response | undefined {
  if (result.success) return undefined;
  const { field, message } = describeZodError(result.error);
  return c.json({ error: { code: 'validation_failed', message, ...(field ? { field } : {}) } }, 400);
}

/** Body for a 413 from the body-limit middleware. */
export function tooLarge(c: Context): Response {
  return c.json({ error: { code: 'unreadable_document', message: TOO_LARGE_MESSAGE } }, 413);
}
