import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';

/**
 * Serves the built UI from `staticDir`. A GET outside /api that names no file gets index.html, so
 * client-side routes (/dossiers/RU/ML) survive a reload.
 * @param app the app
 * @param staticDir the folder with index.html and assets
 */
export function registerStaticFiles(app: OpenAPIHono<AppEnv>, staticDir: string): void {
  const root = resolve(staticDir);
  const indexFile = join(root, 'index.html');
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') return next();
    return serveStatic({ root })(c, next);
  });
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || !existsSync(indexFile)) return next();
    // Read on each request: the UI may be rebuilt while the server runs.
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
