import type { Command } from 'commander';
import { openContext } from '../main/context.js';

type AppContext = Awaited<ReturnType<typeof openContext>>;

/** The global storage options: `--db PATH` (SQLite); DATABASE_URL and BILAT_DB come from the environment. */
export interface StorageOptions {
  db?: string;
}

/**
 * Opens the database the user named, runs `fn`, and closes it whatever happens.
 * Storage is chosen by openContext: DATABASE_URL (PostgreSQL, schema BILAT_PG_SCHEMA when set),
 * else --db, else BILAT_DB, else ./bilat.sqlite.
 * @param command the running command (for the global --db)
 * @param fn the work
 */
export async function withContext<T>(command: Command, fn: (ctx: AppContext) => Promise<T>, options: { shouldMigrate?: boolean } = {}): Promise<T> {
  const ctx = await openCliContext(command, options);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

/**
 * Opens the context for a long-running command (serve) that closes it itself.
 * @param command the running command
 */
export function openCliContext(command: Command, options: { shouldMigrate?: boolean } = {}): Promise<AppContext> {
  const { db } = command.optsWithGlobals<StorageOptions>();
  return openContext({
    databaseUrl: process.env.DATABASE_URL || null,
    sqlitePath: db ?? (process.env.BILAT_DB || null),
    pgSchema: process.env.BILAT_PG_SCHEMA || null,
    actor: `cli:${process.env.USER ?? 'local'}`,
    shouldMigrate: options.shouldMigrate ?? true,
  });
}
