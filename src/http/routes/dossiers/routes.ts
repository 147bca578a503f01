import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { DossierSchema } from '../../../contracts/index.js';
import { buildDossier } from '../../../core/commands/dossierBuilder.js';
import type { AppEnv } from '../../env.js';
import { ERROR_RESPONSES, jsonResponse } from '../../responses.js';
import { DossierParamsSchema } from './schema.js';

const dossierRoute = createRoute({
  method: 'get', path: '/api/dossiers/{a}/{b}', tags: ['dossiers'],
  summary: 'The whole record of the relationship between two countries',
  request: { params: DossierParamsSchema },
  responses: { 200: jsonResponse(DossierSchema, 'the dossier'), 400: ERROR_RESPONSES[400] },
});

/**
 * `GET /api/dossiers/{a}/{b}`.
 * @param app the API app
 */
export function registerDossierRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(dossierRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    return c.json(await buildDossier(c.var.ctx, a, b), 200);
  });
}
