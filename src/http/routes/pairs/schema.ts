import { z } from '@hono/zod-openapi';
import { CountryCodeSchema } from '../../../contracts/index.js';

/** A pair of countries on record, for the overview and the network view. */
export const PairSchema = z
  .object({
    a: CountryCodeSchema,
    b: CountryCodeSchema,
    engagements: z.number().int(),
    instruments: z.number().int(),
    latest: z.string().nullable().describe('the latest dated engagement or signature'),
  })
  .openapi('Pair');

export const PairListSchema = z.object({ items: z.array(PairSchema) }).openapi('PairList');
