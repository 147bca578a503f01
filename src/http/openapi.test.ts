import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../contracts/index.js';
import { buildOpenApiDocument, OPENAPI_FILE, renderOpenApiFile } from './openapi.js';

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument() as unknown as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };

  it('is committed as generated: run `npm run openapi` after changing a contract or a route', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApiFile());
  });

  it('is OpenAPI 3.1 and describes every route', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const { plural } of Object.values(RECORD_SCHEMAS)) {
      expect(Object.keys(document.paths[`/api/${plural}`] ?? {}).sort()).toEqual(['get', 'post']);
      expect(Object.keys(document.paths[`/api/${plural}/{id}`] ?? {}).sort()).toEqual(['get', 'patch']);
      expect(document.paths[`/api/${plural}/{id}/history`]).toHaveProperty('get');
      expect(document.paths[`/api/${plural}/{id}/evidence`]).toHaveProperty('get');
    }
    for (const path of ['/api/intake', '/api/drafts/{id}/accept']) expect(document.paths[path]).toHaveProperty('post');
    for (const path of ['/api/drafts', '/api/drafts/{id}', '/api/dossiers/{a}/{b}', '/api/search', '/api/pairs', '/api/countries']) {
      expect(document.paths[path], path).toHaveProperty('get');
    }
  });

  it('names the contract schemas as components and refers to them', () => {
    for (const name of ['Engagement', 'Instrument', 'Dossier', 'Draft', 'DraftAcceptReq', 'Extraction', 'Error', 'IntakeResult', 'CountryCode']) {
      expect(document.components.schemas, name).toHaveProperty(name);
    }
    const dossier = JSON.stringify(document.components.schemas.Dossier);
    expect(dossier).toContain('#/components/schemas/Engagement');
  });
});
