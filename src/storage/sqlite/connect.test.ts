import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectSqlite } from './connect.js';

describe('connectSqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilat-sqlite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns on WAL and foreign keys', async () => {
    const db = connectSqlite(join(dir, 'a.db'));
    const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    await db.destroy();
  });

  it('takes the write lock when a transaction begins', async () => {
    const path = join(dir, 'b.db');
    const db = connectSqlite(path);
    await sql`create table t (x integer)`.execute(db);
    const other = connectSqlite(path);
    await db.transaction().execute(async () => {
      // A second connection cannot start writing while the first transaction, which has not
      // written anything yet, is open: the lock was taken by BEGIN IMMEDIATE.
      await sql`pragma busy_timeout = 0`.execute(other);
      await expect(sql`insert into t values (1)`.execute(other)).rejects.toThrow(/locked|busy/i);
    });
    await other.destroy();
    await db.destroy();
  });
});
