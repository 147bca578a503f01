import { z } from 'zod';
import { CountryCodeSchema, FuzzyDateSchema, IdSchema, RecordMetaSchema } from './common.js';
import { SectorSchema } from './sector.js';

export const ENGAGEMENT_KINDS = [
  'state_visit', 'official_visit', 'working_visit', 'talks', 'phone_call', 'summit',
  'ministerial_meeting', 'parliamentary_meeting', 'commission_session', 'other',
] as const;
export const EngagementKindSchema = z.enum(ENGAGEMENT_KINDS);
export type EngagementKind = z.infer<typeof EngagementKindSchema>;

export const EngagementFormatSchema = z.enum(['one_on_one', 'expanded', 'both']);
export type EngagementFormat = z.infer<typeof EngagementFormatSchema>;

/** Held versus planned: a planned meeting is not a held one (CAMEO 036 vs 04x). */
export const EngagementStatusSchema = z.enum(['held', 'planned', 'cancelled']);

/** Channel of the contact (PRODUCT.md): who talks to whom. */
export const ChannelSchema = z.enum([
  'head_of_state', 'head_of_government', 'intergovernmental', 'foreign_ministers', 'parliamentary',
  'ministerial', 'commission', 'diplomatic', 'other',
]);
export type Channel = z.infer<typeof ChannelSchema>;

export const ParticipantRoleSchema = z.enum(['host', 'guest', 'participant']);

/** A person taking part, with the post held at the time. */
export const ParticipantSchema = z.object({
  personId: IdSchema,
  postId: IdSchema.nullable().default(null),
  countryCode: CountryCodeSchema.nullable().default(null),
  role: ParticipantRoleSchema.default('participant'),
  titleAsWritten: z.string().max(300).nullable().default(null),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** PLOVER event type and mode, CAMEO code, for interchange (ANCHORS.md §2). */
export const EventCodingSchema = z.object({
  plover: z.enum(['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE']),
  ploverMode: z.enum(['visit', 'third-party', 'multilateral', 'phone']).nullable(),
  cameo: z.string().regex(/^\d{2,4}$/).describe('kept as a string: leading zeros matter'),
});
export type EventCoding = z.infer<typeof EventCodingSchema>;

export const EngagementInputSchema = z.object({
  kind: EngagementKindSchema,
  status: EngagementStatusSchema.default('held'),
  title: z.string().max(500).nullable().default(null),
  date: FuzzyDateSchema.nullable().default(null),
  endDate: FuzzyDateSchema.nullable().default(null),
  place: z.string().max(200).nullable().default(null).describe('English city name, not the building'),
  placeCountryCode: CountryCodeSchema.nullable().default(null),
  hostCountryCode: CountryCodeSchema.nullable().default(null),
  countries: z.array(CountryCodeSchema).min(1).describe('a dyad, or many for a summit'),
  format: EngagementFormatSchema.nullable().default(null),
  level: z.number().int().min(1).max(4).nullable().default(null).describe('1 = heads of state or government … 4 = officials'),
  channel: ChannelSchema.nullable().default(null),
  participants: z.array(ParticipantSchema).default([]),
  /** Instruments signed at this engagement (outcomes). */
  instrumentIds: z.array(IdSchema).default([]),
  /** Areas of cooperation the engagement covered. */
  sectors: z.array(SectorSchema).default([]),
  summary: z.string().max(5000).nullable().default(null),
});
export const EngagementSchema = EngagementInputSchema.extend({
  ...RecordMetaSchema.shape,
  coding: EventCodingSchema.describe('derived from kind, status and place'),
});
export type EngagementInput = z.infer<typeof EngagementInputSchema>;
export type Engagement = z.infer<typeof EngagementSchema>;
