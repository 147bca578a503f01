/**
 * SQLite specifics: an FTS5 table for sources, byte-order text sorting (SQLite's default), and
 * better-sqlite3's error codes. The index holds folded text (fold.ts): unicode61's
 * remove_diacritics folds Latin accents but not Cyrillic й and ё.
 */
import { sql } from 'kysely';
import type { DialectAdapter, DriverFailure } from '../dialect.js';
import { fold } from '../../core/text/fold.js';
import { queryWords } from '../ftsQuery.js';

/**
 * FTS5 query text: every word quoted (so `AND`, `NEAR` or a stray `"` are plain words), all
 * required, the last one as a prefix so a half-typed word still finds.
 */
export function toFts5Query(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}

function classifySqliteError(error: unknown): DriverFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return 'not_null';
  if (code.startsWith('SQLITE_CONSTRAINT')) return 'check';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_NOTADB') return 'connection';
  return 'other';
}

export const SQLITE_ADAPTER: DialectAdapter = {
  name: 'sqlite',
  orderText: (column) => sql.ref(column),

  async createSourceIndex(db) {
    // A standalone FTS5 table (not external-content): sources has no INTEGER PRIMARY KEY, and an
    // implicit rowid may change on VACUUM, which would silently point the index at other rows.
    await sql`create virtual table sources_fts using fts5(
      source_id unindexed, title, body, tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  },

  async indexSource(db, source) {
    await sql`delete from sources_fts where source_id = ${source.id}`.execute(db);
    await sql`insert into sources_fts (source_id, title, body)
      values (${source.id}, ${fold(source.title ?? '')}, ${fold(source.text)})`.execute(db);
  },

  async unindexSource(db, id) {
    await sql`delete from sources_fts where source_id = ${id}`.execute(db);
  },

  async searchSources(db, query, limit) {
    const match = toFts5Query(query);
    if (match === null) return [];
    const result = await sql<{ id: string }>`
      select source_id as id from sources_fts where sources_fts match ${match} order by rank limit ${limit}`.execute(db);
    return result.rows;
  },

  classifyError: classifySqliteError,
};
