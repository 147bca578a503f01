import { z } from '@hono/zod-openapi';
import { DraftSchema, IdSchema, RecordKindSchema, SourceSchema, SourceSummarySchema } from '../../../contracts/index.js';
import { LimitQuerySchema } from '../../params.js';

export const DraftListQuerySchema = z.object({
  limit: LimitQuerySchema,
  sourceId: IdSchema.optional().describe('only the drafts of this source'),
});
export type DraftListQuery = z.infer<typeof DraftListQuerySchema>;

/** A draft with the summary of its source, for the list of recent intakes. */
export const DraftListItemSchema = z
  .object({ draft: DraftSchema, source: SourceSummarySchema.nullable() })
  .openapi('DraftListItem');

export const DraftListSchema = z.object({ items: z.array(DraftListItemSchema) }).openapi('DraftList');

/** A draft and the full source it was read from: evidence spans index into `source.text`. */
export const DraftDetailSchema = z.object({ draft: DraftSchema, source: SourceSchema }).openapi('DraftDetail');

export const AcceptResultSchema = z
  .object({
    draft: DraftSchema,
    written: z.array(z.object({ kind: RecordKindSchema, id: IdSchema, isNew: z.boolean() })),
  })
  .openapi('AcceptResult');
