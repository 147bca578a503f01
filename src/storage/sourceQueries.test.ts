import { expect, it } from 'vitest';
import { describeEachDialect } from './dialectSuite.js';
import { makeSource } from './testFactories.js';

describeEachDialect('source queries', (current) => {
  it('finds a source by content hash', async () => {
    const { store } = current();
    const source = makeSource({ text: 'Une visite officielle.', language: 'fr' });
    await store.read.insert('source', source);
    expect(await store.read.findSourceByHash(source.contentHash)).toEqual(source);
    expect(await store.read.findSourceByHash('0'.repeat(64))).toBeNull();
  });

  it('lists summaries newest first, by ids and with a limit, without the text', async () => {
    const { store } = current();
    const [older, newer] = [makeSource({ url: 'https://example.org/a' }), makeSource({ publisher: 'MID' })];
    await store.transaction(async (tx) => {
      await tx.insert('source', older);
      await tx.insert('source', newer);
    });
    const summaries = await store.read.listSourceSummaries({ ids: [older.id, newer.id] });
    expect(summaries).toEqual([newer, older].map((s) => ({
      id: s.id, title: s.title, publisher: s.publisher, url: s.url, publishedOn: s.publishedOn, language: s.language, createdAt: s.createdAt,
    })));
    expect(await store.read.listSourceSummaries({ limit: 1 })).toHaveLength(1);
    expect(await store.read.listSourceSummaries({ ids: [] })).toEqual([]);
  });
});
