import { z } from 'zod';
import { CountryCodeSchema } from './common.js';

/** Names of a country in one language. Russian forms include the case forms extraction needs. */
export const CountryNamesSchema = z.object({
  short: z.string(),
  formal: z.array(z.string()).default([]),
  other: z.array(z.string()).default([]),
  adjectives: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
});
export type CountryNames = z.infer<typeof CountryNamesSchema>;

/** An ISO 3166-1 country with its names in en/fr/ru and its capital (for places). */
export const CountrySchema = z.object({
  code: CountryCodeSchema,
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  numeric: z.string().regex(/^\d{3}$/),
  names: z.object({ en: CountryNamesSchema, fr: CountryNamesSchema, ru: CountryNamesSchema }),
  capital: z.string().nullable(),
});
export type Country = z.infer<typeof CountrySchema>;
