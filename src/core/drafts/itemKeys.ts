import type { Extraction } from '../../contracts/index.js';

/** The key of the document-level sectors item of a draft. */
export const SECTORS_KEY = 'sectors';

/** Every reviewable item of an extraction, in the order they are written on acceptance. */
export function draftItemKeys(extraction: Extraction): string[] {
  return [
    ...extraction.participants.map((p) => p.key),
    ...extraction.agreements.map((a) => a.key),
    ...extraction.bodies.map((b) => b.key),
    ...extraction.engagements.map((e) => e.key),
    ...extraction.statements.map((s) => s.key),
    ...(extraction.sectors.length > 0 ? [SECTORS_KEY] : []),
  ];
}
