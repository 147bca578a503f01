import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, jsonInit, openTestApp, SEED_PATH, SEED_REFERENCE_DATE, type TestApp } from '../../testing.js';

const DIALECTS = await dialectsUnderTest();
const SEED_TEXT = await readFile(SEED_PATH, 'utf8');

interface Span { field: string; start: number; end: number; text: string }
interface Item { key: string; evidence: Span[] }
interface DraftDetail {
  draft: { id: string; status: string; extraction: Record<string, unknown> & { engagements: Item[]; participants: Item[]; agreements: Item[] } };
  source: { id: string; text: string };
}

for (const { dialect, skipReason } of DIALECTS) {
  describe.skipIf(skipReason !== null)(`draft routes on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let t: TestApp;
    let draftId: string;
    let sourceId: string;
    beforeAll(async () => {
      t = await openTestApp(dialect);
      const response = await t.app.request('/api/intake', jsonInit('POST', { text: SEED_TEXT, referenceDate: SEED_REFERENCE_DATE, title: 'Talks with Mali' }));
      const body = (await response.json()) as { draft: { id: string }; source: { id: string } };
      draftId = body.draft.id;
      sourceId = body.source.id;
    });
    afterAll(async () => { await t?.close(); });

    it('lists recent drafts with their source summary', async () => {
      const response = await t.app.request('/api/drafts?limit=10');
      expect(response.status).toBe(200);
      const body = (await response.json()) as { items: Array<{ draft: { id: string }; source: { id: string; title: string | null } | null }> };
      const item = body.items.find((entry) => entry.draft.id === draftId);
      expect(item?.source).toMatchObject({ id: sourceId, title: 'Talks with Mali' });
      const bySource = (await (await t.app.request(`/api/drafts?sourceId=${sourceId}`)).json()) as { items: unknown[] };
      expect(bySource.items).toHaveLength(1);
    });

    it('gives a draft with the source text its spans point into', async () => {
      const response = await t.app.request(`/api/drafts/${draftId}`);
      expect(response.status).toBe(200);
      const { draft, source } = (await response.json()) as DraftDetail;
      expect(source.id).toBe(sourceId);
      const items = [...draft.extraction.engagements, ...draft.extraction.participants, ...draft.extraction.agreements];
      const spans = items.flatMap((item) => item.evidence);
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(source.text.slice(span.start, span.end)).toBe(span.text);
    });

    it('refuses a malformed accept request before touching the draft', async () => {
      const response = await t.app.request(`/api/drafts/${draftId}/accept`, jsonInit('POST', { items: 'all' }));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', field: 'items' } });
      const { draft } = (await (await t.app.request(`/api/drafts/${draftId}`)).json()) as DraftDetail;
      expect(draft.status).toBe('pending');
    });

    it('accepts a draft once; a second accept is a 409 and writes nothing', async () => {
      const first = await t.app.request(`/api/drafts/${draftId}/accept`, jsonInit('POST', {}));
      expect(first.status).toBe(200);
      const accepted = (await first.json()) as { draft: { status: string }; written: Array<{ kind: string; id: string; isNew: boolean }> };
      expect(accepted.draft.status).toBe('accepted');
      expect(accepted.written.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['engagement', 'instrument', 'person']));

      const engagement = accepted.written.find((entry) => entry.kind === 'engagement')!;
      const evidence = (await (await t.app.request(`/api/engagements/${engagement.id}/evidence`)).json()) as Array<{ sourceId: string }>;
      expect(evidence.length).toBeGreaterThan(0);
      expect(evidence.every((entry) => entry.sourceId === sourceId)).toBe(true);

      const engagementsBefore = await t.ctx.store.read.count('engagement');
      const second = await t.app.request(`/api/drafts/${draftId}/accept`, jsonInit('POST', {}));
      expect(second.status).toBe(409);
      expect(await second.json()).toMatchObject({ error: { code: 'invalid_state' } });
      expect(await t.ctx.store.read.count('engagement')).toBe(engagementsBefore);
    });

    it('answers 404 for an unknown draft', async () => {
      expect((await t.app.request('/api/drafts/drf_nope')).status).toBe(404);
      const accept = await t.app.request('/api/drafts/drf_nope/accept', jsonInit('POST', {}));
      expect(accept.status).toBe(404);
      expect(await accept.json()).toMatchObject({ error: { code: 'not_found' } });
    });
  });
}
