/**
 * Stores for tests, on both databases: SQLite in memory, and PostgreSQL in a fresh schema
 * (`bilat_test_<random>`) dropped on close. PostgreSQL is never skipped silently: with
 * BILAT_REQUIRE_PG=1 an unreachable server fails the run; otherwise the skip prints its reason.
 * Server URL: BILAT_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../core/ports.js';
import { openStore } from './openStore.js';

export type TestDialect = 'sqlite' | 'postgres';

export interface TestStore {
  name: TestDialect;
  store: Store;
  /** Closes the store; for PostgreSQL also drops its schema. */
  close(): Promise<void>;
}

export const TEST_PG_URL = process.env.BILAT_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const PROBE_TIMEOUT_MS = 3_000;

let probe: Promise<{ isAvailable: boolean; reason: string | null }> | null = null;

async function tryConnect(): Promise<{ isAvailable: boolean; reason: string | null }> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('select 1');
    return { isAvailable: true, reason: null };
  } catch (error) {
    return { isAvailable: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Whether PostgreSQL tests can run here.
 * @returns true when the test server answers
 * @throws Error when BILAT_REQUIRE_PG=1 and the server does not answer
 */
export async function isPostgresAvailable(): Promise<boolean> {
  probe ??= tryConnect();
  const { isAvailable, reason } = await probe;
  if (isAvailable) return true;
  const message = `PostgreSQL at ${TEST_PG_URL} is unreachable (${reason ?? 'unknown'})`;
  if (process.env.BILAT_REQUIRE_PG === '1') {
    throw new Error(`${message}, and BILAT_REQUIRE_PG=1 requires it. Start it (pg_ctlcluster <version> main start) or set BILAT_TEST_DATABASE_URL.`);
  }
  console.warn(`[storage tests] skipping PostgreSQL: ${message}. Set BILAT_REQUIRE_PG=1 to make this an error.`);
  return false;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * Opens one migrated test store.
 * @param name which database
 * @returns the store and its close function
 */
export async function openTestStore(name: TestDialect): Promise<TestStore> {
  if (name === 'sqlite') {
    const store = await openStore({ sqlitePath: ':memory:' });
    return { name, store, close: () => store.close() };
  }
  const schema = `bilat_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: TEST_PG_URL, pgSchema: schema });
  return {
    name,
    store,
    async close() {
      await store.close();
      await dropSchema(schema);
    },
  };
}

/**
 * Test stores for every database available (both when PostgreSQL answers), for command and API tests.
 * @returns one entry per database; close each in afterAll
 * @throws Error when BILAT_REQUIRE_PG=1 and PostgreSQL does not answer
 */
export async function openTestStores(): Promise<TestStore[]> {
  const stores = [await openTestStore('sqlite')];
  if (await isPostgresAvailable()) stores.push(await openTestStore('postgres'));
  return stores;
}
