/**
 * Instruments: parties, dated actions, sectors and signatories as ordered child rows; titles in
 * other languages, registration numbers and the derived per-party status as JSON (nothing queries
 * inside them; the overall status is a column).
 */
import type { Instrument, InstrumentAction, Sector } from '../../contracts/index.js';
import { fold } from '../../core/text/fold.js';
import type { Row } from '../schema.js';
import { defineMapper, fromFlag, inOrder, metaOf, metaRow, positioned, toFlag, yearOf } from './mapper.js';

function actionOf(row: Row<'instrument_actions'>): InstrumentAction {
  const action: InstrumentAction = {
    type: row.type as InstrumentAction['type'], countryCode: row.country_code, date: row.date,
    effectiveDate: row.effective_date, place: row.place, note: row.note, sourceId: row.source_id,
  };
  // `id` is optional in the contract: absent stays absent rather than becoming null.
  return row.action_id === null ? action : { id: row.action_id, ...action };
}

export const INSTRUMENT_MAPPER = defineMapper({
  kind: 'instrument',
  table: 'instruments',
  children: {
    instrument_parties: 'instrument_id', instrument_actions: 'instrument_id',
    instrument_sectors: 'instrument_id', instrument_signatories: 'instrument_id',
  },
  toRows: (i) => ({
    row: {
      ...metaRow(i), kind: i.kind, title: i.title, search_name: fold(i.title), level: i.level,
      is_binding: toFlag(i.isBinding), signed_on: i.signedOn, signed_at: i.signedAt,
      duration_years: i.durationYears, renewal: i.renewal, status: i.status,
      titles_json: JSON.stringify(i.titles), registration_numbers_json: JSON.stringify(i.registrationNumbers),
      party_status_json: JSON.stringify(i.partyStatus),
    },
    children: {
      instrument_parties: positioned(i.parties, (p, position) => ({
        instrument_id: i.id, position, country_code: p.countryCode, organization_id: p.organizationId,
      })),
      instrument_actions: positioned(i.actions, (a, position) => ({
        instrument_id: i.id, position, action_id: a.id ?? null, type: a.type, country_code: a.countryCode,
        date: a.date, effective_date: a.effectiveDate, place: a.place, note: a.note, source_id: a.sourceId,
      })),
      instrument_sectors: positioned(i.sectors, (sector, position) => ({ instrument_id: i.id, position, sector })),
      instrument_signatories: positioned(i.signatoryIds, (person_id, position) => ({ instrument_id: i.id, position, person_id })),
    },
  }),
  fromRows: (row, c) => ({
    ...metaOf(row),
    kind: row.kind as Instrument['kind'],
    title: row.title,
    titles: JSON.parse(row.titles_json) as Instrument['titles'],
    level: row.level as Instrument['level'],
    isBinding: fromFlag(row.is_binding),
    parties: inOrder(c.instrument_parties).map((p) => ({ countryCode: p.country_code, organizationId: p.organization_id })),
    signatoryIds: inOrder(c.instrument_signatories).map((s) => s.person_id),
    signedOn: row.signed_on,
    signedAt: row.signed_at,
    durationYears: row.duration_years === null ? null : Number(row.duration_years),
    renewal: row.renewal,
    sectors: inOrder(c.instrument_sectors).map((s) => s.sector as Sector),
    registrationNumbers: JSON.parse(row.registration_numbers_json) as string[],
    actions: inOrder(c.instrument_actions).map(actionOf),
    status: row.status as Instrument['status'],
    partyStatus: JSON.parse(row.party_status_json) as Instrument['partyStatus'],
  }),
  countries: { via: 'children', table: 'instrument_parties', owner: 'instrument_id' },
  refs: {},
  facets: (i) => ({
    label: i.title, countries: [...new Set(i.parties.map((p) => p.countryCode))], year: yearOf(i.signedOn), sectors: i.sectors,
  }),
});
