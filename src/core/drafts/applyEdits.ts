import type { Extraction } from '../../contracts/index.js';
import {
  ExtractedAgreementSchema, ExtractedBodySchema, ExtractedEngagementSchema, ExtractedParticipantSchema,
  ExtractedStatementSchema,
} from '../../contracts/index.js';
import type { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseInput } from '../records/validate.js';

const LISTS = [
  ['participants', ExtractedParticipantSchema],
  ['agreements', ExtractedAgreementSchema],
  ['bodies', ExtractedBodySchema],
  ['engagements', ExtractedEngagementSchema],
  ['statements', ExtractedStatementSchema],
] as const;

/**
 * The reviewer's edits applied to the draft's items: each edited item is validated again with the
 * item's schema, so an edit cannot write what extraction could not.
 * @param extraction the draft's content
 * @param edits fields to replace, by item key
 * @returns a new extraction
 * @throws ValidationError naming the item and field
 */
export function applyEdits(extraction: Extraction, edits: Record<string, Record<string, unknown>>): Extraction {
  const next = structuredClone(extraction);
  const seen = new Set<string>();
  for (const [list, schema] of LISTS) {
    const items = next[list] as Array<{ key: string }>;
    items.forEach((item, i) => {
      const edit = edits[item.key];
      if (!edit) return;
      seen.add(item.key);
      const { key: _k, evidence: _e, ...fields } = edit;
      items[i] = parseInput(schema as unknown as z.ZodType, { ...item, ...fields }, `item ${item.key}`) as { key: string };
    });
  }
  for (const key of Object.keys(edits)) {
    if (!seen.has(key)) throw new ValidationError(`edits: the draft has no editable item "${key}"`, `edits.${key}`);
  }
  return next;
}
