import { describe, expect, it } from 'vitest';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { registerCountryRoutes } from './routes.js';

describe('GET /api/countries', () => {
  const app = new OpenAPIHono<AppEnv>();
  registerCountryRoutes(app);

  it('lists every ISO country with its names in en/fr/ru, sorted by English name', async () => {
    const response = await app.request('/api/countries');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: Array<{ code: string; name: string; names: Record<string, string> }> };
    expect(items.length).toBeGreaterThan(240);
    const mali = items.find((item) => item.code === 'ML');
    expect(mali?.names.en).toBe('Mali');
    expect(mali?.names.ru).toMatch(/^Мали/);
    const names = items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
  });
});
