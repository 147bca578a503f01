/** Sessions of a body; they involve the body's countries. */
import { defineMapper, metaOf, metaRow, yearOf } from './mapper.js';

export const SESSION_MAPPER = defineMapper({
  kind: 'session',
  table: 'sessions',
  children: {},
  toRows: (s) => ({
    row: {
      ...metaRow(s), body_id: s.bodyId, number: s.number, start_date: s.startDate, end_date: s.endDate,
      place: s.place, host_country_code: s.hostCountryCode, protocol_source_id: s.protocolSourceId,
      engagement_id: s.engagementId, search_name: null,
    },
    children: {},
  }),
  fromRows: (row) => ({
    ...metaOf(row), bodyId: row.body_id, number: row.number, startDate: row.start_date, endDate: row.end_date,
    place: row.place, hostCountryCode: row.host_country_code, protocolSourceId: row.protocol_source_id,
    engagementId: row.engagement_id,
  }),
  countries: { via: 'reference', column: 'body_id', kind: 'body' },
  refs: { bodyId: 'body_id' },
  dateColumn: 'start_date',
  facets: (s) => ({
    label: s.number === null ? 'Session' : `Session ${s.number}`,
    countries: s.hostCountryCode ? [s.hostCountryCode] : [], year: yearOf(s.startDate), sectors: [],
  }),
});
