/**
 * Wiring: the store chosen by the environment, the extractor, the actor. Every entry point (CLI,
 * HTTP server, tests) builds its context here.
 */
import type { CommandContext } from '../core/ports.js';
import { createExtractor } from '../ingest/extractor.js';
import { openStore } from '../storage/openStore.js';

export interface AppContext extends CommandContext {
  close(): Promise<void>;
}

export interface ContextOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite at `sqlitePath`. */
  databaseUrl?: string | null;
  /** SQLite file; defaults to ./bilat.sqlite. */
  sqlitePath?: string | null;
  /** PostgreSQL schema to create and use (isolated test runs). */
  pgSchema?: string | null;
  /** Apply pending migrations on open (default true). */
  shouldMigrate?: boolean;
  /** Who the history names for changes made through this context. */
  actor?: string;
}

/** The SQLite file used when nothing else is named. */
export const DEFAULT_SQLITE_PATH = 'bilat.sqlite';

/**
 * Opens the database (migrating it) and builds the command context.
 * @param options where the data lives and who acts
 * @returns the context; call `close()` when done
 * @throws StorageError when the database cannot be opened
 */
export async function openContext(options: ContextOptions = {}): Promise<AppContext> {
  const databaseUrl = options.databaseUrl ?? null;
  const isPostgres = databaseUrl !== null && /^postgres(ql)?:\/\//.test(databaseUrl);
  const store = await openStore({
    databaseUrl: isPostgres ? databaseUrl : null,
    sqlitePath: isPostgres ? null : (options.sqlitePath ?? DEFAULT_SQLITE_PATH),
    pgSchema: options.pgSchema ?? null,
    shouldMigrate: options.shouldMigrate ?? true,
  });
  return {
    store,
    extractor: createExtractor(),
    actor: options.actor ?? 'local',
    now: () => new Date(),
    close: () => store.close(),
  };
}
