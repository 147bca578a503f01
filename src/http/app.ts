import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { MAX_SOURCE_BYTES } from '../contracts/index.js';
import type { CommandContext } from '../core/ports.js';
import { newApiApp, registerApiRoutes } from './api.js';
import type { AppEnv } from './env.js';
import { handleError, tooLarge } from './errorMap.js';
import { openApiDocumentOf } from './openapi.js';
import { registerStaticFiles } from './staticFiles.js';

/** Room for multipart boundaries and form fields around a document of MAX_SOURCE_BYTES. */
const FRAMING_BYTES = 64 * 1024;

export interface AppOptions {
  /** Folder of the built web UI (web/dist); served with an index.html fallback when given. */
  staticDir?: string | null;
}

/**
 * The HTTP application: the REST API under /api, its OpenAPI document, and optionally the UI.
 * @param ctx the command context (an AppContext from src/main/context.ts)
 * @param options where the UI is
 * @returns the app; serve it with @hono/node-server or call `app.request()` in tests
 */
export function createApp(ctx: CommandContext, options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const app = newApiApp();
  app.onError(handleError);
  app.use('/api/*', async (c, next) => {
    c.set('ctx', ctx);
    await next();
  });
  app.use('/api/*', bodyLimit({ maxSize: MAX_SOURCE_BYTES + FRAMING_BYTES, onError: tooLarge }));
  app.get('/api/openapi.json', (c) => c.json(openApiDocumentOf(app)));
  registerApiRoutes(app);
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no API route ${c.req.method} ${c.req.path}; see /api/openapi.json` } }, 404));
  if (options.staticDir) registerStaticFiles(app, options.staticDir);
  return app;
}
