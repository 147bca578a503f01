import { zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import * as contracts from '../contracts/index.js';

/**
 * Names every contract schema (`EngagementSchema` → component `Engagement`) on the schema object
 * itself, so each use of it anywhere in the document — inside a Dossier, a list, a draft — becomes
 * a `$ref` and the generated web client gets one named type per concept.
 *
 * `.openapi('Engagement')` would name a copy and leave nested uses inlined; zod-to-openapi reads the
 * refId from its registry keyed by schema instance, so we write it there for the originals.
 */
let isNamed = false;

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Gives every exported `XxxSchema` of src/contracts the component name `Xxx` (once per process). */
export function nameContractSchemas(): void {
  if (isNamed) return;
  isNamed = true;
  for (const [exportName, value] of Object.entries(contracts)) {
    if (!exportName.endsWith('Schema') || !isZodSchema(value)) continue;
    // Schemas made with `.meta()` already have an (empty) entry: keep what is there, add the name.
    const existing = zodToOpenAPIRegistry.get(value) as { _internal?: { refId?: string } } | undefined;
    if (existing?._internal?.refId) continue;
    const refId = exportName.slice(0, -'Schema'.length);
    zodToOpenAPIRegistry.add(value, { ...existing, _internal: { ...existing?._internal, refId } } as never);
  }
}
