/** Decisions (action items) of a body; they involve the body's countries. */
import type { Decision, Sector } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import { defineMapper, metaOf, metaRow, yearOf } from './mapper.js';

export const DECISION_MAPPER = defineMapper({
  kind: 'decision',
  table: 'decisions',
  children: {},
  toRows: (d) => ({
    row: {
      ...metaRow(d), body_id: d.bodyId, session_id: d.sessionId, text: d.text, search_name: fold(d.text),
      sector: d.sector, responsible_country_code: d.responsibleCountryCode,
      responsible_organization_id: d.responsibleOrganizationId, due_date: d.dueDate, status: d.status,
    },
    children: {},
  }),
  fromRows: (row) => ({
    ...metaOf(row), bodyId: row.body_id, sessionId: row.session_id, text: row.text,
    sector: row.sector as Sector | null, responsibleCountryCode: row.responsible_country_code,
    responsibleOrganizationId: row.responsible_organization_id, dueDate: row.due_date,
    status: row.status as Decision['status'],
  }),
  countries: { via: 'reference', column: 'body_id', kind: 'body' },
  refs: { bodyId: 'body_id', sessionId: 'session_id' },
  facets: (d) => ({
    label: d.text, countries: d.responsibleCountryCode ? [d.responsibleCountryCode] : [],
    year: yearOf(d.dueDate), sectors: d.sector ? [d.sector] : [],
  }),
});
