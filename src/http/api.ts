import { OpenAPIHono } from '@hono/zod-openapi';
import { nameContractSchemas } from './components.js';
import type { AppEnv } from './env.js';
import { validationHook } from './errorMap.js';
import { registerCountryRoutes } from './routes/countries/routes.js';
import { registerDossierRoutes } from './routes/dossiers/routes.js';
import { registerDraftRoutes } from './routes/drafts/routes.js';
import { registerIntakeRoutes } from './routes/intake/routes.js';
import { registerPairRoutes } from './routes/pairs/routes.js';
import { registerRecordRoutes } from './routes/records/routes.js';
import { registerSearchRoutes } from './routes/search/routes.js';

/**
 * A fresh OpenAPIHono app whose validation failures read "field: message".
 * @returns the app, with no routes yet
 */
export function newApiApp(): OpenAPIHono<AppEnv> {
  nameContractSchemas();
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/**
 * Registers every `/api` route on `app`. Handlers read the command context from `c.var.ctx`, so
 * the routes (and the OpenAPI document made from them) exist without a database.
 * @param app the app to add routes to
 */
export function registerApiRoutes(app: OpenAPIHono<AppEnv>): void {
  // Fixed paths before the generic `/api/<plural>` ones is not needed (plurals never collide with
  // them), but intake, drafts and dossiers come first as the routes the UI uses most.
  registerIntakeRoutes(app);
  registerDraftRoutes(app);
  registerDossierRoutes(app);
  registerSearchRoutes(app);
  registerPairRoutes(app);
  registerCountryRoutes(app);
  registerRecordRoutes(app);
}
