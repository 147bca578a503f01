import { z } from '@hono/zod-openapi';
import { CountryCodeSchema, RecordKindSchema, SectorSchema } from '../../../contracts/index.js';
import { CountryParamSchema, LimitQuerySchema } from '../../params.js';

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty: type what to look for').max(200),
  country: CountryParamSchema.optional(),
  kind: RecordKindSchema.optional(),
  sector: SectorSchema.optional(),
  year: z.coerce.number().int().min(1000).max(9999).optional(),
  limit: LimitQuerySchema,
});

export const SearchHitSchema = z
  .object({
    kind: RecordKindSchema,
    id: z.string(),
    label: z.string(),
    snippet: z.string().describe('a short piece of the matched text, with the match inside'),
    countries: z.array(CountryCodeSchema),
    year: z.number().int().nullable(),
    sectors: z.array(z.string()),
  })
  .openapi('SearchHit');

export const SearchResultSchema = z.object({ hits: z.array(SearchHitSchema) }).openapi('SearchResult');
