import { z } from 'zod';
import { CountryCodeSchema, FuzzyDateSchema, IdSchema, LanguageSchema, RecordMetaSchema } from './common.js';
import { SectorSchema } from './sector.js';

export const InstrumentKindSchema = z.enum([
  'treaty', 'agreement', 'convention', 'protocol', 'memorandum', 'joint_statement', 'declaration',
  'programme', 'roadmap', 'arrangement', 'letter_of_intent', 'exchange_of_notes', 'contract', 'other',
]);
export type InstrumentKind = z.infer<typeof InstrumentKindSchema>;

/** Who concludes it (Russia's 101-FZ, UK practice): states, governments, or departments. */
export const InstrumentLevelSchema = z.enum(['interstate', 'intergovernmental', 'interagency', 'other']);
export type InstrumentLevel = z.infer<typeof InstrumentLevelSchema>;

/** A party: a state, or an organization (for interagency instruments). */
export const InstrumentPartySchema = z.object({
  countryCode: CountryCodeSchema,
  organizationId: IdSchema.nullable().default(null),
});
export type InstrumentParty = z.infer<typeof InstrumentPartySchema>;

/** Dated actions per party, from which status is derived (UNTS / MTDSG / NL treaty database). */
export const INSTRUMENT_ACTION_TYPES = [
  'negotiation_opened', 'negotiation_concluded', 'initialled', 'signature', 'ratification',
  'acceptance', 'approval', 'accession', 'domestic_procedures_completed', 'provisional_application',
  'entry_into_force', 'suspension', 'resumption', 'denunciation', 'withdrawal_of_ratification',
  'termination', 'expiry', 'renewal', 'announcement',
] as const;
export const InstrumentActionTypeSchema = z.enum(INSTRUMENT_ACTION_TYPES);
export type InstrumentActionType = z.infer<typeof InstrumentActionTypeSchema>;

export const InstrumentActionSchema = z.object({
  id: IdSchema.optional(),
  type: InstrumentActionTypeSchema,
  /** The party acting; null when the action is joint (signature by both, entry into force). */
  countryCode: CountryCodeSchema.nullable().default(null),
  date: FuzzyDateSchema.nullable().default(null).describe('deposit or notification date'),
  effectiveDate: FuzzyDateSchema.nullable().default(null).describe('date the action takes effect'),
  place: z.string().max(200).nullable().default(null),
  note: z.string().max(1000).nullable().default(null),
  sourceId: IdSchema.nullable().default(null),
});
export type InstrumentAction = z.infer<typeof InstrumentActionSchema>;

/** Derived status, overall or for one party. Not monotonic: status can go backwards. */
export const INSTRUMENT_STATUSES = [
  'announced', 'under_negotiation', 'initialled', 'signed', 'ratified', 'provisionally_applied',
  'in_force', 'suspended', 'terminated', 'expired', 'unknown',
] as const;
export const InstrumentStatusSchema = z.enum(INSTRUMENT_STATUSES);
export type InstrumentStatus = z.infer<typeof InstrumentStatusSchema>;

export const InstrumentTitleSchema = z.object({
  lang: LanguageSchema,
  text: z.string().min(1).max(2000),
});

export const InstrumentInputSchema = z.object({
  kind: InstrumentKindSchema,
  title: z.string().trim().min(1).max(2000).describe('title as written'),
  titles: z.array(InstrumentTitleSchema).default([]).describe('the title in other languages'),
  level: InstrumentLevelSchema,
  isBinding: z.boolean().nullable().default(null).describe('treaty (true) vs non-binding memorandum (false)'),
  parties: z.array(InstrumentPartySchema).min(1),
  signatoryIds: z.array(IdSchema).default([]),
  signedOn: FuzzyDateSchema.nullable().default(null),
  signedAt: z.string().max(200).nullable().default(null),
  durationYears: z.number().positive().nullable().default(null),
  renewal: z.string().max(500).nullable().default(null).describe('renewal rule, e.g. "tacitly for 5 years"'),
  sectors: z.array(SectorSchema).default([]),
  registrationNumbers: z.array(z.string().max(100)).default([]),
  actions: z.array(InstrumentActionSchema).default([]),
});
export const PartyStatusSchema = z.object({ countryCode: CountryCodeSchema, status: InstrumentStatusSchema });
export const InstrumentSchema = InstrumentInputSchema.extend({
  ...RecordMetaSchema.shape,
  status: InstrumentStatusSchema.describe('derived from actions'),
  partyStatus: z.array(PartyStatusSchema).describe('derived per party'),
});
export type InstrumentInput = z.infer<typeof InstrumentInputSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;

export const InstrumentRelationKindSchema = z.enum(['amends', 'supersedes', 'implements', 'extends', 'suspends']);
export const InstrumentRelationInputSchema = z.object({
  fromId: IdSchema,
  toId: IdSchema,
  kind: InstrumentRelationKindSchema,
});
export const InstrumentRelationSchema = InstrumentRelationInputSchema.extend(RecordMetaSchema.shape);
export type InstrumentRelation = z.infer<typeof InstrumentRelationSchema>;
