import { z } from 'zod';

/** ISO 3166-1 alpha-2 code, upper case ("RU", "ML"). */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "RU"')
  .meta({ example: 'RU' });
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/**
 * A date with its precision, as ISO 8601 text: "2025-06-23" (day), "2025-06" (month), "2025" (year),
 * or "--06-23" (month and day with the year unknown, ISO 8601's truncated form). A text that gives
 * "23 June" and no year stays "--06-23": nothing is invented.
 */
export const FuzzyDateSchema = z
  .string()
  .regex(/^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD')
  .meta({ example: '2025-06-23' });
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;

/** Opaque record id (a ULID-like string made by the core). */
export const IdSchema = z.string().min(1).max(64).meta({ example: 'eng_01JY3Q9W7ZK3' });
export type Id = z.infer<typeof IdSchema>;

export const LanguageSchema = z.enum(['en', 'fr', 'ru']);
export type Language = z.infer<typeof LanguageSchema>;

/** Where a value was read: a character span [start, end) of a source's text. */
export const SpanSchema = z.object({
  sourceId: IdSchema.nullable().describe('the source the span is in; null while a draft has not been stored'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** Confidence in an extracted value, 0..1. Values below LOW_CONFIDENCE are flagged in review. */
export const ConfidenceSchema = z.number().min(0).max(1);
export const LOW_CONFIDENCE = 0.6;

/** Fields every stored record carries: identity, optimistic-concurrency version, timestamps. */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  version: z.number().int().positive().describe('incremented on every change; a write naming an older version is refused'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** Record kinds that have their own table, history and evidence. */
export const RecordKindSchema = z.enum([
  'person', 'post', 'tenure', 'organization', 'engagement', 'instrument', 'body', 'session',
  'decision', 'project', 'trade_figure', 'statement', 'source',
]);
export type RecordKind = z.infer<typeof RecordKindSchema>;
