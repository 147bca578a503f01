/**
 * Test support: a command context on a real, migrated database of each dialect available, with
 * the real extractor. Used by command tests only.
 */
import { createExtractor } from '../ingest/extractor.js';
import { isPostgresAvailable, openTestStore, type TestDialect } from '../storage/testing.js';
import type { CommandContext } from '../core/ports.js';

/** The dialects this run tests: PostgreSQL too when it answers (BILAT_REQUIRE_PG=1 makes it required). */
export async function testDialects(): Promise<TestDialect[]> {
  return (await isPostgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
}

/**
 * @param name which database
 * @returns a context and its close function
 */
export async function openTestContext(name: TestDialect): Promise<CommandContext & { close(): Promise<void> }> {
  const test = await openTestStore(name);
  return { store: test.store, extractor: createExtractor(), actor: 'test', now: () => new Date(), close: test.close };
}
