import { z } from '@hono/zod-openapi';
import { DraftSchema, FuzzyDateSchema, SourceSchema } from '../../../contracts/index.js';
import { blankAsAbsent, DaySchema } from '../../params.js';

/** What the caller knows of a document besides its content. */
const IntakeMetaFields = {
  referenceDate: DaySchema.optional().describe('the day the report was taken in; dates without a year are read relative to it'),
  title: z.string().max(1000).optional(),
  url: z.string().url().optional(),
  publisher: z.string().max(300).optional(),
  publishedOn: FuzzyDateSchema.optional(),
};

/** `POST /api/intake` as JSON: the text of a readout. */
export const IntakeJsonReqSchema = z
  .object({ text: z.string().min(1, 'must not be empty: paste the text of the readout'), ...IntakeMetaFields })
  .openapi('IntakeJsonReq');
export type IntakeJsonReq = z.infer<typeof IntakeJsonReqSchema>;

/** `POST /api/intake` as multipart: a file (text, HTML or PDF) plus the same fields. */
export const IntakeFormReqSchema = z
  .object({
    file: z.custom<File>((value) => value instanceof File, 'must be a file upload')
      .openapi({ type: 'string', format: 'binary' }),
    referenceDate: blankAsAbsent(DaySchema),
    title: blankAsAbsent(z.string().max(1000)),
    url: blankAsAbsent(z.string().url()),
    publisher: blankAsAbsent(z.string().max(300)),
    publishedOn: blankAsAbsent(FuzzyDateSchema),
  })
  .openapi('IntakeFormReq');
export type IntakeFormReq = z.infer<typeof IntakeFormReqSchema>;

export const IntakeResultSchema = z
  .object({
    source: SourceSchema,
    draft: DraftSchema,
    isDuplicate: z.boolean().describe('the same text was taken in before: this is the existing source and draft'),
  })
  .openapi('IntakeResult');
