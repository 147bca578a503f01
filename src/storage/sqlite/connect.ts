/**
 * Opens a SQLite database with the settings Bilat relies on.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../schema.js';

/** How long a writer waits for another process's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (or creates) a SQLite file, or an in-memory database for ":memory:".
 * WAL lets readers work while one process writes; foreign keys are off by default in SQLite.
 * @param path file path or ":memory:"
 * @returns a Kysely instance over one better-sqlite3 connection
 * @throws the driver's error when the file cannot be opened (the caller wraps it)
 */
export function connectSqlite(path: string): Kysely<Schema> {
  const database = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  if (path !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
}
