/** Organizations and their aliases. */
import type { Organization } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, inOrder, metaOf, metaRow, positioned } from './mapper.js';

export const ORGANIZATION_MAPPER = defineMapper({
  kind: 'organization',
  table: 'organizations',
  children: { organization_aliases: 'organization_id' },
  toRows: (o) => ({
    row: { ...metaRow(o), name: o.name, search_name: fold(o.name), kind: o.kind, country_code: o.countryCode },
    children: {
      organization_aliases: positioned(o.aliases, (name, position) => ({
        organization_id: o.id, position, name, search_name: fold(name),
      })),
    },
  }),
  fromRows: (row, children) => ({
    ...metaOf(row),
    name: row.name,
    kind: row.kind as Organization['kind'],
    countryCode: row.country_code,
    aliases: inOrder(children.organization_aliases).map((a) => a.name),
  }),
  countries: { via: 'columns', columns: ['country_code'] },
  refs: {},
  facets: (o) => ({ label: o.name, countries: o.countryCode ? [o.countryCode] : [], year: null, sectors: [] }),
});
