/**
 * Runs one block of tests against every database (Kysely's DIALECTS loop): each block gets a
 * fresh SQLite in memory and a fresh PostgreSQL schema. For *.test.ts files only.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { type TestDialect, type TestStore, isPostgresAvailable, openTestStore } from './testing.js';

const DIALECTS: TestDialect[] = ['sqlite', 'postgres'];
const HAS_POSTGRES = await isPostgresAvailable();

/**
 * Declares `body` once per database.
 * @param title suite title; the dialect is appended
 * @param body tests; call `current()` inside a test for the store of this run
 */
export function describeEachDialect(title: string, body: (current: () => TestStore) => void): void {
  for (const name of DIALECTS) {
    describe.skipIf(name === 'postgres' && !HAS_POSTGRES)(`${title} [${name}]`, () => {
      let testStore: TestStore | null = null;
      beforeAll(async () => {
        testStore = await openTestStore(name);
      });
      afterAll(async () => {
        await testStore?.close();
      });
      body(() => {
        if (testStore === null) throw new Error(`the ${name} test store did not open`);
        return testStore;
      });
    });
  }
}
