import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StorageError, ValidationError } from '../core/errors.js';
import { openStore } from './openStore.js';
import { makePerson } from './testFactories.js';

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilat-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a SQLite file, migrates it once and keeps data across opens', async () => {
    const path = join(dir, 'bilat.db');
    const first = await openStore({ sqlitePath: path });
    expect(first.dialect).toBe('sqlite');
    const person = makePerson();
    await first.read.insert('person', person);
    await first.close();
    const second = await openStore({ databaseUrl: '', sqlitePath: path });
    expect(await second.migrate()).toEqual([]);
    expect(await second.read.get('person', person.id)).toEqual(person);
    await second.close();
  });

  it('refuses a URL that is not PostgreSQL and a missing location', async () => {
    await expect(openStore({ databaseUrl: 'mysql://root:secret@h/db' })).rejects.toThrow(ValidationError);
    await expect(openStore({ databaseUrl: 'mysql://root:secret@h/db' })).rejects.not.toThrow(/secret/);
    await expect(openStore({})).rejects.toThrow(/sqlitePath/);
    await expect(openStore({ databaseUrl: 'postgres://postgres@127.0.0.1/test', pgSchema: 'Bad-Name' })).rejects.toThrow(ValidationError);
  });

  it('reports an unopenable SQLite path as a StorageError', async () => {
    await expect(openStore({ sqlitePath: join(dir, 'missing', 'dir', 'x.db') })).rejects.toThrow(StorageError);
  });

  it('reports unreachable PostgreSQL as a retryable StorageError that names the fix', async () => {
    const error = await openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).isRetryable).toBe(true);
    expect((error as Error).message).toMatch(/cannot be reached/);
  });
});
