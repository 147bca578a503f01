import { z } from 'zod';
import { IdSchema, RecordKindSchema } from './common.js';
import { ExtractionSchema } from './extraction.js';

/** An existing record a draft item would link to, with how sure the match is. */
export const DraftMatchSchema = z.object({
  recordKind: RecordKindSchema,
  recordId: IdSchema,
  label: z.string(),
  score: z.number().min(0).max(1),
});
export type DraftMatch = z.infer<typeof DraftMatchSchema>;

export const DraftItemStateSchema = z.enum(['pending', 'accepted', 'rejected']);

/** The reviewer's word on one item. */
export const DraftDecisionSchema = z.object({
  state: DraftItemStateSchema,
  /** Link to this record instead of the proposed match; "new" forces a new record. */
  linkTo: z.union([IdSchema, z.literal('new')]).nullable().default(null),
  /** The record written when the item was accepted. */
  recordId: IdSchema.nullable().default(null),
});
export type DraftDecision = z.infer<typeof DraftDecisionSchema>;

export const DraftStatusSchema = z.enum(['pending', 'partially_accepted', 'accepted', 'rejected']);
export const DraftSchema = z.object({
  id: IdSchema,
  sourceId: IdSchema,
  status: DraftStatusSchema,
  extraction: ExtractionSchema,
  /** Per item key ("eng1", "agr2", "par1", "bod1", "stm1"), the best existing matches. */
  matches: z.record(z.string(), z.array(DraftMatchSchema)),
  decisions: z.record(z.string(), DraftDecisionSchema),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  version: z.number().int().positive(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** Accept all of a draft (no `items`), or the named items; edits replace fields before writing. */
export const DraftAcceptReqSchema = z.object({
  items: z.array(z.string()).optional().describe('item keys; all pending items when omitted'),
  reject: z.array(z.string()).default([]),
  links: z.record(z.string(), z.union([IdSchema, z.literal('new')])).default({}),
  edits: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
});
export type DraftAcceptReq = z.infer<typeof DraftAcceptReqSchema>;
