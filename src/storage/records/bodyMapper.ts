/** Bodies (commissions, working groups): countries and sectors as rows, co-chairs as JSON. */
import type { Body, Sector } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, inOrder, metaOf, metaRow, positioned } from './mapper.js';

export const BODY_MAPPER = defineMapper({
  kind: 'body',
  table: 'bodies',
  children: { body_countries: 'body_id', body_sectors: 'body_id' },
  toRows: (b) => ({
    row: {
      ...metaRow(b), name: b.name, search_name: fold(b.name), kind: b.kind, parent_id: b.parentId,
      established_by_id: b.establishedById, co_chairs_json: JSON.stringify(b.coChairs),
    },
    children: {
      body_countries: positioned(b.countries, (country_code, position) => ({ body_id: b.id, position, country_code })),
      body_sectors: positioned(b.sectors, (sector, position) => ({ body_id: b.id, position, sector })),
    },
  }),
  fromRows: (row, c) => ({
    ...metaOf(row),
    name: row.name,
    kind: row.kind as Body['kind'],
    countries: inOrder(c.body_countries).map((r) => r.country_code),
    parentId: row.parent_id,
    establishedById: row.established_by_id,
    sectors: inOrder(c.body_sectors).map((r) => r.sector as Sector),
    coChairs: JSON.parse(row.co_chairs_json) as Body['coChairs'],
  }),
  countries: { via: 'children', table: 'body_countries', owner: 'body_id' },
  refs: {},
  facets: (b) => ({ label: b.name, countries: b.countries, year: null, sectors: b.sectors }),
});
