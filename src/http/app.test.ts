import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import type { CommandContext } from '../core/ports.js';

/** Static serving and the document route touch no database: a context that fails if used proves it. */
const UNUSED_CONTEXT = new Proxy({}, { get: () => { throw new Error('the context was used'); } }) as CommandContext;

describe('createApp', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bilat-static-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Bilat UI</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log("ui")');
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('serves the OpenAPI document', async () => {
    const response = await createApp(UNUSED_CONTEXT).request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths).toHaveProperty('/api/intake');
  });

  it('serves the UI files, and index.html for client routes, but never for /api', async () => {
    const app = createApp(UNUSED_CONTEXT, { staticDir: dir });
    const asset = await app.request('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log("ui")');

    for (const path of ['/', '/dossiers/RU/ML', '/drafts/abc']) {
      const page = await app.request(path);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<title>Bilat UI</title>');
    }
    const api = await app.request('/api/unknown-route');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers an unexpected failure with 500 and a message that leaks nothing', async () => {
    const failing = {
      store: { read: { list: () => Promise.reject(new Error('ECONNRESET /var/lib/secret.db password=hunter2')) } },
    } as unknown as CommandContext;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => { errors.push(args); };
    try {
      const response = await createApp(failing).request('/api/people');
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal_error' } });
      expect(text).not.toMatch(/secret|hunter2|ECONNRESET/);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it('maps a storage failure to 503', async () => {
    const { StorageError } = await import('../core/errors.js');
    const down = { store: { read: { listPairs: () => Promise.reject(new StorageError('PostgreSQL at 127.0.0.1:5432 refused the connection; start it and retry')) } } } as unknown as CommandContext;
    const response = await createApp(down).request('/api/pairs');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'storage_failed', message: expect.stringMatching(/refused the connection/) } });
  });

  it('has no UI routes without a static folder', async () => {
    expect((await createApp(UNUSED_CONTEXT).request('/dossiers/RU/ML')).status).toBe(404);
  });
});
