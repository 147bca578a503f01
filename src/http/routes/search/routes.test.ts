import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, openTestApp, seedThroughApi, type TestApp } from '../../testing.js';

const DIALECTS = await dialectsUnderTest();

interface Hit { kind: string; id: string; label: string; countries: string[]; year: number | null }

for (const { dialect, skipReason } of DIALECTS) {
  describe.skipIf(skipReason !== null)(`search and pairs on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await openTestApp(dialect);
      await seedThroughApi(t.app);
    });
    afterAll(async () => { await t?.close(); });

    const hits = async (query: string) => {
      const response = await t.app.request(`/api/search?${query}`);
      expect(response.status, query).toBe(200);
      return ((await response.json()) as { hits: Hit[] }).hits;
    };

    it('finds sources and records, and narrows by facets', async () => {
      const all = await hits('q=nuclear');
      expect(all.length).toBeGreaterThan(0);
      const instruments = await hits('q=nuclear&kind=instrument');
      expect(instruments.length).toBeGreaterThan(0);
      expect(instruments.every((hit) => hit.kind === 'instrument')).toBe(true);
      expect(await hits('q=nuclear&country=NZ')).toEqual([]);
      expect(await hits('q=zzqqxxnothing')).toEqual([]);
    });

    it('refuses bad facets naming the field', async () => {
      for (const [query, field] of [['q=', 'q'], ['q=x&kind=treaty', 'kind'], ['q=x&year=abc', 'year'], ['q=x&sector=space_travel', 'sector'], ['q=x&country=Mali', 'country']]) {
        const response = await t.app.request(`/api/search?${query}`);
        expect(response.status, query).toBe(400);
        expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', field } });
      }
    });

    it('lists the pairs on record', async () => {
      const response = await t.app.request('/api/pairs');
      expect(response.status).toBe(200);
      const { items } = (await response.json()) as { items: Array<{ a: string; b: string; engagements: number; instruments: number; latest: string | null }> };
      const pair = items.find((item) => [item.a, item.b].sort().join('-') === 'ML-RU');
      expect(pair?.instruments).toBe(3);
      expect(pair?.engagements).toBeGreaterThanOrEqual(1);
      expect(pair?.latest).toBe('2025-06-23');
    });
  });
}
