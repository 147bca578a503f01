import { z } from '@hono/zod-openapi';
import { CountryCodeSchema, IdSchema } from '../contracts/index.js';

/** Upper-cases a country code so "ru" and "RU" are the same filter. */
const CountryParamSchema = z.preprocess((value) => (typeof value === 'string' ? value.trim().toUpperCase() : value), CountryCodeSchema);

/**
 * `?country=RU&country=ML`: Hono hands a repeated query key over as an array and a single one as a
 * string; both become an array.
 */
export const CountryListQuerySchema = z
  .union([CountryParamSchema, z.array(CountryParamSchema)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .openapi({ param: { style: 'form', explode: true }, description: 'ISO 3166-1 alpha-2; repeat for records that involve every one of them' });

export const LimitQuerySchema = z.coerce.number().int().min(1).max(500).default(50);
/**
 * zod-to-openapi describes a coerced number with a minimum of 0 as nullable (it reads the falsy
 * bound as "no check"), so the type is stated by hand.
 */
export const OffsetQuerySchema = z.coerce.number().int().min(0).openapi({ type: 'integer', minimum: 0 }).default(0);

/**
 * `{id}` path parameter. Contract schemas are used as they are, never through `.openapi()`: zod 4
 * copies methods onto each instance when it is made, so a contract schema created before
 * @hono/zod-openapi was loaded has no `.openapi` (import order decides, and the CLI loads contracts first).
 */
export const IdParamsSchema = z.object({ id: IdSchema });

export { CountryParamSchema };

/** A calendar day "YYYY-MM-DD" that exists (2025-02-30 does not). */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a calendar day')
  .openapi({ example: '2025-06-24' });

/** HTML forms send empty strings for fields left blank: those are absent, not invalid. */
export function blankAsAbsent<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}
