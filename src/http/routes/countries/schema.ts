import { z } from '@hono/zod-openapi';
import { CountryCodeSchema } from '../../../contracts/index.js';

/** A country for pickers: its code and its short name in each language. */
export const CountryOptionSchema = z
  .object({
    code: CountryCodeSchema,
    name: z.string().describe('English short name'),
    names: z.object({ en: z.string(), fr: z.string(), ru: z.string() }),
  })
  .openapi('CountryOption');

export const CountryListSchema = z.object({ items: z.array(CountryOptionSchema) }).openapi('CountryList');
