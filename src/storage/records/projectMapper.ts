/** Projects: countries, organizations and instruments as ordered child rows. */
import type { Project, Sector } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, fromFlag, inOrder, metaOf, metaRow, positioned, toFlag, yearOf } from './mapper.js';

export const PROJECT_MAPPER = defineMapper({
  kind: 'project',
  table: 'projects',
  children: { project_countries: 'project_id', project_organizations: 'project_id', project_instruments: 'project_id' },
  toRows: (p) => ({
    row: {
      ...metaRow(p), title: p.title, search_name: fold(p.title), sector: p.sector, status: p.status,
      is_umbrella: toFlag(p.isUmbrella), value: p.value, currency: p.currency, start_date: p.startDate,
      end_date: p.endDate,
    },
    children: {
      project_countries: positioned(p.countries, (country_code, position) => ({ project_id: p.id, position, country_code })),
      project_organizations: positioned(p.organizationIds, (organization_id, position) => ({ project_id: p.id, position, organization_id })),
      project_instruments: positioned(p.instrumentIds, (instrument_id, position) => ({ project_id: p.id, position, instrument_id })),
    },
  }),
  fromRows: (row, c) => ({
    ...metaOf(row),
    title: row.title,
    sector: row.sector as Sector | null,
    countries: inOrder(c.project_countries).map((r) => r.country_code),
    organizationIds: inOrder(c.project_organizations).map((r) => r.organization_id),
    status: row.status as Project['status'],
    isUmbrella: fromFlag(row.is_umbrella),
    value: row.value === null ? null : Number(row.value),
    currency: row.currency,
    instrumentIds: inOrder(c.project_instruments).map((r) => r.instrument_id),
    startDate: row.start_date,
    endDate: row.end_date,
  }),
  countries: { via: 'children', table: 'project_countries', owner: 'project_id' },
  refs: {},
  dateColumn: 'start_date',
  facets: (p) => ({ label: p.title, countries: p.countries, year: yearOf(p.startDate), sectors: p.sector ? [p.sector] : [] }),
});
