import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Country } from '../../../contracts/index.js';
import { allCountries } from '../../../reference/countries.js';
import type { AppEnv } from '../../env.js';
import { jsonResponse } from '../../responses.js';
import type { CountryOptionSchema } from './schema.js';
import { CountryListSchema } from './schema.js';

const countriesRoute = createRoute({
  method: 'get', path: '/api/countries', tags: ['countries'], summary: 'Every ISO 3166-1 country, for pickers',
  responses: { 200: jsonResponse(CountryListSchema, 'countries sorted by English name') },
});

type CountryOption = z.infer<typeof CountryOptionSchema>;

function present(country: Country): CountryOption {
  const { en, fr, ru } = country.names;
  return { code: country.code, name: en.short, names: { en: en.short, fr: fr.short, ru: ru.short } };
}

/**
 * `GET /api/countries`. The list is static reference data, so it is built once and cached.
 * @param app the API app
 */
export function registerCountryRoutes(app: OpenAPIHono<AppEnv>): void {
  let cached: CountryOption[] | null = null;
  app.openapi(countriesRoute, (c) => {
    const items = (cached ??= allCountries().map(present).sort((x, y) => x.name.localeCompare(y.name, 'en')));
    return c.json({ items }, 200);
  });
}
