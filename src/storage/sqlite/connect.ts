/**
 * Opens a SQLite database with the settings Bilat relies on.
 */
import Database from 'better-sqlite3';
import {
  CompiledQuery, type DatabaseConnection, type Driver, Kysely, SqliteDialect, type SqliteDialectConfig, SqliteDriver,
} from 'kysely';
import type { Database as Schema } from '../schema.js';

/** How long a writer waits for another process's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Starts transactions with BEGIN IMMEDIATE: a deferred BEGIN that reads and then writes must
 * upgrade its lock, and when another process (the CLI beside the server) writes meanwhile SQLite
 * fails at once with SQLITE_BUSY, ignoring busy_timeout. Taking the write lock first makes the
 * second writer wait instead.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class BilatSqliteDialect extends SqliteDialect {
  constructor(private readonly dialectConfig: SqliteDialectConfig) {
    super(dialectConfig);
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.dialectConfig);
  }
}

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
  return new Kysely<Schema>({ dialect: new BilatSqliteDialect({ database }) });
}
