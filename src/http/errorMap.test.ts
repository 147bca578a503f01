import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ConflictError, DocumentTooLargeError, NotFoundError, StateError, StorageError, UnreadableDocumentError, ValidationError,
} from '../core/errors.js';
import { handleError, mapError } from './errorMap.js';

describe('mapError', () => {
  it.each([
    [new ValidationError('date: must be YYYY-MM-DD', 'date'), 400, 'validation_failed'],
    [new UnreadableDocumentError('the document is empty'), 400, 'unreadable_document'],
    [new DocumentTooLargeError('The document is 50 MB (52428800 bytes), over the limit of 20 MB'), 413, 'unreadable_document'],
    [new UnreadableDocumentError('the text is too large to be a word'), 400, 'unreadable_document'],
    [new NotFoundError('engagement', 'eng_1'), 404, 'not_found'],
    [new ConflictError('engagement eng_1 is at version 3, not 2'), 409, 'version_conflict'],
    [new StateError('the draft has nothing pending'), 409, 'invalid_state'],
    [new StorageError('connection refused'), 503, 'storage_failed'],
  ])('maps %s to %i %s', (error, status, code) => {
    const mapped = mapError(error);
    expect(mapped.status).toBe(status);
    expect(mapped.body.error.code).toBe(code);
    expect(mapped.body.error.message).toBe(error.message);
  });

  it('names the field of a ValidationError', () => {
    expect(mapError(new ValidationError('bad', 'country')).body.error.field).toBe('country');
    expect(mapError(new ValidationError('bad')).body.error).not.toHaveProperty('field');
  });

  it('reports the first zod issue as "field: message"', () => {
    const result = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } });
    const mapped = mapError(result.error);
    expect(mapped.status).toBe(400);
    expect(mapped.body.error).toMatchObject({ code: 'validation_failed', field: 'a.b' });
    expect(mapped.body.error.message).toMatch(/^a\.b: /);
  });

  it('never leaks the message of an unknown error', () => {
    const mapped = mapError(new Error('SQLITE_CORRUPT at /secret/path.db'));
    expect(mapped.status).toBe(500);
    expect(mapped.body.error.code).toBe('internal_error');
    expect(JSON.stringify(mapped.body)).not.toContain('secret');
  });

  it('keeps the status of Hono exceptions and gives 413 a clear message', () => {
    expect(mapError(new HTTPException(400, { message: 'Malformed JSON in request body' })).body.error)
      .toEqual({ code: 'validation_failed', message: 'Malformed JSON in request body' });
    const tooLarge = mapError(new HTTPException(413));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toMatch(/larger than 20 MiB/);
  });
});

describe('handleError', () => {
  it('answers JSON with the mapped status', async () => {
    const app = new Hono();
    app.onError(handleError);
    app.get('/x', () => { throw new NotFoundError('body', 'bod_9'); });
    const response = await app.request('/x');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'body "bod_9" does not exist' } });
  });
});
