/**
 * Test helpers for the HTTP and CLI suites: a fresh database of each dialect (a temp SQLite file,
 * or a new PostgreSQL schema), and the app built on it through the real openContext.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isPostgresAvailable, TEST_PG_URL } from '../storage/testing.js';
import { openContext } from '../main/context.js';
import { createApp } from './app.js';

export type TestDialect = 'sqlite' | 'postgres';
export const TEST_DIALECTS: readonly TestDialect[] = ['sqlite', 'postgres'];

/** The PostgreSQL server the tests use: the storage suites' (BILAT_TEST_DATABASE_URL or the local one). */
export const TEST_DATABASE_URL = TEST_PG_URL;

export interface TestDatabase {
  dialect: TestDialect;
  /** Options for openContext. */
  options: { databaseUrl: string | null; sqlitePath: string | null; pgSchema: string | null };
  /** The same choice as environment variables, for the CLI as a child process. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * A new empty database: a SQLite file in a temp folder, or a PostgreSQL schema with a unique name.
 * @param dialect which database
 */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'bilat-test-'));
    const sqlitePath = join(dir, 'bilat.sqlite');
    return {
      dialect,
      options: { databaseUrl: null, sqlitePath, pgSchema: null },
      env: { BILAT_DB: sqlitePath, DATABASE_URL: '', BILAT_PG_SCHEMA: '' },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  // openStore creates the schema on first open (the app's openContext, or the CLI child process).
  const schema = `bilat_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    dialect,
    options: { databaseUrl: TEST_DATABASE_URL, sqlitePath: null, pgSchema: schema },
    env: { DATABASE_URL: TEST_DATABASE_URL, BILAT_PG_SCHEMA: schema, BILAT_DB: '' },
    drop: () => dropSchema(schema),
  };
}

/**
 * The app on a fresh, migrated database, with a `close` that drops the database.
 * @param dialect which database
 */
export async function openTestApp(dialect: TestDialect) {
  const database = await createTestDatabase(dialect);
  const ctx = await openContext({ ...database.options, actor: 'test' });
  await ctx.store.migrate();
  const app = createApp(ctx);
  return {
    app,
    ctx,
    async close() {
      await ctx.close();
      await database.drop();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/**
 * JSON request helper for `app.request()`.
 * @param method HTTP method
 * @param body the JSON body
 */
export function jsonInit(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * The dialects to run a suite on, each with the reason it is skipped (null when it runs): every
 * suite runs on SQLite and PostgreSQL alike, and says why when PostgreSQL is not there.
 */
export async function dialectsUnderTest(): Promise<Array<{ dialect: TestDialect; skipReason: string | null }>> {
  const hasPostgres = await isPostgresAvailable();
  return TEST_DIALECTS.map((dialect) => ({
    dialect,
    skipReason: dialect === 'postgres' && !hasPostgres ? `no PostgreSQL answers at ${TEST_DATABASE_URL} (BILAT_REQUIRE_PG=1 makes this an error)` : null,
  }));
}

/** The reference report and the day it was taken in. */
export const SEED_PATH = new URL('../../fixtures/seed/putin-goita.txt', import.meta.url);
export const SEED_REFERENCE_DATE = '2025-06-24';

/**
 * Takes in the reference report through the API and accepts its draft.
 * @param app the app
 * @returns the intake and accept responses' bodies
 */
export async function seedThroughApi(app: TestApp['app']) {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(SEED_PATH, 'utf8');
  const intake = await app.request('/api/intake', jsonInit('POST', { text, referenceDate: SEED_REFERENCE_DATE }));
  if (intake.status !== 201) throw new Error(`seed intake answered ${intake.status}: ${await intake.text()}`);
  const taken = (await intake.json()) as { source: { id: string; text: string }; draft: { id: string } };
  const accept = await app.request(`/api/drafts/${taken.draft.id}/accept`, jsonInit('POST', {}));
  if (accept.status !== 200) throw new Error(`seed accept answered ${accept.status}: ${await accept.text()}`);
  return { text, taken, accepted: (await accept.json()) as { written: Array<{ kind: string; id: string; isNew: boolean }> } };
}
