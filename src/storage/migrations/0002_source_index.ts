/**
 * The full-text index over sources. Its shape is the one dialect-specific part of the schema
 * (an FTS5 virtual table on SQLite, a tsvector table with a GIN index on PostgreSQL), so the
 * migration asks the dialect adapter to build it.
 */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from '../dialect.js';

/** Creates the source search index for this dialect. */
export async function up(db: Kysely<unknown>, adapter: DialectAdapter): Promise<void> {
  await adapter.createSourceIndex(db);
}
