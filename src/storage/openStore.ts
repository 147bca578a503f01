/**
 * The one entry point to storage: picks the dialect from the options, connects, migrates.
 */
import type { Kysely } from 'kysely';
import { ValidationError } from '../core/errors.js';
import type { Store } from '../core/ports.js';
import type { DialectAdapter } from './dialect.js';
import { wrapDriverError } from './driverErrors.js';
import { POSTGRES_ADAPTER } from './postgres/adapter.js';
import { connectPostgres } from './postgres/connect.js';
import type { Database } from './schema.js';
import { SQLITE_ADAPTER } from './sqlite/adapter.js';
import { connectSqlite } from './sqlite/connect.js';
import { SqlStore } from './sqlStore.js';

export interface OpenStoreOptions {
  /** postgres:// or postgresql:// URL: use PostgreSQL. Empty or null: use SQLite. */
  databaseUrl?: string | null;
  /** SQLite file path, or ":memory:"; used when there is no PostgreSQL URL. */
  sqlitePath?: string | null;
  /** PostgreSQL only: create and use this schema (isolated test runs). */
  pgSchema?: string | null;
  /** Apply pending migrations on open (the default); `bilat db migrate` opens without, to report them. */
  shouldMigrate?: boolean;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function connect(options: OpenStoreOptions): Promise<{ db: Kysely<Database>; adapter: DialectAdapter; schema: string | null }> {
  const url = options.databaseUrl?.trim() || null;
  if (url !== null) {
    if (!POSTGRES_URL.test(url)) {
      throw new ValidationError(
        `databaseUrl "${redact(url)}" is not a PostgreSQL URL: use postgres://user@host:5432/db, or leave it empty and give sqlitePath for SQLite.`,
        'databaseUrl');
    }
    const schema = options.pgSchema?.trim() || null;
    try {
      return { db: await connectPostgres(url, schema), adapter: POSTGRES_ADAPTER, schema };
    } catch (error) {
      throw wrapDriverError(POSTGRES_ADAPTER, error, `connect to ${redact(url)}`);
    }
  }
  const path = options.sqlitePath?.trim() || null;
  if (path === null) {
    throw new ValidationError('No database given: set databaseUrl (postgres://…) or sqlitePath (a file, or ":memory:").', 'sqlitePath');
  }
  try {
    return { db: connectSqlite(path), adapter: SQLITE_ADAPTER, schema: null };
  } catch (error) {
    throw wrapDriverError(SQLITE_ADAPTER, error, `open the SQLite database at ${path}`);
  }
}

/**
 * Opens the store and applies pending migrations.
 * @param options where the database is (see OpenStoreOptions)
 * @returns a migrated Store; close it when done
 * @throws ValidationError for unusable options; StorageError when the database cannot be reached or migrated
 * @example
 * const store = await openStore({ sqlitePath: ':memory:' });
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { db, adapter, schema } = await connect(options);
  const store = new SqlStore(db, adapter, schema);
  try {
    if (options.shouldMigrate !== false) await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
