/**
 * The one ordered list of migrations, as a static provider (no file-system scan, so it works the
 * same from source, bundles and tests). Migrations may take the dialect adapter for the few steps
 * that differ between databases.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DialectAdapter } from '../dialect.js';
import * as initial from './0001_initial.js';
import * as sourceIndex from './0002_source_index.js';

type BilatMigration = { up(db: Kysely<unknown>, adapter: DialectAdapter): Promise<void> };

/** Add new migrations at the end; never rename or edit one that has shipped. */
const MIGRATIONS: Record<string, BilatMigration> = {
  '0001_initial': initial,
  '0002_source_index': sourceIndex,
};

/**
 * Builds Kysely's migration provider for one dialect.
 * @param adapter the dialect the migrations run on
 * @returns a provider listing every migration in name order
 */
export function migrationProvider(adapter: DialectAdapter): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      const migrations: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(MIGRATIONS)) {
        migrations[name] = { up: (db) => migration.up(db as Kysely<unknown>, adapter) };
      }
      return migrations;
    },
  };
}
