import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../http/testing.js';
import { runBilat } from './testing.js';

const SEED = fileURLToPath(new URL('../../fixtures/seed/putin-goita.txt', import.meta.url));
const DIALECTS = await dialectsUnderTest();
const SLOW = 180_000;

interface Dossier {
  counts: Record<string, number>;
  engagements: Array<{ kind: string; date: string | null; place: string | null; countries: string[] }>;
  instruments: Array<{ title: string; status: string; level: string }>;
  bodies: Array<{ name: string }>;
  people: Array<{ person: { name: string } }>;
  sectors: Array<{ sector: string; count: number }>;
  statements: Array<{ topic: string }>;
}
interface IngestJson {
  results: Array<{ sourceId: string; draftId: string; isDuplicate: boolean; isAlreadyTakenIn: boolean; written: unknown[] | null; summary: { engagements: number } }>;
}

/** What must be the same on both databases: the dossier without ids and timestamps. */
function comparable(dossier: Dossier) {
  return {
    counts: dossier.counts,
    engagements: dossier.engagements.map(({ kind, date, place, countries }) => ({ kind, date, place, countries: [...countries].sort() })),
    instruments: dossier.instruments.map(({ title, status, level }) => ({ title, status, level })).sort((a, b) => a.title.localeCompare(b.title)),
    bodies: dossier.bodies.map((body) => body.name).sort(),
    people: dossier.people.map((entry) => entry.person.name).sort(),
    sectors: dossier.sectors,
    statements: dossier.statements.map((statement) => statement.topic).sort(),
  };
}

const dossiers = new Map<string, Dossier>();

for (const { dialect, skipReason } of DIALECTS) {
  describe.skipIf(skipReason !== null)(`bilat CLI on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let database: TestDatabase;
    let dir: string;
    const bilat = (...args: string[]) => runBilat(args, database.env);
    const dossierJson = async () => {
      const run = await bilat('dossier', 'RU', 'ML', '--json');
      expect(run.code, run.stderr).toBe(0);
      return run.json<Dossier>();
    };

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      dir = await mkdtemp(join(tmpdir(), 'bilat-cli-'));
    });
    afterAll(async () => {
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    it('ingests and accepts the seed; the dossier has the visit of 2025-06-23 and three signed agreements', async () => {
      const run = await bilat('ingest', SEED, '--date', '2025-06-24', '--accept', '--json');
      expect(run.code, run.stderr).toBe(0);
      const [result] = run.json<IngestJson>().results;
      expect(result).toMatchObject({ isDuplicate: false, isAlreadyTakenIn: false });
      expect(result!.written!.length).toBeGreaterThan(0);

      const dossier = await dossierJson();
      const visit = dossier.engagements.find((engagement) => engagement.date === '2025-06-23');
      expect(visit).toBeDefined();
      expect([...visit!.countries].sort()).toEqual(['ML', 'RU']);
      expect(dossier.instruments).toHaveLength(3);
      expect(dossier.instruments.every((instrument) => instrument.status === 'signed')).toBe(true);
      expect(dossier.counts.sources).toBe(1);
      dossiers.set(dialect, dossier);
    }, SLOW);

    it('ingests the same file again as a duplicate already taken in, changing nothing', async () => {
      const before = await dossierJson();
      const run = await bilat('ingest', SEED, '--date', '2025-06-24', '--accept');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/duplicate/);
      expect(run.stdout).toMatch(/already taken in/);
      expect((await dossierJson()).counts).toEqual(before.counts);
    }, SLOW);

    it('prints a human dossier with the timeline and the legal framework', async () => {
      const run = await bilat('dossier', 'ru', 'ml');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/\(RU\).*\(ML\)/);
      expect(run.stdout).toMatch(/Timeline\n( {2}.*\n)* {2}2025-06-23 /);
      expect(run.stdout).toMatch(/Legal framework\n {2}\[signed\]/);
    }, SLOW);

    it('refuses empty, binary and huge files with a clear message, exit 2, and the database unchanged', async () => {
      const before = await dossierJson();
      const empty = join(dir, 'empty.txt');
      const binary = join(dir, 'image.bin');
      const huge = join(dir, 'huge.txt');
      await writeFile(empty, '');
      await writeFile(binary, new Uint8Array(8192).map((_, index) => (index * 197 + 11) % 256));
      await writeFile(huge, '');
      await truncate(huge, 50 * 1024 * 1024);

      for (const [file, pattern] of [[empty, /empty/i], [binary, /binary|not text|cannot be read|unreadable/i], [huge, /too large: 50\.0 MiB/]] as const) {
        const run = await bilat('ingest', file, '--json');
        expect(run.code, `${file}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toMatch(pattern);
        const body = run.json<{ error: { code: string; message: string } }>();
        expect(body.error.code).toBe('unreadable_document');
        expect(body.error.message).toMatch(pattern);
      }
      const missing = await bilat('ingest', join(dir, 'no-such-file.txt'));
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no such file/);
      expect((await dossierJson()).counts).toEqual(before.counts);
    }, SLOW);

    it('checks --date and country codes up front', async () => {
      const badDate = await bilat('ingest', SEED, '--date', '2025-13-01', '--json');
      expect(badDate.code).toBe(2);
      expect(badDate.json<{ error: { message: string } }>().error.message).toMatch(/YYYY-MM-DD/);

      const unknown = await bilat('dossier', 'XX', 'ML', '--json');
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/"XX" is not an ISO 3166-1 alpha-2 country code/);
      expect(unknown.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
    }, SLOW);

    it('refuses to accept a draft twice', async () => {
      const text = join(dir, 'talks.txt');
      await writeFile(text, 'On 3 March 2024 the foreign ministers of France and Senegal held talks in Dakar on trade and education.');
      const ingest = await bilat('ingest', text, '--date', '2024-03-04', '--json');
      expect(ingest.code, ingest.stderr).toBe(0);
      const { draftId } = ingest.json<IngestJson>().results[0]!;

      const first = await bilat('accept', draftId);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/accepted/);
      const pair = await bilat('dossier', 'FR', 'SN', '--json');
      const countsBefore = pair.json<Dossier>().counts;

      const second = await bilat('accept', draftId, '--json');
      expect(second.code).toBe(1);
      expect(second.json<{ error: { code: string } }>().error.code).toBe('invalid_state');
      expect(second.stderr).toMatch(/^bilat: /);
      expect((await bilat('dossier', 'FR', 'SN', '--json')).json<Dossier>().counts).toEqual(countsBefore);
    }, SLOW);

    it('shows progress on stderr for several files and keeps going past a bad one', async () => {
      const good = join(dir, 'good.txt');
      const bad = join(dir, 'bad.txt');
      await writeFile(good, 'On 5 May 2023 the presidents of Kenya and Ghana met in Nairobi.');
      await writeFile(bad, '');
      const run = await bilat('ingest', bad, good, '--date', '2023-05-06');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\[1\/2\]/);
      expect(run.stderr).toMatch(/\[2\/2\]/);
      expect(run.stdout).toContain('good.txt');
    }, SLOW);

    it('applies migrations idempotently', async () => {
      const run = await bilat('db', 'migrate', '--json');
      expect(run.code, run.stderr).toBe(0);
      expect(run.json<{ applied: string[] }>().applied).toEqual([]);
    }, SLOW);
  });
}

describe('bilat CLI without a database', () => {
  it('names the migrations it applies to a new database, then none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bilat-migrate-'));
    const env = { BILAT_DB: join(dir, 'new.sqlite'), DATABASE_URL: '' };
    try {
      const first = await runBilat(['db', 'migrate', '--json'], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.json<{ applied: string[] }>().applied).toContain('0001_initial');
      const second = await runBilat(['db', 'migrate', '--json'], env);
      expect(second.json<{ applied: string[] }>().applied).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it('extracts a file to JSON without creating a database', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bilat-extract-'));
    const dbPath = join(dir, 'never.sqlite');
    try {
      const run = await runBilat(['extract', SEED, '--json', '--date', '2025-06-24'], { BILAT_DB: dbPath, DATABASE_URL: '' });
      expect(run.code, run.stderr).toBe(0);
      const extraction = run.json<{ engagements: Array<{ date: string | null }>; agreements: unknown[]; countries: string[] }>();
      expect(extraction.engagements.map((engagement) => engagement.date)).toContain('2025-06-23');
      expect(extraction.agreements).toHaveLength(3);
      expect(extraction.countries.sort()).toEqual(['ML', 'RU']);
      expect(existsSync(dbPath)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it('scores the corpus per field and per language, and writes the predictions', async () => {
    const corpus = fileURLToPath(new URL('../../fixtures/corpus', import.meta.url));
    const out = await mkdtemp(join(tmpdir(), 'bilat-eval-'));
    try {
      const json = await runBilat(['eval', corpus, '--json', '--out', out]);
      expect(json.code, json.stderr).toBe(0);
      const report = json.json<{ overall: Record<string, unknown>; byLanguage: Record<string, unknown>; documents: unknown[] }>();
      expect(Object.keys(report.byLanguage).sort()).toEqual(['en', 'fr', 'ru']);
      expect(report.documents).toHaveLength(15);
      expect(existsSync(join(out, '01.json'))).toBe(true);
      const table = await runBilat(['eval', corpus]);
      expect(table.code, table.stderr).toBe(0);
      for (const field of ['countries', 'participants', 'agreements', 'engagements', 'sectors']) expect(table.stdout).toContain(field);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, SLOW);

  it('exits 2 on usage errors', async () => {
    const unknownCommand = await runBilat(['frobnicate']);
    expect(unknownCommand.code).toBe(2);
    const missingArgument = await runBilat(['dossier', 'RU', '--json']);
    expect(missingArgument.code).toBe(2);
    expect(missingArgument.json<{ error: { code: string } }>().error.code).toBe('usage');
    const help = await runBilat(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/ingest/);
  }, SLOW);
});

describe('the same dossier on both databases', () => {
  it.skipIf(DIALECTS.some((entry) => entry.skipReason !== null))('matches between SQLite and PostgreSQL', () => {
    const sqlite = dossiers.get('sqlite');
    const postgres = dossiers.get('postgres');
    expect(sqlite && postgres).toBeTruthy();
    expect(comparable(postgres!)).toEqual(comparable(sqlite!));
  });
});
