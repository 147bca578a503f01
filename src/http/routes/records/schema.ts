import { z } from '@hono/zod-openapi';
import { RECORD_SCHEMAS, type RecordKind } from '../../../contracts/index.js';
import { CountryListQuerySchema, LimitQuerySchema, OffsetQuerySchema } from '../../params.js';

/** `GET /api/<plural>` query: records involving every listed country, matching `q`, paged. */
export const RecordListQuerySchema = z.object({
  country: CountryListQuerySchema,
  q: z.string().trim().max(200).optional().describe('case- and accent-insensitive part of the name or title'),
  limit: LimitQuerySchema,
  offset: OffsetQuerySchema,
});
export type RecordListQuery = z.infer<typeof RecordListQuerySchema>;

/**
 * A page of records of one kind.
 * @param kind the record kind
 */
export function recordPageSchema(kind: RecordKind) {
  return z
    .object({ items: z.array(RECORD_SCHEMAS[kind].record), limit: z.number().int(), offset: z.number().int() })
    .openapi(`${pascal(kind)}Page`);
}

/**
 * `PATCH` body: the version the client last read plus the fields to change. Only the fields sent
 * change; the command re-validates the merged record.
 * @param kind the record kind
 */
export function recordPatchSchema(kind: RecordKind) {
  const input = RECORD_SCHEMAS[kind].input as unknown as z.ZodObject;
  return input
    .partial()
    .extend({ version: z.number().int().positive().describe('the version you last read; a stale one is refused with 409') })
    .openapi(`${pascal(kind)}Patch`);
}

/** "trade_figure" → "TradeFigure", for component names. */
export function pascal(kind: string): string {
  return kind.split('_').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}
