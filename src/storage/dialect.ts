/**
 * What differs between SQLite and PostgreSQL, as one interface with an implementation in each of
 * sqlite/ and postgres/ (the Kysely layout: capability flags and hooks, not scattered dialect checks).
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from './schema.js';

/** A source as the full-text index sees it. */
export interface IndexedSource {
  id: string;
  title: string | null;
  text: string;
}

/** One full-text match over sources, best first (the snippet is cut later from the original text). */
export interface SourceMatch {
  id: string;
}

/** Why a driver refused a statement, in driver-independent terms. */
export type DriverFailure =
  | 'unique' | 'foreign_key' | 'not_null' | 'check' | 'connection' | 'busy' | 'other';

export interface DialectAdapter {
  readonly name: 'sqlite' | 'postgres';
  /** `ORDER BY` on text in byte order: PostgreSQL sorts by the database collation otherwise. */
  orderText(column: string): RawBuilder<unknown>;
  /** Creates the full-text index over sources (a migration step). */
  createSourceIndex(db: Kysely<unknown>): Promise<void>;
  /** Writes or replaces one source in the full-text index, in the caller's transaction. */
  indexSource(db: Kysely<Database>, source: IndexedSource): Promise<void>;
  unindexSource(db: Kysely<Database>, id: string): Promise<void>;
  /** Full-text matches for a user's query; hostile syntax is neutralised, never thrown. */
  searchSources(db: Kysely<Database>, query: string, limit: number): Promise<SourceMatch[]>;
  /** Classifies a driver error so storage can wrap it in a typed error. */
  classifyError(error: unknown): DriverFailure | null;
}
