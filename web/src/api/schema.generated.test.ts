import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const DOCUMENT = new URL('../../../src/http/openapi.json', import.meta.url);
const GENERATED = new URL('./schema.generated.d.ts', import.meta.url);

describe('the web client types', () => {
  it('are generated from the committed OpenAPI document (run `npm run gen:api` after an API change)', async () => {
    const expected = astToString(await openapiTS(DOCUMENT));
    const committed = readFileSync(GENERATED, 'utf8');
    // The CLI adds a banner comment before the generated code; the code itself must match.
    expect(committed.endsWith(expected)).toBe(true);
  }, 30_000);
});
