/** Statements: qualitative claims with the countries they concern. */
import type { Statement } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, inOrder, metaOf, metaRow, positioned, yearOf } from './mapper.js';

export const STATEMENT_MAPPER = defineMapper({
  kind: 'statement',
  table: 'statements',
  children: { statement_countries: 'statement_id' },
  toRows: (s) => ({
    row: {
      ...metaRow(s), topic: s.topic, claim: s.claim, search_name: fold(`${s.topic} ${s.claim}`), trend: s.trend,
      speaker_id: s.speakerId, date: s.date, source_id: s.sourceId,
    },
    children: {
      statement_countries: positioned(s.countries, (country_code, position) => ({ statement_id: s.id, position, country_code })),
    },
  }),
  fromRows: (row, c) => ({
    ...metaOf(row), topic: row.topic, claim: row.claim, trend: row.trend as Statement['trend'],
    speakerId: row.speaker_id, countries: inOrder(c.statement_countries).map((r) => r.country_code),
    date: row.date, sourceId: row.source_id,
  }),
  countries: { via: 'children', table: 'statement_countries', owner: 'statement_id' },
  refs: {},
  dateColumn: 'date',
  facets: (s) => ({ label: s.claim, countries: s.countries, year: yearOf(s.date), sectors: [] }),
});
