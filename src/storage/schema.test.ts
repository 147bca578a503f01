import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from './dialectSuite.js';
import { TABLE_COLUMNS } from './schema.js';
import { SqlStore } from './sqlStore.js';

/** Tables the dialect adds for full-text search (not part of the shared schema). */
const SEARCH_TABLES = { sqlite: /^sources_fts/, postgres: /^source_search$/ };

describeEachDialect('schema', (current) => {
  it('has exactly the tables and columns the Database interface names', async () => {
    const { name, store } = current();
    if (!(store instanceof SqlStore)) throw new Error('test stores are SqlStores');
    const db = store.kysely;
    const schema = name === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
    const tables = (await db.introspection.getTables())
      .filter((t) => schema === undefined || t.schema === schema)
      .filter((t) => !SEARCH_TABLES[name].test(t.name));
    const actual = Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
    const expected = Object.fromEntries(Object.entries(TABLE_COLUMNS).map(([table, columns]) => [table, Object.keys(columns).sort()]));
    expect(actual).toEqual(expected);
    const all = await db.introspection.getTables();
    expect(all.some((t) => SEARCH_TABLES[name].test(t.name) && (schema === undefined || t.schema === schema))).toBe(true);
  });

  it('applies nothing on a second migrate', async () => {
    const { store } = current();
    expect(await store.migrate()).toEqual([]);
  });
});
