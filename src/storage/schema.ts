/**
 * The Kysely `Database` interface: the one place that says which tables and columns exist.
 * Migrations create exactly these (schema.test.ts compares a migrated database with
 * `TABLE_COLUMNS`, so the two cannot drift). Conventions, the same on both databases:
 * - timestamps and fuzzy dates are ISO text, so a record reads back exactly as written;
 * - booleans are integers 0/1 (SQLite has no boolean and better-sqlite3 cannot bind one);
 * - nested values nothing queries are JSON text (`*_json`);
 * - child rows keep their array order in `position`.
 * The full-text index over sources is dialect-specific and not listed here (sqlite/ and postgres/).
 */
import type { Insertable, Selectable } from 'kysely';

/** Columns every record table has. */
export interface RecordColumns {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PeopleTable extends RecordColumns {
  name: string; search_name: string; country_code: string | null; note: string | null;
}
export interface PersonAliasesTable {
  person_id: string; position: number; name: string; search_name: string; lang: string | null; kind: string;
}
export interface PostsTable extends RecordColumns {
  title: string; search_name: string; country_code: string | null; organization_id: string | null; rank: string;
}
export interface TenuresTable extends RecordColumns {
  person_id: string; post_id: string; start_date: string | null; end_date: string | null;
  title_as_written: string | null; search_name: string | null;
}
export interface OrganizationsTable extends RecordColumns {
  name: string; search_name: string; kind: string; country_code: string | null;
}
export interface OrganizationAliasesTable {
  organization_id: string; position: number; name: string; search_name: string;
}
export interface EngagementsTable extends RecordColumns {
  kind: string; status: string; title: string | null; search_name: string | null; date: string | null;
  end_date: string | null; place: string | null; place_country_code: string | null;
  host_country_code: string | null; format: string | null; level: number | null; channel: string | null;
  summary: string | null; coding_plover: string; coding_plover_mode: string | null; coding_cameo: string;
}
export interface EngagementCountriesTable { engagement_id: string; position: number; country_code: string }
export interface EngagementParticipantsTable {
  engagement_id: string; position: number; person_id: string; post_id: string | null;
  country_code: string | null; role: string; title_as_written: string | null;
}
export interface EngagementInstrumentsTable { engagement_id: string; position: number; instrument_id: string }
export interface EngagementSectorsTable { engagement_id: string; position: number; sector: string }
export interface InstrumentsTable extends RecordColumns {
  kind: string; title: string; search_name: string; level: string; is_binding: number | null;
  signed_on: string | null; signed_at: string | null; duration_years: number | null; renewal: string | null;
  status: string; titles_json: string; registration_numbers_json: string; party_status_json: string;
}
export interface InstrumentPartiesTable {
  instrument_id: string; position: number; country_code: string; organization_id: string | null;
}
export interface InstrumentActionsTable {
  instrument_id: string; position: number; action_id: string | null; type: string; country_code: string | null;
  date: string | null; effective_date: string | null; place: string | null; note: string | null;
  source_id: string | null;
}
export interface InstrumentSectorsTable { instrument_id: string; position: number; sector: string }
export interface InstrumentSignatoriesTable { instrument_id: string; position: number; person_id: string }
export interface InstrumentRelationsTable extends RecordColumns { from_id: string; to_id: string; kind: string }
export interface BodiesTable extends RecordColumns {
  name: string; search_name: string; kind: string; parent_id: string | null; established_by_id: string | null;
  co_chairs_json: string;
}
export interface BodyCountriesTable { body_id: string; position: number; country_code: string }
export interface BodySectorsTable { body_id: string; position: number; sector: string }
export interface SessionsTable extends RecordColumns {
  body_id: string; number: number | null; start_date: string | null; end_date: string | null;
  place: string | null; host_country_code: string | null; protocol_source_id: string | null;
  engagement_id: string | null; search_name: string | null;
}
export interface DecisionsTable extends RecordColumns {
  body_id: string; session_id: string | null; text: string; search_name: string; sector: string | null;
  responsible_country_code: string | null; responsible_organization_id: string | null;
  due_date: string | null; status: string;
}
export interface ProjectsTable extends RecordColumns {
  title: string; search_name: string; sector: string | null; status: string; is_umbrella: number;
  value: number | null; currency: string | null; start_date: string | null; end_date: string | null;
}
export interface ProjectCountriesTable { project_id: string; position: number; country_code: string }
export interface ProjectOrganizationsTable { project_id: string; position: number; organization_id: string }
export interface ProjectInstrumentsTable { project_id: string; position: number; instrument_id: string }
export interface TradeFiguresTable extends RecordColumns {
  period: string; reporter_code: string; partner_code: string; flow: string; value: number; currency: string;
  commodity_code: string | null; classification: string | null; valuation: string | null;
  release: string | null; source_id: string | null; search_name: string | null;
}
export interface StatementsTable extends RecordColumns {
  topic: string; claim: string; search_name: string; trend: string | null; speaker_id: string | null;
  date: string | null; source_id: string | null;
}
export interface StatementCountriesTable { statement_id: string; position: number; country_code: string }
export interface SourcesTable extends RecordColumns {
  title: string | null; search_name: string | null; publisher: string | null; url: string | null;
  published_on: string | null; reference_date: string | null; language: string; format: string;
  text: string; content_hash: string;
}
export interface EvidenceTable {
  id: string; record_kind: string; record_id: string; field: string; source_id: string;
  span_start: number; span_end: number; quote: string; value: string | null; confidence: number;
  draft_id: string | null; created_at: string;
}
export interface HistoryTable {
  id: string; record_kind: string; record_id: string; version: number; action: string; actor: string;
  at: string; changes_json: string; draft_id: string | null; source_id: string | null;
}
export interface DraftsTable extends RecordColumns {
  source_id: string; status: string; extraction_json: string; matches_json: string; decisions_json: string;
}

export interface Database {
  people: PeopleTable;
  person_aliases: PersonAliasesTable;
  posts: PostsTable;
  tenures: TenuresTable;
  organizations: OrganizationsTable;
  organization_aliases: OrganizationAliasesTable;
  engagements: EngagementsTable;
  engagement_countries: EngagementCountriesTable;
  engagement_participants: EngagementParticipantsTable;
  engagement_instruments: EngagementInstrumentsTable;
  engagement_sectors: EngagementSectorsTable;
  instruments: InstrumentsTable;
  instrument_parties: InstrumentPartiesTable;
  instrument_actions: InstrumentActionsTable;
  instrument_sectors: InstrumentSectorsTable;
  instrument_signatories: InstrumentSignatoriesTable;
  instrument_relations: InstrumentRelationsTable;
  bodies: BodiesTable;
  body_countries: BodyCountriesTable;
  body_sectors: BodySectorsTable;
  sessions: SessionsTable;
  decisions: DecisionsTable;
  projects: ProjectsTable;
  project_countries: ProjectCountriesTable;
  project_organizations: ProjectOrganizationsTable;
  project_instruments: ProjectInstrumentsTable;
  trade_figures: TradeFiguresTable;
  statements: StatementsTable;
  statement_countries: StatementCountriesTable;
  sources: SourcesTable;
  evidence: EvidenceTable;
  history: HistoryTable;
  drafts: DraftsTable;
}

export type TableName = keyof Database;
export type Row<T extends TableName> = Selectable<Database[T]>;
export type NewRow<T extends TableName> = Insertable<Database[T]>;

type ColumnSet<T extends TableName> = { readonly [C in keyof Database[T]]-?: true };
const REC = { id: true, version: true, created_at: true, updated_at: true } as const;
const CHILD = { position: true } as const;

/**
 * Every table and column of `Database`, as values: `satisfies` makes the compiler reject a missing or
 * extra column, and schema.test.ts checks the migrated database against this map.
 */
export const TABLE_COLUMNS = {
  people: { ...REC, name: true, search_name: true, country_code: true, note: true },
  person_aliases: { ...CHILD, person_id: true, name: true, search_name: true, lang: true, kind: true },
  posts: { ...REC, title: true, search_name: true, country_code: true, organization_id: true, rank: true },
  tenures: { ...REC, person_id: true, post_id: true, start_date: true, end_date: true, title_as_written: true, search_name: true },
  organizations: { ...REC, name: true, search_name: true, kind: true, country_code: true },
  organization_aliases: { ...CHILD, organization_id: true, name: true, search_name: true },
  engagements: {
    ...REC, kind: true, status: true, title: true, search_name: true, date: true, end_date: true, place: true,
    place_country_code: true, host_country_code: true, format: true, level: true, channel: true, summary: true,
    coding_plover: true, coding_plover_mode: true, coding_cameo: true,
  },
  engagement_countries: { ...CHILD, engagement_id: true, country_code: true },
  engagement_participants: {
    ...CHILD, engagement_id: true, person_id: true, post_id: true, country_code: true, role: true, title_as_written: true,
  },
  engagement_instruments: { ...CHILD, engagement_id: true, instrument_id: true },
  engagement_sectors: { ...CHILD, engagement_id: true, sector: true },
  instruments: {
    ...REC, kind: true, title: true, search_name: true, level: true, is_binding: true, signed_on: true,
    signed_at: true, duration_years: true, renewal: true, status: true, titles_json: true,
    registration_numbers_json: true, party_status_json: true,
  },
  instrument_parties: { ...CHILD, instrument_id: true, country_code: true, organization_id: true },
  instrument_actions: {
    ...CHILD, instrument_id: true, action_id: true, type: true, country_code: true, date: true,
    effective_date: true, place: true, note: true, source_id: true,
  },
  instrument_sectors: { ...CHILD, instrument_id: true, sector: true },
  instrument_signatories: { ...CHILD, instrument_id: true, person_id: true },
  instrument_relations: { ...REC, from_id: true, to_id: true, kind: true },
  bodies: { ...REC, name: true, search_name: true, kind: true, parent_id: true, established_by_id: true, co_chairs_json: true },
  body_countries: { ...CHILD, body_id: true, country_code: true },
  body_sectors: { ...CHILD, body_id: true, sector: true },
  sessions: {
    ...REC, body_id: true, number: true, start_date: true, end_date: true, place: true, host_country_code: true,
    protocol_source_id: true, engagement_id: true, search_name: true,
  },
  decisions: {
    ...REC, body_id: true, session_id: true, text: true, search_name: true, sector: true,
    responsible_country_code: true, responsible_organization_id: true, due_date: true, status: true,
  },
  projects: {
    ...REC, title: true, search_name: true, sector: true, status: true, is_umbrella: true, value: true,
    currency: true, start_date: true, end_date: true,
  },
  project_countries: { ...CHILD, project_id: true, country_code: true },
  project_organizations: { ...CHILD, project_id: true, organization_id: true },
  project_instruments: { ...CHILD, project_id: true, instrument_id: true },
  trade_figures: {
    ...REC, period: true, reporter_code: true, partner_code: true, flow: true, value: true, currency: true,
    commodity_code: true, classification: true, valuation: true, release: true, source_id: true, search_name: true,
  },
  statements: {
    ...REC, topic: true, claim: true, search_name: true, trend: true, speaker_id: true, date: true, source_id: true,
  },
  statement_countries: { ...CHILD, statement_id: true, country_code: true },
  sources: {
    ...REC, title: true, search_name: true, publisher: true, url: true, published_on: true, reference_date: true,
    language: true, format: true, text: true, content_hash: true,
  },
  evidence: {
    id: true, record_kind: true, record_id: true, field: true, source_id: true, span_start: true, span_end: true,
    quote: true, value: true, confidence: true, draft_id: true, created_at: true,
  },
  history: {
    id: true, record_kind: true, record_id: true, version: true, action: true, actor: true, at: true,
    changes_json: true, draft_id: true, source_id: true,
  },
  drafts: { ...REC, source_id: true, status: true, extraction_json: true, matches_json: true, decisions_json: true },
} as const satisfies { readonly [T in TableName]: ColumnSet<T> };
