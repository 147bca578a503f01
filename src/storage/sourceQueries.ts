/**
 * Source lookups that are not plain record reads: by content hash (intake deduplication) and the
 * light summaries lists show (without the text).
 */
import type { Source, SourceSummary } from '../contracts/index.js';
import type { StoreContext } from './context.js';
import { listRecords } from './recordStore.js';

/** The source with this sha256 of its normalised text, if it was taken in before. */
export async function findSourceByHash(ctx: StoreContext, contentHash: string): Promise<Source | null> {
  const row = await ctx.db.selectFrom('sources').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  if (!row) return null;
  const [source] = await listRecords(ctx, 'source', { ids: [row.id] }) as Source[];
  return source ?? null;
}

/** Source summaries, newest first. */
export async function listSourceSummaries(ctx: StoreContext, options: { ids?: string[]; limit?: number } = {}): Promise<SourceSummary[]> {
  if (options.ids !== undefined && options.ids.length === 0) return [];
  let query = ctx.db.selectFrom('sources')
    .select(['id', 'title', 'publisher', 'url', 'published_on', 'language', 'created_at'])
    .orderBy(ctx.adapter.orderText('created_at'), 'desc').orderBy(ctx.adapter.orderText('id'), 'desc');
  if (options.ids !== undefined) query = query.where('id', 'in', options.ids);
  if (options.limit !== undefined) query = query.limit(options.limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id, title: r.title, publisher: r.publisher, url: r.url, publishedOn: r.published_on,
    language: r.language as SourceSummary['language'], createdAt: r.created_at,
  }));
}
