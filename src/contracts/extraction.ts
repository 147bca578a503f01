import { z } from 'zod';
import { ConfidenceSchema, CountryCodeSchema, FuzzyDateSchema, LanguageSchema } from './common.js';
import { ChannelSchema, EngagementFormatSchema, EngagementKindSchema } from './engagement.js';
import { BodyKindSchema } from './body.js';
import { InstrumentKindSchema, InstrumentLevelSchema } from './instrument.js';
import { SectorSchema } from './sector.js';
import { TrendSchema } from './economy.js';

/**
 * What `bilat extract` prints and what a draft holds. The keys and shapes of the corpus `gold`
 * block (fixtures/corpus/FORMAT.md) are kept as they are, snake_case included, so a prediction can
 * be scored against gold directly; every item adds its evidence spans and a confidence.
 */

/** A span of the analysed text [start, end) that supports one field of an item. */
export const EvidenceSpanSchema = z.object({
  field: z.string().min(1).max(60),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

const Traced = {
  /** Stable within one extraction: "eng1", "agr2"; review decisions refer to items by key. */
  key: z.string().min(1).max(40),
  evidence: z.array(EvidenceSpanSchema),
  confidence: ConfidenceSchema,
};

export const ExtractedParticipantSchema = z.object({
  ...Traced,
  name: z.string(),
  role: z.string().nullable(),
  country: CountryCodeSchema.nullable(),
  rank: z.enum(['head_of_state', 'head_of_government', 'minister', 'deputy', 'ambassador', 'speaker', 'official', 'other']).nullable().default(null),
  aliases: z.array(z.string()).default([]),
});
export type ExtractedParticipant = z.infer<typeof ExtractedParticipantSchema>;

export const ExtractedEngagementSchema = z.object({
  ...Traced,
  type: EngagementKindSchema,
  date: FuzzyDateSchema.nullable(),
  end_date: FuzzyDateSchema.nullable().default(null),
  place: z.string().nullable(),
  countries: z.array(CountryCodeSchema),
  format: EngagementFormatSchema.nullable(),
  status: z.enum(['held', 'planned']).default('held'),
  level: z.number().int().min(1).max(4).nullable().default(null),
  host: CountryCodeSchema.nullable().default(null),
  /** Keys of the participants who take part in this engagement. */
  participants: z.array(z.string()).default([]),
  /** Keys of the agreements signed at it. */
  agreements: z.array(z.string()).default([]),
  title: z.string().nullable().default(null),
});
export type ExtractedEngagement = z.infer<typeof ExtractedEngagementSchema>;

export const AgreementStatusSchema = z.enum(['signed', 'announced', 'under_negotiation', 'ratified', 'in_force']);
export const ExtractedAgreementSchema = z.object({
  ...Traced,
  title: z.string(),
  kind: InstrumentKindSchema.default('agreement'),
  parties: z.array(CountryCodeSchema),
  level: InstrumentLevelSchema,
  sectors: z.array(SectorSchema),
  status: AgreementStatusSchema,
  signed_on: FuzzyDateSchema.nullable().default(null),
});
export type ExtractedAgreement = z.infer<typeof ExtractedAgreementSchema>;

export const ExtractedBodySchema = z.object({
  ...Traced,
  name: z.string(),
  kind: BodyKindSchema,
  countries: z.array(CountryCodeSchema),
  established_by: z.string().nullable(),
});
export type ExtractedBody = z.infer<typeof ExtractedBodySchema>;

export const ExtractedStatementSchema = z.object({
  ...Traced,
  topic: z.string(),
  claim: z.string(),
  trend: TrendSchema.nullable().default(null),
});
export type ExtractedStatement = z.infer<typeof ExtractedStatementSchema>;

export const CountryMentionSchema = z.object({ code: CountryCodeSchema, start: z.number().int(), end: z.number().int(), text: z.string() });
export const SectorMentionSchema = z.object({ sector: SectorSchema, start: z.number().int(), end: z.number().int(), text: z.string() });

export const ExtractionSchema = z.object({
  language: LanguageSchema,
  reference_date: FuzzyDateSchema.nullable(),
  title: z.string().nullable(),
  engagements: z.array(ExtractedEngagementSchema),
  participants: z.array(ExtractedParticipantSchema),
  countries: z.array(CountryCodeSchema),
  agreements: z.array(ExtractedAgreementSchema),
  bodies: z.array(ExtractedBodySchema),
  sectors: z.array(SectorSchema),
  channels: z.array(ChannelSchema),
  statements: z.array(ExtractedStatementSchema),
  country_mentions: z.array(CountryMentionSchema).default([]),
  sector_mentions: z.array(SectorMentionSchema).default([]),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
