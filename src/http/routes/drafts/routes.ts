import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { DraftAcceptReqSchema } from '../../../contracts/index.js';
import { acceptDraft } from '../../../core/commands/draftAccepter.js';
import { NotFoundError } from '../../../core/errors.js';
import type { AppEnv } from '../../env.js';
import { IdParamsSchema } from '../../params.js';
import { ERROR_RESPONSES, jsonResponse } from '../../responses.js';
import { AcceptResultSchema, DraftDetailSchema, DraftListQuerySchema, DraftListSchema } from './schema.js';

const listRoute = createRoute({
  method: 'get', path: '/api/drafts', tags: ['drafts'], summary: 'Recent drafts, newest first',
  request: { query: DraftListQuerySchema },
  responses: { 200: jsonResponse(DraftListSchema, 'drafts with their sources'), 400: ERROR_RESPONSES[400] },
});

const getRoute = createRoute({
  method: 'get', path: '/api/drafts/{id}', tags: ['drafts'], summary: 'A draft with its source text, for review',
  request: { params: IdParamsSchema },
  responses: { 200: jsonResponse(DraftDetailSchema, 'the draft and its source'), 404: ERROR_RESPONSES[404] },
});

const acceptRoute = createRoute({
  method: 'post', path: '/api/drafts/{id}/accept', tags: ['drafts'],
  summary: 'Accept a draft (all pending items, or the named ones) and write its records',
  request: { params: IdParamsSchema, body: { required: true, content: { 'application/json': { schema: DraftAcceptReqSchema } } } },
  responses: {
    200: jsonResponse(AcceptResultSchema, 'the updated draft and the records written'),
    400: ERROR_RESPONSES[400], 404: ERROR_RESPONSES[404], 409: ERROR_RESPONSES[409],
  },
});

/**
 * `GET /api/drafts`, `GET /api/drafts/{id}`, `POST /api/drafts/{id}/accept`.
 * @param app the API app
 */
export function registerDraftRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const { limit, sourceId } = c.req.valid('query');
    const read = c.var.ctx.store.read;
    const drafts = await read.listDrafts({ limit, ...(sourceId ? { sourceId } : {}) });
    const ids = [...new Set(drafts.map((draft) => draft.sourceId))];
    const summaries = ids.length > 0 ? await read.listSourceSummaries({ ids }) : [];
    const byId = new Map(summaries.map((summary) => [summary.id, summary]));
    return c.json({ items: drafts.map((draft) => ({ draft, source: byId.get(draft.sourceId) ?? null })) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const read = c.var.ctx.store.read;
    const draft = await read.getDraft(id);
    if (!draft) throw new NotFoundError('draft', id);
    const source = await read.get('source', draft.sourceId);
    if (!source) throw new NotFoundError('source', draft.sourceId);
    return c.json({ draft, source }, 200);
  });

  app.openapi(acceptRoute, async (c) => {
    const { id } = c.req.valid('param');
    const result = await acceptDraft(c.var.ctx, id, c.req.valid('json'));
    return c.json(result, 200);
  });
}
