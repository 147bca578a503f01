/**
 * `npm run openapi`: writes src/http/openapi.json from the zod contracts, so the committed document
 * (and the web client generated from it) follows every contract change.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILE, renderOpenApiFile } from './openapi.js';

writeFileSync(OPENAPI_FILE, renderOpenApiFile());
console.log(`wrote ${fileURLToPath(OPENAPI_FILE)}`);
