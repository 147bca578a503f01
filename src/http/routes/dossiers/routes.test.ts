import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, openTestApp, seedThroughApi, type TestApp } from '../../testing.js';

const DIALECTS = await dialectsUnderTest();

interface DossierBody {
  pair: Array<{ code: string; name: string }>;
  counts: Record<string, number>;
  engagements: Array<{ date: string | null; countries: string[] }>;
  instruments: Array<{ title: string; status: string }>;
  bodies: Array<{ name: string; sessions: unknown[] }>;
  sources: Array<{ id: string }>;
}

for (const { dialect, skipReason } of DIALECTS) {
  describe.skipIf(skipReason !== null)(`GET /api/dossiers on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let t: TestApp;
    let sourceId: string;
    beforeAll(async () => {
      t = await openTestApp(dialect);
      sourceId = (await seedThroughApi(t.app)).taken.source.id;
    });
    afterAll(async () => { await t?.close(); });

    it('shows the reference relationship after the seed is taken in', async () => {
      const response = await t.app.request('/api/dossiers/RU/ML');
      expect(response.status).toBe(200);
      const dossier = (await response.json()) as DossierBody;
      expect(dossier.pair.map((country) => country.code)).toEqual(['RU', 'ML']);
      expect(dossier.engagements.map((engagement) => engagement.date)).toContain('2025-06-23');
      expect(dossier.instruments).toHaveLength(3);
      expect(dossier.instruments.every((instrument) => instrument.status === 'signed')).toBe(true);
      expect(dossier.bodies.length).toBeGreaterThanOrEqual(1);
      expect(dossier.sources.map((source) => source.id)).toEqual([sourceId]);
      expect(dossier.counts.engagements).toBe(dossier.engagements.length);
    });

    it('takes codes in any case and in either order', async () => {
      const lower = (await (await t.app.request('/api/dossiers/ml/ru')).json()) as DossierBody;
      expect(lower.pair.map((country) => country.code)).toEqual(['ML', 'RU']);
      expect(lower.counts.instruments).toBe(3);
    });

    it('is empty, not an error, for a pair with nothing on record', async () => {
      const response = await t.app.request('/api/dossiers/FR/NZ');
      expect(response.status).toBe(200);
      const dossier = (await response.json()) as DossierBody;
      expect(dossier.engagements).toEqual([]);
      expect(dossier.counts.sources).toBe(0);
    });

    it('refuses codes that are not ISO countries', async () => {
      for (const path of ['/api/dossiers/XX/ML', '/api/dossiers/RUS/ML', '/api/dossiers/RU/1']) {
        const response = await t.app.request(path);
        expect(response.status, path).toBe(400);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('validation_failed');
      }
    });
  });
}
