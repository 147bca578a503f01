import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { loadCorpus } from './loadCorpus.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

const validDoc = {
  id: 'made-up', language: 'en', published: '2024-05-01', title: 'Ministers meet', text: 'The ministers met.',
  gold: { engagements: [{ type: 'talks', date: '2024-05-01', place: null, countries: ['FR', 'DE'], format: null }], participants: [], countries: ['FR', 'DE'], agreements: [], sectors: ['trade'] },
};

describe('loadCorpus', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  async function folder(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'bilat-corpus-'));
    for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
    return dir;
  }

  it('loads every JSON file of the fixture corpus in name order, with file names', async () => {
    const docs = await loadCorpus(CORPUS);
    expect(docs.map((d) => d.file)).toEqual([...docs.map((d) => d.file)].sort());
    expect(docs[0]!.file).toMatch(/\.json$/);
    expect(new Set(docs.map((d) => d.language))).toEqual(new Set(['en', 'fr', 'ru']));
  });

  it('reads the seed report, whose source has no address (source_url null)', async () => {
    const docs = await loadCorpus(fileURLToPath(new URL('../../fixtures/seed/', import.meta.url)));
    expect(docs.map((d) => [d.id, d.source_url])).toEqual([[docs[0]!.id, null]]);
  });

  it('skips non-JSON files', async () => {
    const docs = await loadCorpus(await folder({ 'a.json': JSON.stringify(validDoc), 'README.md': '# notes' }));
    expect(docs).toHaveLength(1);
    expect(docs[0]!.file).toBe('a.json');
  });

  it('names each wrong file and its first wrong field', async () => {
    const badCountry = structuredClone(validDoc);
    badCountry.gold.countries = ['France'];
    const badType = structuredClone(validDoc) as Record<string, unknown> & typeof validDoc;
    (badType.gold.engagements[0] as { type: string }).type = 'dinner';
    const d = await folder({ '01.json': JSON.stringify(validDoc), '02.json': JSON.stringify(badCountry), '03.json': JSON.stringify(badType), '04.json': '{ not json' });
    const error = await loadCorpus(d).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as ValidationError).message;
    expect(message).toContain('3 corpus file(s)');
    expect(message).toMatch(/02\.json: gold\.countries\[0\]: must be an ISO 3166-1 alpha-2 code/);
    expect(message).toMatch(/03\.json: gold\.engagements\[0\]\.type: /);
    expect(message).toMatch(/04\.json: not valid JSON/);
    expect((error as ValidationError).field).toBe('02.json:gold.countries[0]');
  });

  it('refuses a folder without documents', async () => {
    await expect(loadCorpus(await folder({ 'notes.txt': 'x' }))).rejects.toThrow(/No corpus documents/);
  });
});
