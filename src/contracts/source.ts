import { z } from 'zod';
import { ConfidenceSchema, FuzzyDateSchema, IdSchema, LanguageSchema, RecordKindSchema, RecordMetaSchema } from './common.js';

/** The largest document intake accepts; shared by the API, the CLI and the UI. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export const SourceFormatSchema = z.enum(['text', 'html', 'pdf']);
export const SourceInputSchema = z.object({
  title: z.string().max(1000).nullable().default(null),
  publisher: z.string().max(300).nullable().default(null),
  url: z.string().url().nullable().default(null),
  publishedOn: FuzzyDateSchema.nullable().default(null),
  referenceDate: FuzzyDateSchema.nullable().default(null).describe('the day the report was taken in, for dates without a year'),
  language: LanguageSchema,
  format: SourceFormatSchema,
  text: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the normalised text: the same text taken in twice is one source'),
});
export const SourceSchema = SourceInputSchema.extend(RecordMetaSchema.shape);
export type SourceInput = z.infer<typeof SourceInputSchema>;
export type Source = z.infer<typeof SourceSchema>;

/**
 * A record's field supported by a span of a source (statement-level provenance, as OpenSanctions
 * keeps it). One event, many mentions: each report of an engagement adds evidence to the same record.
 */
export const EvidenceSchema = z.object({
  id: IdSchema,
  recordKind: RecordKindSchema,
  recordId: IdSchema,
  field: z.string().min(1).max(100),
  sourceId: IdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  value: z.string().nullable().describe('the value as it was read, before resolution'),
  confidence: ConfidenceSchema,
  draftId: IdSchema.nullable(),
  createdAt: z.string().datetime(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One change of one record, kept for ever. */
export const HistoryEntrySchema = z.object({
  id: IdSchema,
  recordKind: RecordKindSchema,
  recordId: IdSchema,
  version: z.number().int().positive(),
  action: z.enum(['create', 'update', 'delete', 'merge', 'evidence']),
  actor: z.string().max(200),
  at: z.string().datetime(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  draftId: IdSchema.nullable(),
  sourceId: IdSchema.nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
