import { z } from 'zod';
import { CountryCodeSchema, FuzzyDateSchema, IdSchema, LanguageSchema } from './common.js';
import { EngagementSchema } from './engagement.js';
import { InstrumentSchema } from './instrument.js';
import { BodySchema, DecisionSchema, SessionSchema } from './body.js';
import { PersonSchema, PostSchema, TenureSchema } from './people.js';
import { ProjectSchema, StatementSchema, TradeFigureSchema } from './economy.js';
import { EvidenceSchema } from './source.js';
import { SectorSchema } from './sector.js';

export const CountryRefSchema = z.object({ code: CountryCodeSchema, name: z.string() });

export const SourceSummarySchema = z.object({
  id: IdSchema,
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: FuzzyDateSchema.nullable(),
  language: LanguageSchema,
  createdAt: z.string(),
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

export const DossierPersonSchema = z.object({
  person: PersonSchema,
  posts: z.array(z.object({ post: PostSchema, tenure: TenureSchema })),
});

export const DossierBodySchema = BodySchema.extend({
  sessions: z.array(SessionSchema),
  decisions: z.array(DecisionSchema),
  establishedByTitle: z.string().nullable(),
});

/** The whole record of one relationship, as the desk officer reads it. */
export const DossierSchema = z.object({
  pair: z.tuple([CountryRefSchema, CountryRefSchema]),
  counts: z.object({
    engagements: z.number().int(), instruments: z.number().int(), bodies: z.number().int(),
    sessions: z.number().int(), decisions: z.number().int(), people: z.number().int(),
    projects: z.number().int(), tradeFigures: z.number().int(), statements: z.number().int(),
    sources: z.number().int(),
  }),
  engagements: z.array(EngagementSchema).describe('timeline, oldest first; a year-unknown date sorts last'),
  instruments: z.array(InstrumentSchema),
  bodies: z.array(DossierBodySchema),
  people: z.array(DossierPersonSchema),
  sectors: z.array(z.object({ sector: SectorSchema, count: z.number().int() })),
  projects: z.array(ProjectSchema),
  trade: z.array(TradeFigureSchema),
  statements: z.array(StatementSchema),
  sources: z.array(SourceSummarySchema),
  /** Evidence by record id: every value taken from a text knows its span. */
  evidence: z.record(z.string(), z.array(EvidenceSchema)),
});
export type Dossier = z.infer<typeof DossierSchema>;
