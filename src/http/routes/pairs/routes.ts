import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { ERROR_RESPONSES, jsonResponse } from '../../responses.js';
import { PairListSchema } from './schema.js';

const pairsRoute = createRoute({
  method: 'get', path: '/api/pairs', tags: ['pairs'], summary: 'Country pairs on record, with counts',
  responses: { 200: jsonResponse(PairListSchema, 'the pairs'), 503: ERROR_RESPONSES[503] },
});

/**
 * `GET /api/pairs`.
 * @param app the API app
 */
export function registerPairRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(pairsRoute, async (c) => c.json({ items: await c.var.ctx.store.read.listPairs() }, 200));
}
