import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
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
  // Documented through the registry but validated here: with a required body of two media types,
  // @hono/zod-openapi would run both validators on every request (a JSON body would fail the
  // multipart schema). Each body is parsed by the schema of its own media type instead.
  app.openAPIRegistry.registerPath(intakeRoute);
  app.post('/api/intake', async (c) => {
    const contentType = (c.req.header('content-type') ?? '').toLowerCase();
    let input: IntakeInput;
    if (contentType.startsWith('multipart/form-data') || contentType.startsWith('application/x-www-form-urlencoded')) {
      const req = IntakeFormReqSchema.parse(await c.req.parseBody());
      input = {
        bytes: new Uint8Array(await req.file.arrayBuffer()),
        filename: req.file.name || null,
        mediaType: req.file.type || null,
        ...metaOf(req),
      };
    } else if (contentType.includes('json')) {
      const req = IntakeJsonReqSchema.parse(await readJson(() => c.req.json()));
      input = { bytes: new TextEncoder().encode(req.text), filename: null, mediaType: 'text/plain', ...metaOf(req) };
    } else {
      throw new HTTPException(415, { message: 'send the readout as application/json { text } or as multipart/form-data with a file' });
    }
    const result = await intakeSource(c.var.ctx, input);
    return c.json(result, result.isDuplicate ? 200 : 201);
  });
}

async function readJson(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return await read();
  } catch (error) {
    throw new HTTPException(400, { message: 'Malformed JSON in request body', cause: error });
  }
}
