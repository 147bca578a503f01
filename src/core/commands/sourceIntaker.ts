import { createHash } from 'node:crypto';
import type { Draft, Source } from '../../contracts/index.js';
import { FuzzyDateSchema } from '../../contracts/index.js';
import { draftItemKeys } from '../drafts/itemKeys.js';
import { ValidationError } from '../errors.js';
import { ID_PREFIX, newId } from '../ids.js';
import { findDraftMatches } from '../linking/draftMatches.js';
import type { CommandContext } from '../ports.js';
import { recordHistory } from '../records/history.js';

export interface IntakeInput {
  /** The document's bytes: text, HTML or PDF. */
  bytes: Uint8Array;
  filename?: string | null;
  mediaType?: string | null;
  /** The day the report is taken in (YYYY-MM-DD): dates without a year are read against it. */
  referenceDate?: string | null;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  publishedOn?: string | null;
}

export interface IntakeResult {
  source: Source;
  draft: Draft;
  /** The same text was taken in before: nothing was written, the earlier source and draft are returned. */
  isDuplicate: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!DAY.test(value) || !FuzzyDateSchema.safeParse(value).success || Number.isNaN(Date.parse(value))) {
    throw new ValidationError(`${field} must be a date written YYYY-MM-DD, got "${value}"`, field);
  }
  return value;
}

/** The text every offset points into: the headline, when there is one, is part of the readout. */
function analysedText(body: string, title: string | null): string {
  if (!title) return body;
  const head = title.trim();
  if (body.trimStart().startsWith(head)) return body;
  return `${head}\n\n${body}`;
}

/**
 * Takes a document in: reads it, extracts a draft whose every value carries its span, and stores
 * the source and the draft in one transaction. The same text taken in twice is one source (content
 * hash): the second intake writes nothing and returns the first.
 * @param ctx command context
 * @param input the document and what the caller knows of it
 * @returns source, draft, and whether it was a duplicate
 * @throws UnreadableDocumentError (empty, binary, too large, unknown language), ValidationError (dates)
 */
export async function intakeSource(ctx: CommandContext, input: IntakeInput): Promise<IntakeResult> {
  const referenceDate = checkDate(input.referenceDate, 'referenceDate');
  const publishedOn = checkDate(input.publishedOn, 'publishedOn');
  const doc = await ctx.extractor.read({ bytes: input.bytes, filename: input.filename ?? null, mediaType: input.mediaType ?? null });
  const title = input.title?.trim() || doc.title || null;
  const text = analysedText(doc.text, input.title?.trim() || null);
  const contentHash = createHash('sha256').update(text).digest('hex');

  const known = await findKnown(ctx, contentHash);
  if (known) return known;

  const extraction = ctx.extractor.extract(text, {
    language: doc.language,
    referenceDate: referenceDate ?? publishedOn,
    title: input.title?.trim() || null,
    publishedOn,
  });

  try {
    return await ctx.store.transaction(async (tx) => {
      const at = ctx.now().toISOString();
      const source: Source = {
        id: newId(ID_PREFIX.source), version: 1, createdAt: at, updatedAt: at,
        title, publisher: input.publisher ?? null, url: input.url ?? null, publishedOn, referenceDate,
        language: doc.language, format: doc.format, text, contentHash,
      };
      await tx.insert('source', source);
      await recordHistory(tx, { kind: 'source', id: source.id, version: 1, action: 'create', changes: { contentHash: { from: null, to: contentHash } }, actor: ctx.actor, at, sourceId: source.id });
      const draft: Draft = {
        id: newId(ID_PREFIX.draft), sourceId: source.id, status: 'pending', extraction,
        matches: await findDraftMatches(tx, extraction),
        decisions: Object.fromEntries(draftItemKeys(extraction).map((key) => [key, { state: 'pending' as const, linkTo: null, recordId: null }])),
        createdAt: at, updatedAt: at, version: 1,
      };
      await tx.insertDraft(draft);
      return { source, draft, isDuplicate: false };
    });
  } catch (error) {
    // Another process took in the same text between our check and our write: theirs stands.
    const raced = await findKnown(ctx, contentHash);
    if (raced) return raced;
    throw error;
  }
}

async function findKnown(ctx: CommandContext, contentHash: string): Promise<IntakeResult | null> {
  const source = await ctx.store.read.findSourceByHash(contentHash);
  if (!source) return null;
  const [draft] = await ctx.store.read.listDrafts({ sourceId: source.id, limit: 1 });
  if (!draft) return null;
  return { source, draft, isDuplicate: true };
}
