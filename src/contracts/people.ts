import { z } from 'zod';
import { CountryCodeSchema, FuzzyDateSchema, IdSchema, LanguageSchema, RecordMetaSchema } from './common.js';

/** One other way a person's name is written: an alias, a transliteration, a case form. */
export const PersonAliasSchema = z.object({
  name: z.string().min(1).max(200),
  lang: LanguageSchema.nullable().default(null),
  kind: z.enum(['alias', 'transliteration', 'native', 'short']).default('alias'),
});
export type PersonAlias = z.infer<typeof PersonAliasSchema>;

export const PersonInputSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('the fullest form, nominative case, no honorifics'),
  countryCode: CountryCodeSchema.nullable().default(null).describe('null for officials of international organisations'),
  aliases: z.array(PersonAliasSchema).default([]),
  note: z.string().max(2000).nullable().default(null),
});
export const PersonSchema = PersonInputSchema.extend(RecordMetaSchema.shape);
export type PersonInput = z.infer<typeof PersonInputSchema>;
export type Person = z.infer<typeof PersonSchema>;

/** Rank of a post, for engagement levels and sorting. */
export const PostRankSchema = z.enum([
  'head_of_state', 'head_of_government', 'minister', 'deputy', 'ambassador', 'speaker', 'official', 'other',
]);
export type PostRank = z.infer<typeof PostRankSchema>;

/** A position such as "President of the Russian Federation"; who holds it is a Tenure. */
export const PostInputSchema = z.object({
  title: z.string().trim().min(1).max(300),
  countryCode: CountryCodeSchema.nullable().default(null),
  organizationId: IdSchema.nullable().default(null),
  rank: PostRankSchema.default('other'),
});
export const PostSchema = PostInputSchema.extend(RecordMetaSchema.shape);
export type PostInput = z.infer<typeof PostInputSchema>;
export type Post = z.infer<typeof PostSchema>;

/** A person holds a post from one date to another (open ended while `endDate` is null). */
export const TenureInputSchema = z.object({
  personId: IdSchema,
  postId: IdSchema,
  startDate: FuzzyDateSchema.nullable().default(null),
  endDate: FuzzyDateSchema.nullable().default(null),
  /** Title as the source wrote it ("Interim President"), when it differs from the post's. */
  titleAsWritten: z.string().max(300).nullable().default(null),
});
export const TenureSchema = TenureInputSchema.extend(RecordMetaSchema.shape);
export type TenureInput = z.infer<typeof TenureInputSchema>;
export type Tenure = z.infer<typeof TenureSchema>;

export const OrganizationKindSchema = z.enum([
  'government', 'ministry', 'agency', 'parliament', 'central_bank', 'state_company', 'international', 'other',
]);
/** Ministries, agencies, parliaments, state companies: parties to interagency instruments and projects. */
export const OrganizationInputSchema = z.object({
  name: z.string().trim().min(1).max(400),
  kind: OrganizationKindSchema.default('other'),
  countryCode: CountryCodeSchema.nullable().default(null),
  aliases: z.array(z.string().min(1).max(400)).default([]),
});
export const OrganizationSchema = OrganizationInputSchema.extend(RecordMetaSchema.shape);
export type OrganizationInput = z.infer<typeof OrganizationInputSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
