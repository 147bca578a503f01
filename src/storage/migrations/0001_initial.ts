/**
 * The Bilat schema on both databases, written only with Kysely's schema builder. Column types are
 * the portable subset (text, integer, double precision): see schema.ts for the conventions.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import { addIndex, childTable, recordTable, withReference } from './builders.js';

type Table = CreateTableBuilder<string, string>;

/** Adds deferred references `[column, target table]` to a table being built. */
function refs(table: Table, name: string, references: Array<[string, string]>): Table {
  return references.reduce((t, [column, target]) => withReference(t, name, column, target), table);
}

/** A child table of country codes or sectors: (owner, position, value). */
async function valueList(db: Kysely<unknown>, name: string, owner: string, ownerTable: string, column: string): Promise<void> {
  await childTable(db, name, owner, ownerTable).addColumn(column, 'text', (c) => c.notNull()).execute();
  await addIndex(db, name, [column, owner]);
}

async function createPeople(db: Kysely<unknown>): Promise<void> {
  await recordTable(db, 'organizations')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text')
    .execute();
  await childTable(db, 'organization_aliases', 'organization_id', 'organizations')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .execute();
  await recordTable(db, 'people')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text')
    .addColumn('note', 'text')
    .execute();
  await childTable(db, 'person_aliases', 'person_id', 'people')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await refs(recordTable(db, 'posts')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text')
    .addColumn('organization_id', 'text')
    .addColumn('rank', 'text', (c) => c.notNull()), 'posts', [['organization_id', 'organizations']]).execute();
  await refs(recordTable(db, 'tenures')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('title_as_written', 'text')
    .addColumn('search_name', 'text'), 'tenures', [['person_id', 'people'], ['post_id', 'posts']]).execute();
  for (const table of ['organizations', 'organization_aliases', 'people', 'person_aliases']) {
    await addIndex(db, table, ['search_name']);
  }
  await addIndex(db, 'tenures', ['person_id']);
  await addIndex(db, 'tenures', ['post_id']);
}

async function createSources(db: Kysely<unknown>): Promise<void> {
  await recordTable(db, 'sources')
    .addColumn('title', 'text')
    .addColumn('search_name', 'text')
    .addColumn('publisher', 'text')
    .addColumn('url', 'text')
    .addColumn('published_on', 'text')
    .addColumn('reference_date', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .execute();
  await addIndex(db, 'sources', ['content_hash'], true);
  await addIndex(db, 'sources', ['created_at']);
}

async function createInstruments(db: Kysely<unknown>): Promise<void> {
  await recordTable(db, 'instruments')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('is_binding', 'integer')
    .addColumn('signed_on', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('duration_years', 'double precision')
    .addColumn('renewal', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('titles_json', 'text', (c) => c.notNull())
    .addColumn('registration_numbers_json', 'text', (c) => c.notNull())
    .addColumn('party_status_json', 'text', (c) => c.notNull())
    .execute();
  await refs(childTable(db, 'instrument_parties', 'instrument_id', 'instruments')
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text'), 'instrument_parties', [['organization_id', 'organizations']]).execute();
  await addIndex(db, 'instrument_parties', ['country_code', 'instrument_id']);
  await refs(childTable(db, 'instrument_actions', 'instrument_id', 'instruments')
    .addColumn('action_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text')
    .addColumn('date', 'text')
    .addColumn('effective_date', 'text')
    .addColumn('place', 'text')
    .addColumn('note', 'text')
    .addColumn('source_id', 'text'), 'instrument_actions', [['source_id', 'sources']]).execute();
  await valueList(db, 'instrument_sectors', 'instrument_id', 'instruments', 'sector');
  await refs(childTable(db, 'instrument_signatories', 'instrument_id', 'instruments')
    .addColumn('person_id', 'text', (c) => c.notNull()), 'instrument_signatories', [['person_id', 'people']]).execute();
  await refs(recordTable(db, 'instrument_relations')
    .addColumn('from_id', 'text', (c) => c.notNull())
    .addColumn('to_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()), 'instrument_relations', [['from_id', 'instruments'], ['to_id', 'instruments']])
    .execute();
  await addIndex(db, 'instrument_relations', ['from_id']);
  await addIndex(db, 'instrument_relations', ['to_id']);
}

async function createEngagements(db: Kysely<unknown>): Promise<void> {
  await recordTable(db, 'engagements')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('search_name', 'text')
    .addColumn('date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('place', 'text')
    .addColumn('place_country_code', 'text')
    .addColumn('host_country_code', 'text')
    .addColumn('format', 'text')
    .addColumn('level', 'integer')
    .addColumn('channel', 'text')
    .addColumn('summary', 'text')
    .addColumn('coding_plover', 'text', (c) => c.notNull())
    .addColumn('coding_plover_mode', 'text')
    .addColumn('coding_cameo', 'text', (c) => c.notNull())
    .execute();
  await addIndex(db, 'engagements', ['date', 'created_at']);
  await valueList(db, 'engagement_countries', 'engagement_id', 'engagements', 'country_code');
  await valueList(db, 'engagement_sectors', 'engagement_id', 'engagements', 'sector');
  await refs(childTable(db, 'engagement_participants', 'engagement_id', 'engagements')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('post_id', 'text')
    .addColumn('country_code', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('title_as_written', 'text'), 'engagement_participants', [['person_id', 'people'], ['post_id', 'posts']])
    .execute();
  await addIndex(db, 'engagement_participants', ['person_id']);
  await refs(childTable(db, 'engagement_instruments', 'engagement_id', 'engagements')
    .addColumn('instrument_id', 'text', (c) => c.notNull()), 'engagement_instruments', [['instrument_id', 'instruments']])
    .execute();
  await addIndex(db, 'engagement_instruments', ['instrument_id']);
}

async function createBodies(db: Kysely<unknown>): Promise<void> {
  await refs(recordTable(db, 'bodies')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('established_by_id', 'text')
    .addColumn('co_chairs_json', 'text', (c) => c.notNull()), 'bodies', [['parent_id', 'bodies'], ['established_by_id', 'instruments']])
    .execute();
  await valueList(db, 'body_countries', 'body_id', 'bodies', 'country_code');
  await valueList(db, 'body_sectors', 'body_id', 'bodies', 'sector');
  await refs(recordTable(db, 'sessions')
    .addColumn('body_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('place', 'text')
    .addColumn('host_country_code', 'text')
    .addColumn('protocol_source_id', 'text')
    .addColumn('engagement_id', 'text')
    .addColumn('search_name', 'text'), 'sessions',
  [['body_id', 'bodies'], ['protocol_source_id', 'sources'], ['engagement_id', 'engagements']]).execute();
  await addIndex(db, 'sessions', ['body_id']);
  await refs(recordTable(db, 'decisions')
    .addColumn('body_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('responsible_country_code', 'text')
    .addColumn('responsible_organization_id', 'text')
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull()), 'decisions',
  [['body_id', 'bodies'], ['session_id', 'sessions'], ['responsible_organization_id', 'organizations']]).execute();
  await addIndex(db, 'decisions', ['body_id']);
  await addIndex(db, 'decisions', ['session_id']);
}

async function createEconomy(db: Kysely<unknown>): Promise<void> {
  await recordTable(db, 'projects')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('sector', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_umbrella', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('currency', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .execute();
  await valueList(db, 'project_countries', 'project_id', 'projects', 'country_code');
  await refs(childTable(db, 'project_organizations', 'project_id', 'projects')
    .addColumn('organization_id', 'text', (c) => c.notNull()), 'project_organizations', [['organization_id', 'organizations']])
    .execute();
  await refs(childTable(db, 'project_instruments', 'project_id', 'projects')
    .addColumn('instrument_id', 'text', (c) => c.notNull()), 'project_instruments', [['instrument_id', 'instruments']])
    .execute();
  await refs(recordTable(db, 'trade_figures')
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('reporter_code', 'text', (c) => c.notNull())
    .addColumn('partner_code', 'text', (c) => c.notNull())
    .addColumn('flow', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('commodity_code', 'text')
    .addColumn('classification', 'text')
    .addColumn('valuation', 'text')
    .addColumn('release', 'text')
    .addColumn('source_id', 'text')
    .addColumn('search_name', 'text'), 'trade_figures', [['source_id', 'sources']]).execute();
  await addIndex(db, 'trade_figures', ['reporter_code', 'partner_code']);
  await addIndex(db, 'trade_figures', ['partner_code']);
  await refs(recordTable(db, 'statements')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('claim', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('trend', 'text')
    .addColumn('speaker_id', 'text')
    .addColumn('date', 'text')
    .addColumn('source_id', 'text'), 'statements', [['speaker_id', 'people'], ['source_id', 'sources']]).execute();
  await valueList(db, 'statement_countries', 'statement_id', 'statements', 'country_code');
}

async function createProvenance(db: Kysely<unknown>): Promise<void> {
  await refs(recordTable(db, 'drafts')
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('extraction_json', 'text', (c) => c.notNull())
    .addColumn('matches_json', 'text', (c) => c.notNull())
    .addColumn('decisions_json', 'text', (c) => c.notNull()), 'drafts', [['source_id', 'sources']]).execute();
  await addIndex(db, 'drafts', ['source_id']);
  await addIndex(db, 'drafts', ['created_at']);
  await refs(db.schema.createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('draft_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull()), 'evidence', [['source_id', 'sources'], ['draft_id', 'drafts']])
    .execute();
  await addIndex(db, 'evidence', ['record_id']);
  await addIndex(db, 'evidence', ['source_id']);
  // History has no foreign keys on purpose: it outlives the records and sources it describes.
  await db.schema.createTable('history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('changes_json', 'text', (c) => c.notNull())
    .addColumn('draft_id', 'text')
    .addColumn('source_id', 'text')
    .execute();
  await addIndex(db, 'history', ['record_kind', 'record_id', 'version']);
}

/** Creates every table, reference and index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createPeople(db);
  await createSources(db);
  await createInstruments(db);
  await createEngagements(db);
  await createBodies(db);
  await createEconomy(db);
  await createProvenance(db);
}
