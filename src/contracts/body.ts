import { z } from 'zod';
import { CountryCodeSchema, FuzzyDateSchema, IdSchema, RecordMetaSchema } from './common.js';
import { SectorSchema } from './sector.js';

export const BodyKindSchema = z.enum([
  'intergovernmental_commission', 'sub_commission', 'working_group', 'joint_committee',
  'strategic_dialogue', 'other',
]);
export type BodyKind = z.infer<typeof BodyKindSchema>;

/** Each national part of a commission has its own chair. */
export const CoChairSchema = z.object({
  countryCode: CountryCodeSchema,
  personId: IdSchema.nullable().default(null),
  title: z.string().max(300).nullable().default(null),
  since: FuzzyDateSchema.nullable().default(null),
});

export const BodyInputSchema = z.object({
  name: z.string().trim().min(1).max(600),
  kind: BodyKindSchema,
  countries: z.array(CountryCodeSchema).min(1),
  parentId: IdSchema.nullable().default(null),
  establishedById: IdSchema.nullable().default(null).describe('the instrument that establishes it'),
  sectors: z.array(SectorSchema).default([]),
  coChairs: z.array(CoChairSchema).default([]),
});
export const BodySchema = BodyInputSchema.extend(RecordMetaSchema.shape);
export type BodyInput = z.infer<typeof BodyInputSchema>;
export type Body = z.infer<typeof BodySchema>;

/** A session of a body: number, dates, place, protocol. */
export const SessionInputSchema = z.object({
  bodyId: IdSchema,
  number: z.number().int().positive().nullable().default(null),
  startDate: FuzzyDateSchema.nullable().default(null),
  endDate: FuzzyDateSchema.nullable().default(null),
  place: z.string().max(200).nullable().default(null),
  hostCountryCode: CountryCodeSchema.nullable().default(null),
  protocolSourceId: IdSchema.nullable().default(null),
  engagementId: IdSchema.nullable().default(null),
});
export const SessionSchema = SessionInputSchema.extend(RecordMetaSchema.shape);
export type SessionInput = z.infer<typeof SessionInputSchema>;
export type Session = z.infer<typeof SessionSchema>;

export const DecisionStatusSchema = z.enum(['open', 'in_progress', 'done', 'overdue', 'dropped']);
/** An action item from a session's protocol. */
export const DecisionInputSchema = z.object({
  bodyId: IdSchema,
  sessionId: IdSchema.nullable().default(null),
  text: z.string().trim().min(1).max(5000),
  sector: SectorSchema.nullable().default(null),
  responsibleCountryCode: CountryCodeSchema.nullable().default(null),
  responsibleOrganizationId: IdSchema.nullable().default(null),
  dueDate: FuzzyDateSchema.nullable().default(null),
  status: DecisionStatusSchema.default('open'),
});
export const DecisionSchema = DecisionInputSchema.extend(RecordMetaSchema.shape);
export type DecisionInput = z.infer<typeof DecisionInputSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
