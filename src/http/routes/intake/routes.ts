import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { intakeSource, type IntakeInput } from '../../../core/commands/sourceIntaker.js';
import type { AppEnv } from '../../env.js';
import { ERROR_RESPONSES, jsonResponse } from '../../responses.js';
import { IntakeFormReqSchema, IntakeJsonReqSchema, IntakeResultSchema, type IntakeFormReq, type IntakeJsonReq } from './schema.js';

const intakeRoute = createRoute({
  method: 'post', path: '/api/intake', tags: ['intake'],
  summary: 'Take in a readout (text, HTML or PDF) and get its draft',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: IntakeJsonReqSchema },
        'multipart/form-data': { schema: IntakeFormReqSchema },
      },
    },
  },
  responses: {
    201: jsonResponse(IntakeResultSchema, 'a new source and its draft'),
    200: jsonResponse(IntakeResultSchema, 'the same text was taken in before: the existing source and draft'),
    400: ERROR_RESPONSES[400], 413: ERROR_RESPONSES[413],
  },
});

function metaOf(req: IntakeJsonReq | IntakeFormReq): Omit<IntakeInput, 'bytes'> {
  return {
    referenceDate: req.referenceDate ?? null,
    title: req.title ?? null,
    url: req.url ?? null,
    publisher: req.publisher ?? null,
    publishedOn: req.publishedOn ?? null,
  };
}

/**
 * `POST /api/intake`: JSON text or a multipart upload → source + draft (201, or 200 when the text
 * was taken in before).
 * @param app the API app
 */
export function registerIntakeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(intakeRoute, async (c) => {
    const isJson = (c.req.header('content-type') ?? '').toLowerCase().includes('json');
    let input: IntakeInput;
    if (isJson) {
      // Both media types share one body entry, so Hono types each target as the union of the two.
      const req = c.req.valid('json') as IntakeJsonReq;
      input = { bytes: new TextEncoder().encode(req.text), filename: null, mediaType: 'text/plain', ...metaOf(req) };
    } else {
      const req = c.req.valid('form') as IntakeFormReq;
      input = {
        bytes: new Uint8Array(await req.file.arrayBuffer()),
        filename: req.file.name || null,
        mediaType: req.file.type || null,
        ...metaOf(req),
      };
    }
    const result = await intakeSource(c.var.ctx, input);
    return c.json(result, result.isDuplicate ? 200 : 201);
  });
}
