/**
 * Drafts: what an intake proposes. The extraction, matches and decisions are JSON text (read and
 * written whole by the review screen; nothing queries inside them).
 */
import type { Draft } from '../contracts/index.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { StoreContext } from './context.js';
import type { Row } from './schema.js';

function rowOf(d: Draft): Row<'drafts'> {
  return {
    id: d.id, version: d.version, created_at: d.createdAt, updated_at: d.updatedAt, source_id: d.sourceId,
    status: d.status, extraction_json: JSON.stringify(d.extraction), matches_json: JSON.stringify(d.matches),
    decisions_json: JSON.stringify(d.decisions),
  };
}

function draftOf(r: Row<'drafts'>): Draft {
  return {
    id: r.id, sourceId: r.source_id, status: r.status as Draft['status'],
    extraction: JSON.parse(r.extraction_json) as Draft['extraction'],
    matches: JSON.parse(r.matches_json) as Draft['matches'],
    decisions: JSON.parse(r.decisions_json) as Draft['decisions'],
    createdAt: r.created_at, updatedAt: r.updated_at, version: r.version,
  };
}

export async function insertDraft(ctx: StoreContext, draft: Draft): Promise<void> {
  await ctx.db.insertInto('drafts').values(rowOf(draft)).execute();
}

/**
 * Replaces a draft if the stored version is `draft.version - 1`.
 * @throws NotFoundError when absent; ConflictError when another review saved first
 */
export async function updateDraft(ctx: StoreContext, draft: Draft): Promise<void> {
  const { id: _id, ...changes } = rowOf(draft);
  const result = await ctx.db.updateTable('drafts').set(changes)
    .where('id', '=', draft.id).where('version', '=', draft.version - 1).executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return;
  const stored = await ctx.db.selectFrom('drafts').select('version').where('id', '=', draft.id).executeTakeFirst();
  if (!stored) throw new NotFoundError('draft', draft.id);
  throw new ConflictError(
    `draft "${draft.id}" is at version ${stored.version}, but the write was based on version ${draft.version - 1}: ` +
    'someone reviewed it meanwhile. Reload the draft and apply the change again.');
}

export async function getDraft(ctx: StoreContext, id: string): Promise<Draft | null> {
  const row = await ctx.db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? draftOf(row) : null;
}

/** Drafts, newest first, optionally of one source. */
export async function listDrafts(ctx: StoreContext, options: { limit?: number; sourceId?: string } = {}): Promise<Draft[]> {
  let query = ctx.db.selectFrom('drafts').selectAll()
    .orderBy(ctx.adapter.orderText('created_at'), 'desc').orderBy(ctx.adapter.orderText('id'), 'desc');
  if (options.sourceId !== undefined) query = query.where('source_id', '=', options.sourceId);
  if (options.limit !== undefined) query = query.limit(options.limit);
  return (await query.execute()).map(draftOf);
}
