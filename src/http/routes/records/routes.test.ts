import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectsUnderTest, jsonInit, openTestApp, type TestApp } from '../../testing.js';

const DIALECTS = await dialectsUnderTest();

for (const { dialect, skipReason } of DIALECTS) {
  describe.skipIf(skipReason !== null)(`record routes on ${dialect}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await openTestApp(dialect); });
    afterAll(async () => { await t?.close(); });

    const request = (path: string, init?: RequestInit) => t.app.request(path, init);

    async function createPerson(body: Record<string, unknown>) {
      const response = await request('/api/people', jsonInit('POST', body));
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string; version: number; name: string; countryCode: string | null };
    }

    it('creates, reads, lists and filters', async () => {
      const person = await createPerson({ name: 'Zéphyrin Testperson', countryCode: 'ML' });
      expect(person.version).toBe(1);
      expect(person.id).toEqual(expect.any(String));

      const got = await request(`/api/people/${person.id}`);
      expect(got.status).toBe(200);
      expect(await got.json()).toMatchObject({ id: person.id, name: 'Zéphyrin Testperson', countryCode: 'ML' });

      const byName = await (await request('/api/people?q=zephyrin')).json() as { items: Array<{ id: string }>; limit: number; offset: number };
      expect(byName.items.map((item) => item.id)).toContain(person.id);
      expect(byName).toMatchObject({ limit: 50, offset: 0 });

      const other = await (await request('/api/people?q=nobody-has-this-name')).json() as { items: unknown[] };
      expect(other.items).toEqual([]);
    });

    it('filters engagements by every listed country', async () => {
      const created = await request('/api/engagements', jsonInit('POST', { kind: 'talks', date: '2024-05-01', countries: ['FR', 'SN'] }));
      expect(created.status).toBe(201);
      const engagement = await created.json() as { id: string; coding: { cameo: string } };
      expect(engagement.coding.cameo).toEqual(expect.any(String));

      const both = await (await request('/api/engagements?country=FR&country=sn')).json() as { items: Array<{ id: string }> };
      expect(both.items.map((item) => item.id)).toContain(engagement.id);
      const notThere = await (await request('/api/engagements?country=FR&country=DE')).json() as { items: Array<{ id: string }> };
      expect(notThere.items.map((item) => item.id)).not.toContain(engagement.id);
    });

    it('pages with limit and offset', async () => {
      for (const name of ['Pager One', 'Pager Two', 'Pager Three']) await createPerson({ name });
      const first = await (await request('/api/people?q=pager&limit=2')).json() as { items: Array<{ id: string }> };
      const second = await (await request('/api/people?q=pager&limit=2&offset=2')).json() as { items: Array<{ id: string }> };
      expect(first.items).toHaveLength(2);
      expect(second.items).toHaveLength(1);
      expect(first.items.map((item) => item.id)).not.toContain(second.items[0]!.id);
    });

    it('patches with optimistic concurrency: a stale version is a 409 and changes nothing', async () => {
      const person = await createPerson({ name: 'Patch Subject', countryCode: 'RU', note: 'keep me' });
      const patched = await request(`/api/people/${person.id}`, jsonInit('PATCH', { version: 1, name: 'Patched Subject' }));
      expect(patched.status).toBe(200);
      expect(await patched.json()).toMatchObject({ version: 2, name: 'Patched Subject', countryCode: 'RU', note: 'keep me' });

      const stale = await request(`/api/people/${person.id}`, jsonInit('PATCH', { version: 1, name: 'Lost Write' }));
      expect(stale.status).toBe(409);
      expect((await stale.json() as { error: { code: string } }).error.code).toBe('version_conflict');
      expect(await (await request(`/api/people/${person.id}`)).json()).toMatchObject({ version: 2, name: 'Patched Subject' });

      const history = await (await request(`/api/people/${person.id}/history`)).json() as Array<{ version: number; action: string }>;
      expect(history.map((entry) => entry.version)).toEqual([1, 2]);
      expect(history[1]!.action).toBe('update');
    });

    it('refuses invalid input naming the field', async () => {
      const noName = await request('/api/people', jsonInit('POST', { countryCode: 'RU' }));
      expect(noName.status).toBe(400);
      expect(await noName.json()).toMatchObject({ error: { code: 'validation_failed', field: 'name' } });

      const badCountry = await request('/api/engagements', jsonInit('POST', { kind: 'talks', countries: ['Russia'] }));
      expect(badCountry.status).toBe(400);
      const body = await badCountry.json() as { error: { field: string; message: string } };
      expect(body.error.field).toBe('countries.0');
      expect(body.error.message).toMatch(/^countries\.0: /);

      const person = await createPerson({ name: 'Valid Person' });
      const noVersion = await request(`/api/people/${person.id}`, jsonInit('PATCH', { name: 'x' }));
      expect(noVersion.status).toBe(400);
      expect(await noVersion.json()).toMatchObject({ error: { field: 'version' } });

      expect((await request('/api/people?limit=0')).status).toBe(400);
      expect((await request('/api/people?country=XYZ')).status).toBe(400);
      const malformed = await request('/api/people', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
      expect(malformed.status).toBe(400);
      expect((await malformed.json() as { error: { code: string } }).error.code).toBe('validation_failed');
    });

    it('answers 404 for unknown ids on every per-record route', async () => {
      for (const path of ['/api/people/nope', '/api/people/nope/history', '/api/people/nope/evidence']) {
        const response = await request(path);
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
      }
      const patch = await request('/api/instruments/nope', jsonInit('PATCH', { version: 1, title: 'x' }));
      expect(patch.status).toBe(404);
    });

    it('lists evidence of a record (none for a hand-made one)', async () => {
      const person = await createPerson({ name: 'No Evidence' });
      const response = await request(`/api/people/${person.id}/evidence`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual([]);
    });

    it('answers unknown API paths with the JSON error shape', async () => {
      const response = await request('/api/no-such-thing');
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
    });
  });
}
