import { z } from 'zod';
import { CountryCodeSchema, EngagementFormatSchema, EngagementKindSchema, FuzzyDateSchema, InstrumentLevelSchema, LanguageSchema, SectorSchema } from '../contracts/index.js';

/**
 * A corpus document as fixtures/corpus/FORMAT.md describes it: a published readout with the
 * hand-made `gold` block of what a careful reader takes from it. Unknown keys (notes, extra
 * annotations) are allowed and ignored; every key the scorer reads is checked.
 */

const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const GoldEngagementSchema = z.object({
  type: EngagementKindSchema,
  date: FuzzyDateSchema.nullable(),
  place: z.string().nullable().optional(),
  countries: z.array(CountryCodeSchema).default([]),
  format: EngagementFormatSchema.nullable().optional(),
});

export const GoldParticipantSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable().optional(),
  /** null for officials of international organisations: matches any predicted country. */
  country: CountryCodeSchema.nullable(),
});

export const GoldAgreementSchema = z.object({
  title: z.string().min(1),
  parties: z.array(CountryCodeSchema),
  level: InstrumentLevelSchema,
  sectors: z.array(SectorSchema).default([]),
  status: z.enum(['signed', 'announced', 'under_negotiation', 'ratified', 'in_force']),
});

export const GoldSchema = z.object({
  engagements: z.array(GoldEngagementSchema),
  participants: z.array(GoldParticipantSchema),
  countries: z.array(CountryCodeSchema),
  agreements: z.array(GoldAgreementSchema),
  sectors: z.array(SectorSchema),
  bodies: z.array(z.unknown()).optional(),
  channels: z.array(z.unknown()).optional(),
  statements: z.array(z.unknown()).optional(),
});
export type Gold = z.infer<typeof GoldSchema>;

export const CorpusDocSchema = z.object({
  id: z.string().min(1),
  language: LanguageSchema,
  // null for a text with no address (the seed report, readouts written for the tests)
  source_url: z.string().nullable().optional(),
  source_name: z.string().optional(),
  license: z.string().optional(),
  published: DaySchema.nullable(),
  reference_date: DaySchema.nullable().optional(),
  title: z.string().nullable(),
  text: z.string().min(1),
  gold: GoldSchema,
  notes: z.string().optional(),
});
export type CorpusDocData = z.infer<typeof CorpusDocSchema>;

/** A loaded corpus document with the name of the file it came from. */
export interface CorpusDoc extends CorpusDocData {
  /** File name inside the corpus folder ("03.json"); predictions are written under the same name. */
  file: string;
}
