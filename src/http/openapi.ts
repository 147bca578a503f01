import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import { newApiApp, registerApiRoutes } from './api.js';

/** Where the committed document lives, for the web client generator and the drift test. */
export const OPENAPI_FILE = new URL('./openapi.json', import.meta.url);

const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Bilat API',
    version: '0.1.0',
    description: 'The record of a bilateral relationship: engagements, instruments, bodies, trade and sources, with intake of readouts into reviewable drafts. Errors are always `{ error: { code, message, field? } }`.',
  },
};

/**
 * The OpenAPI 3.1 document of an app's routes.
 * @param app an app with the API routes registered
 * @returns the document as a plain object
 */
export function openApiDocumentOf(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document(DOCUMENT_CONFIG);
}

/**
 * The document of the whole API, built without a database.
 * @returns the document
 */
export function buildOpenApiDocument() {
  const app = newApiApp();
  registerApiRoutes(app);
  return openApiDocumentOf(app);
}

/**
 * The document as it is committed: two-space JSON with a final newline.
 * @returns the file text
 */
export function renderOpenApiFile(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
