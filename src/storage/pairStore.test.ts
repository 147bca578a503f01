import { expect, it } from 'vitest';
import { describeEachDialect } from './dialectSuite.js';
import { makeEngagement, makeInstrument, uniquePair } from './testFactories.js';

describeEachDialect('country pairs', (current) => {
  it('counts engagements and instruments per unordered pair, with the latest known date', async () => {
    const { store } = current();
    const [a, b] = uniquePair();
    const [c] = uniquePair();
    const parties = (...codes: string[]) => codes.map((countryCode) => ({ countryCode, organizationId: null }));
    await store.transaction(async (tx) => {
      await tx.insert('engagement', makeEngagement({ countries: [b, a], date: '2024-03' }));
      await tx.insert('engagement', makeEngagement({ countries: [a, b], date: '--12-31' }));
      await tx.insert('engagement', makeEngagement({ countries: [a, b, c!], date: null }));
      await tx.insert('instrument', makeInstrument({ parties: parties(a, b, a), signedOn: '2025-06-23' }));
    });
    const pairs = (await store.read.listPairs()).filter((p) => [a, b, c].includes(p.a));
    expect(pairs).toEqual([
      { a, b, engagements: 3, instruments: 1, latest: '2025-06-23' },
      { a, b: c, engagements: 1, instruments: 0, latest: null },
      { a: b, b: c, engagements: 1, instruments: 0, latest: null },
    ]);
  });
});
