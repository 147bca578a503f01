import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../../contracts/index.js';
import { dialectsUnderTest, jsonInit, openTestApp, SEED_PATH, SEED_REFERENCE_DATE, type TestApp } from '../../testing.js';

const DIALECTS = await dialectsUnderTest();
const SEED_TEXT = await readFile(SEED_PATH, 'utf8');

interface IntakeBody {
  source: { id: string; text: string; referenceDate: string | null; title: string | null; url: string | null };
  draft: { id: string; sourceId: string; status: string; extraction: { engagements: Array<{ date: string | null }> } };
  isDuplicate: boolean;
}

function form(fields: Record<string, string | Blob>, filename = 'readout.txt'): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Blob) data.append(key, value, filename);
    else data.append(key, value);
  }
  return data;
}

for (const { dialect, skipReason } of DIALECTS) {
  describe.skipIf(skipReason !== null)(`POST /api/intake on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await openTestApp(dialect); });
    afterAll(async () => { await t?.close(); });

    const post = (init: RequestInit) => t.app.request('/api/intake', { method: 'POST', ...init });
    const sourceCount = async () => t.ctx.store.read.count('source');

    it('takes in JSON text: 201 with the source and its draft, then 200 as a duplicate', async () => {
      const first = await t.app.request('/api/intake', jsonInit('POST', {
        text: SEED_TEXT, referenceDate: SEED_REFERENCE_DATE, url: 'https://example.org/readout', publisher: 'Kremlin',
      }));
      expect(first.status).toBe(201);
      const body = (await first.json()) as IntakeBody;
      expect(body.isDuplicate).toBe(false);
      expect(body.draft.sourceId).toBe(body.source.id);
      expect(body.draft.status).toBe('pending');
      expect(body.source).toMatchObject({ referenceDate: SEED_REFERENCE_DATE, url: 'https://example.org/readout' });
      expect(body.draft.extraction.engagements.map((engagement) => engagement.date)).toContain('2025-06-23');

      const count = await sourceCount();
      const again = await t.app.request('/api/intake', jsonInit('POST', { text: SEED_TEXT, referenceDate: SEED_REFERENCE_DATE }));
      expect(again.status).toBe(200);
      const duplicate = (await again.json()) as IntakeBody;
      expect(duplicate).toMatchObject({ isDuplicate: true, source: { id: body.source.id }, draft: { id: body.draft.id } });
      expect(await sourceCount()).toBe(count);
    });

    it('takes in a multipart upload with its fields', async () => {
      const text = 'On 3 March 2024 the foreign ministers of France and Senegal held talks in Dakar.';
      const response = await post({ body: form({ file: new Blob([text], { type: 'text/plain' }), referenceDate: '2024-03-04', title: '', publisher: 'MFA' }) });
      expect(response.status).toBe(201);
      const body = (await response.json()) as IntakeBody;
      expect(body.source.text).toContain('Senegal');
      expect(body.source.referenceDate).toBe('2024-03-04');
    });

    it('refuses bad input with the field at fault and stores nothing', async () => {
      const before = await sourceCount();
      const cases: Array<[RequestInit, number, string, string | undefined]> = [
        [jsonInit('POST', { text: '' }), 400, 'validation_failed', 'text'],
        [jsonInit('POST', { text: 'x', referenceDate: '24/06/2025' }), 400, 'validation_failed', 'referenceDate'],
        [jsonInit('POST', { text: 'x', referenceDate: '2025-02-30' }), 400, 'validation_failed', 'referenceDate'],
        [jsonInit('POST', { text: 'x', url: 'not a url' }), 400, 'validation_failed', 'url'],
        [jsonInit('POST', {}), 400, 'validation_failed', 'text'],
        [{ body: form({ referenceDate: '2025-06-24' }) }, 400, 'validation_failed', 'file'],
      ];
      for (const [init, status, code, field] of cases) {
        const response = await post(init);
        expect(response.status, JSON.stringify(init.body).slice(0, 80)).toBe(status);
        const body = (await response.json()) as { error: { code: string; field?: string; message: string } };
        expect(body.error.code).toBe(code);
        expect(body.error.field).toBe(field);
        expect(body.error.message).toMatch(new RegExp(`^${field}: `));
      }
      expect(await sourceCount()).toBe(before);
    });

    it('refuses empty and binary documents as unreadable', async () => {
      const before = await sourceCount();
      const empty = await post({ body: form({ file: new Blob([''], { type: 'text/plain' }) }) });
      expect(empty.status).toBe(400);
      expect(await empty.json()).toMatchObject({ error: { code: 'unreadable_document' } });

      const binary = new Uint8Array(4096).map((_, index) => (index * 131 + 7) % 256);
      const blob = await post({ body: form({ file: new Blob([binary], { type: 'application/octet-stream' }) }, 'blob.bin') });
      expect(blob.status).toBe(400);
      expect(await blob.json()).toMatchObject({ error: { code: 'unreadable_document' } });
      expect(await sourceCount()).toBe(before);
    });

    it('refuses a body over MAX_SOURCE_BYTES with 413 and a clear message', async () => {
      const before = await sourceCount();
      const huge = new Uint8Array(MAX_SOURCE_BYTES + 200 * 1024).fill(0x61);
      const response = await post({ body: form({ file: new Blob([huge], { type: 'text/plain' }) }) });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toMatch(/larger than 20 MiB/);
      expect(await sourceCount()).toBe(before);
    });

    it('refuses other media types with 415', async () => {
      const response = await post({ headers: { 'content-type': 'text/plain' }, body: 'plain text' });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed' } });
    });
  });
}
