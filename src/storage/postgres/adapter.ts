/**
 * PostgreSQL specifics: a tsvector table with a GIN index for sources, "C" collation when sorting
 * text, and pg's SQLSTATE codes.
 */
import { sql } from 'kysely';
import type { DialectAdapter, DriverFailure } from '../dialect.js';
import { fold } from '../../core/text/fold.js';
import { queryWords } from '../ftsQuery.js';

/**
 * A tsvector holds at most 1 MB; the folded text is cut here so a huge document is still indexed
 * (its first part) instead of failing the intake.
 */
const MAX_INDEXED_CHARS = 300_000;

/**
 * tsquery text: every word required, the last one as a prefix. Words are letters and digits only,
 * so no tsquery operator can come from the user.
 */
export function toTsQuery(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000', '57P01', '57P03']);

function classifyPgError(error: unknown): DriverFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === '23505') return 'unique';
  if (code === '23503') return 'foreign_key';
  if (code === '23502') return 'not_null';
  if (code.startsWith('23')) return 'check';
  if (CONNECTION_CODES.has(code) || code.startsWith('08')) return 'connection';
  if (code === '40001' || code === '40P01' || code === '55P03') return 'busy';
  return /^[0-9A-Z]{5}$/.test(code) ? 'other' : null;
}

export const POSTGRES_ADAPTER: DialectAdapter = {
  name: 'postgres',
  orderText: (column) => sql`${sql.ref(column)} collate "C"`,

  async createSourceIndex(db) {
    // The vector is built from folded text (fold.ts), so accents and ё need no unaccent extension.
    await sql`create table source_search (
      source_id text primary key references sources (id) on delete cascade,
      document tsvector not null
    )`.execute(db);
    await sql`create index source_search_document_idx on source_search using gin (document)`.execute(db);
  },

  async indexSource(db, source) {
    const folded = fold(`${source.title ?? ''}\n${source.text}`).slice(0, MAX_INDEXED_CHARS);
    await sql`insert into source_search (source_id, document) values (${source.id}, to_tsvector('simple', ${folded}))
      on conflict (source_id) do update set document = excluded.document`.execute(db);
  },

  async unindexSource(db, id) {
    await sql`delete from source_search where source_id = ${id}`.execute(db);
  },

  async searchSources(db, query, limit) {
    const tsquery = toTsQuery(query);
    if (tsquery === null) return [];
    const result = await sql<{ id: string }>`
      select x.source_id as id
      from source_search x
      cross join (select to_tsquery('simple', ${tsquery}) as query) q
      where x.document @@ q.query
      order by ts_rank(x.document, q.query) desc, x.source_id
      limit ${limit}`.execute(db);
    return result.rows;
  },

  classifyError: classifyPgError,
};
