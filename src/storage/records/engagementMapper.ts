/** Engagements: countries, participants, instruments signed and sectors as ordered child rows. */
import type { Engagement, Sector } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, inOrder, metaOf, metaRow, positioned, yearOf } from './mapper.js';

function searchName(e: Engagement): string | null {
  const words = [e.title, e.place].filter((w): w is string => w !== null && w !== '');
  return words.length > 0 ? fold(words.join(' ')) : null;
}

export const ENGAGEMENT_MAPPER = defineMapper({
  kind: 'engagement',
  table: 'engagements',
  children: {
    engagement_countries: 'engagement_id', engagement_participants: 'engagement_id',
    engagement_instruments: 'engagement_id', engagement_sectors: 'engagement_id',
  },
  toRows: (e) => ({
    row: {
      ...metaRow(e), kind: e.kind, status: e.status, title: e.title, search_name: searchName(e), date: e.date,
      end_date: e.endDate, place: e.place, place_country_code: e.placeCountryCode,
      host_country_code: e.hostCountryCode, format: e.format, level: e.level, channel: e.channel,
      summary: e.summary, coding_plover: e.coding.plover, coding_plover_mode: e.coding.ploverMode,
      coding_cameo: e.coding.cameo,
    },
    children: {
      engagement_countries: positioned(e.countries, (country_code, position) => ({ engagement_id: e.id, position, country_code })),
      engagement_participants: positioned(e.participants, (p, position) => ({
        engagement_id: e.id, position, person_id: p.personId, post_id: p.postId, country_code: p.countryCode,
        role: p.role, title_as_written: p.titleAsWritten,
      })),
      engagement_instruments: positioned(e.instrumentIds, (instrument_id, position) => ({ engagement_id: e.id, position, instrument_id })),
      engagement_sectors: positioned(e.sectors, (sector, position) => ({ engagement_id: e.id, position, sector })),
    },
  }),
  fromRows: (row, c) => ({
    ...metaOf(row),
    kind: row.kind as Engagement['kind'],
    status: row.status as Engagement['status'],
    title: row.title,
    date: row.date,
    endDate: row.end_date,
    place: row.place,
    placeCountryCode: row.place_country_code,
    hostCountryCode: row.host_country_code,
    countries: inOrder(c.engagement_countries).map((r) => r.country_code),
    format: row.format as Engagement['format'],
    level: row.level,
    channel: row.channel as Engagement['channel'],
    participants: inOrder(c.engagement_participants).map((p) => ({
      personId: p.person_id, postId: p.post_id, countryCode: p.country_code,
      role: p.role as Engagement['participants'][number]['role'], titleAsWritten: p.title_as_written,
    })),
    instrumentIds: inOrder(c.engagement_instruments).map((r) => r.instrument_id),
    sectors: inOrder(c.engagement_sectors).map((r) => r.sector as Sector),
    summary: row.summary,
    coding: {
      plover: row.coding_plover as Engagement['coding']['plover'],
      ploverMode: row.coding_plover_mode as Engagement['coding']['ploverMode'],
      cameo: row.coding_cameo,
    },
  }),
  countries: { via: 'children', table: 'engagement_countries', owner: 'engagement_id' },
  refs: {},
  dateColumn: 'date',
  facets: (e) => ({
    label: e.title ?? [e.kind.replace(/_/g, ' '), e.place, e.date].filter(Boolean).join(', '),
    countries: e.countries, year: yearOf(e.date), sectors: e.sectors,
  }),
});
