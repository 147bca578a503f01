import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { describeEachDialect } from './dialectSuite.js';
import { makeEngagement, makeEvidence, makeInstrument, makeSource, uniquePair } from './testFactories.js';

/** A word no other test uses, letters only (so it is one token for both engines). */
function uniqueWord(): string {
  return `zq${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

describeEachDialect('search', (current) => {
  it('finds an instrument by a word of its title and the source that contains it, with facets', async () => {
    const { store } = current();
    const pair = uniquePair();
    const tag = uniqueWord();
    const instrument = makeInstrument({
      title: `Agreement ${tag} on cooperation in the peaceful use of nuclear energy`, parties: pair.map((c) => ({ countryCode: c, organizationId: null })),
      sectors: ['nuclear_energy'], signedOn: '2025-06-23',
    });
    const source = makeSource({
      title: `Readout ${tag}`, publishedOn: '2025-06-24',
      text: `The two leaders met for talks. An intergovernmental agreement ${tag} on the peaceful use of nuclear energy was signed after the meeting.`,
    });
    const engagement = makeEngagement({ countries: pair, sectors: ['energy'], date: '2025-06-23' });
    await store.transaction(async (tx) => {
      await tx.insert('instrument', instrument);
      await tx.insert('source', source);
      await tx.insert('engagement', engagement);
      await tx.addEvidence([makeEvidence({ recordKind: 'engagement', recordId: engagement.id, sourceId: source.id })]);
    });
    const hits = await store.read.search({ q: `nuclear ${tag}` });
    expect(hits.map((h) => [h.kind, h.id])).toEqual([['instrument', instrument.id], ['source', source.id]]);
    const [onInstrument, onSource] = hits;
    expect(onInstrument).toMatchObject({ label: instrument.title, countries: pair, year: 2025, sectors: ['nuclear_energy'] });
    expect(onSource!.snippet).toMatch(/nuclear/i);
    expect(onSource).toMatchObject({ label: source.title, countries: [...pair].sort(), year: 2025, sectors: ['energy'] });

    const ids = async (options: Omit<Parameters<typeof store.read.search>[0], 'q'>) =>
      (await store.read.search({ q: tag, ...options })).map((h) => h.id);
    expect(await ids({ kind: 'source' })).toEqual([source.id]);
    expect(await ids({ country: pair[0] })).toEqual([instrument.id, source.id]);
    expect(await ids({ country: 'ZZ' })).toEqual([]);
    expect(await ids({ sector: 'nuclear_energy' })).toEqual([instrument.id]);
    expect(await ids({ sector: 'energy' })).toEqual([source.id]);
    expect(await ids({ year: 2025 })).toEqual([instrument.id, source.id]);
    expect(await ids({ year: 1999 })).toEqual([]);
    expect(await ids({ limit: 1 })).toEqual([instrument.id]);
  });

  it('ignores case, accents and ё in sources, and finds a half-typed last word', async () => {
    const { store } = current();
    const tag = uniqueWord();
    const latin = makeSource({ text: `Le président ${tag} Goïta a été reçu au Kremlin.` });
    const cyrillic = makeSource({ text: `Президент ${tag} Гойта провёл переговоры.` });
    await store.transaction(async (tx) => {
      await tx.insert('source', latin);
      await tx.insert('source', cyrillic);
    });
    expect((await store.read.search({ q: `${tag} GOITA` })).map((h) => h.id)).toEqual([latin.id]);
    expect((await store.read.search({ q: `${tag} гоита` })).map((h) => h.id)).toEqual([cyrillic.id]);
    expect((await store.read.search({ q: `${tag} провел` })).map((h) => h.id)).toEqual([cyrillic.id]);
    expect((await store.read.search({ q: `${tag} kreml` })).map((h) => h.id)).toEqual([latin.id]);
  });

  it('survives hostile queries', async () => {
    const { store } = current();
    const tag = uniqueWord();
    const source = makeSource({ text: `A plain sentence about ${tag} and more.` });
    await store.read.insert('source', source);
    for (const q of ['"foo', 'AND', 'OR NOT', 'NEAR(a b)', 'title:x', '*', '(', '"', "'; drop table sources; --", '%_\\', '^', '']) {
      await expect(store.read.search({ q }), q).resolves.toBeInstanceOf(Array);
    }
    expect((await store.read.search({ q: `"${tag}` })).map((h) => h.id)).toEqual([source.id]);
    expect((await store.read.search({ q: `${tag} AND` })).map((h) => h.id)).toEqual([source.id]);
    expect(await store.read.get('source', source.id)).toEqual(source);
  });

  it('keeps the index in step with updates and removals', async () => {
    const { store } = current();
    const before = uniqueWord();
    const after = uniqueWord();
    const source = makeSource({ text: `Text with ${before}.` });
    await store.read.insert('source', source);
    await store.read.update('source', { ...source, version: 2, text: `Text with ${after}.` });
    expect(await store.read.search({ q: before })).toEqual([]);
    expect((await store.read.search({ q: after })).map((h) => h.id)).toEqual([source.id]);
    await store.read.remove('source', source.id);
    expect(await store.read.search({ q: after })).toEqual([]);
  });

  it('refuses a limit out of range', async () => {
    const { store } = current();
    await expect(store.read.search({ q: 'x', limit: 0 })).rejects.toThrow(ValidationError);
    await expect(store.read.search({ q: 'x', limit: 10_000 })).rejects.toThrow(ValidationError);
  });
});
