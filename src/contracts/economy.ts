import { z } from 'zod';
import { CountryCodeSchema, FuzzyDateSchema, IdSchema, RecordMetaSchema } from './common.js';
import { SectorSchema } from './sector.js';

/** AidData-style status with an umbrella flag so totals do not count twice. */
export const ProjectStatusSchema = z.enum(['proposed', 'agreed', 'under_way', 'completed', 'stalled', 'cancelled']);
export const ProjectInputSchema = z.object({
  title: z.string().trim().min(1).max(600),
  sector: SectorSchema.nullable().default(null),
  countries: z.array(CountryCodeSchema).min(1),
  organizationIds: z.array(IdSchema).default([]),
  status: ProjectStatusSchema.default('proposed'),
  isUmbrella: z.boolean().default(false),
  value: z.number().nonnegative().nullable().default(null),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable().default(null),
  instrumentIds: z.array(IdSchema).default([]),
  startDate: FuzzyDateSchema.nullable().default(null),
  endDate: FuzzyDateSchema.nullable().default(null),
});
export const ProjectSchema = ProjectInputSchema.extend(RecordMetaSchema.shape);
export type ProjectInput = z.infer<typeof ProjectInputSchema>;
export type Project = z.infer<typeof ProjectSchema>;

/** Reporter and partner figures are kept apart: mirror statistics differ, never merge them. */
export const TradeFlowSchema = z.enum(['export', 'import', 're_export', 're_import', 'turnover']);
export const TradeFigureInputSchema = z.object({
  period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM'),
  reporterCode: CountryCodeSchema,
  partnerCode: CountryCodeSchema,
  flow: TradeFlowSchema,
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/).default('USD'),
  commodityCode: z.string().max(12).nullable().default(null).describe('HS code; null for all goods'),
  classification: z.string().max(10).nullable().default(null),
  valuation: z.enum(['cif', 'fob']).nullable().default(null),
  release: z.string().max(100).nullable().default(null),
  sourceId: IdSchema.nullable().default(null),
});
export const TradeFigureSchema = TradeFigureInputSchema.extend(RecordMetaSchema.shape);
export type TradeFigureInput = z.infer<typeof TradeFigureInputSchema>;
export type TradeFigure = z.infer<typeof TradeFigureSchema>;

/** A qualitative claim such as "trade is modest but growing". */
export const TrendSchema = z.enum(['up', 'down', 'stable', 'mixed']);
export const StatementInputSchema = z.object({
  topic: z.string().trim().min(1).max(100),
  claim: z.string().trim().min(1).max(2000),
  trend: TrendSchema.nullable().default(null),
  speakerId: IdSchema.nullable().default(null),
  countries: z.array(CountryCodeSchema).min(1),
  date: FuzzyDateSchema.nullable().default(null),
  sourceId: IdSchema.nullable().default(null),
});
export const StatementSchema = StatementInputSchema.extend(RecordMetaSchema.shape);
export type StatementInput = z.infer<typeof StatementInputSchema>;
export type Statement = z.infer<typeof StatementSchema>;
