/** Posts: a position with its country, organization and rank. */
import type { PostRank } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, metaOf, metaRow } from './mapper.js';

export const POST_MAPPER = defineMapper({
  kind: 'post',
  table: 'posts',
  children: {},
  toRows: (p) => ({
    row: {
      ...metaRow(p), title: p.title, search_name: fold(p.title), country_code: p.countryCode,
      organization_id: p.organizationId, rank: p.rank,
    },
    children: {},
  }),
  fromRows: (row) => ({
    ...metaOf(row), title: row.title, countryCode: row.country_code, organizationId: row.organization_id,
    rank: row.rank as PostRank,
  }),
  countries: { via: 'columns', columns: ['country_code'] },
  refs: {},
  facets: (p) => ({ label: p.title, countries: p.countryCode ? [p.countryCode] : [], year: null, sectors: [] }),
});
