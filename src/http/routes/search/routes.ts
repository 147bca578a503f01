import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { ERROR_RESPONSES, jsonResponse } from '../../responses.js';
import { SearchQuerySchema, SearchResultSchema } from './schema.js';

const searchRoute = createRoute({
  method: 'get', path: '/api/search', tags: ['search'],
  summary: 'Full-text search over sources and records, with facets',
  request: { query: SearchQuerySchema },
  responses: { 200: jsonResponse(SearchResultSchema, 'the hits, best first'), 400: ERROR_RESPONSES[400] },
});

/**
 * `GET /api/search?q=&country=&kind=&sector=&year=`.
 * @param app the API app
 */
export function registerSearchRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(searchRoute, async (c) => {
    const { q, country, kind, sector, year, limit } = c.req.valid('query');
    const hits = await c.var.ctx.store.read.search({
      q, limit,
      ...(country ? { country } : {}), ...(kind ? { kind } : {}), ...(sector ? { sector } : {}), ...(year ? { year } : {}),
    });
    return c.json({ hits }, 200);
  });
}
