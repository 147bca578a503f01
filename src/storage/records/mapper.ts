/**
 * The shape of a row mapper: how one record kind becomes a main row plus child rows (join tables,
 * in array order) and back, and what the generic record store needs to know to query it.
 */
import type { RecordKind, RecordMeta } from '../../contracts/index.js';
import type { ListOptions, StoredRecord } from '../../core/ports.js';
import type { RecordColumns, Row, TableName } from '../schema.js';

export type RecordTableName =
  | 'people' | 'posts' | 'tenures' | 'organizations' | 'engagements' | 'instruments' | 'bodies' | 'sessions'
  | 'decisions' | 'projects' | 'trade_figures' | 'statements' | 'sources';

/** Tables of rows owned by one record, with `position` for array order. */
export type ChildTableName =
  | 'person_aliases' | 'organization_aliases' | 'engagement_countries' | 'engagement_participants'
  | 'engagement_instruments' | 'engagement_sectors' | 'instrument_parties' | 'instrument_actions'
  | 'instrument_sectors' | 'instrument_signatories' | 'body_countries' | 'body_sectors'
  | 'project_countries' | 'project_organizations' | 'project_instruments' | 'statement_countries';

export type RefField = NonNullable<ListOptions['ref']>['field'];

/** How records of a kind involve countries, for `list({ countries })` and `count`. */
export type CountryScope =
  /** A child table with `country_code`, owned through `owner`. */
  | { via: 'children'; table: ChildTableName; owner: string }
  /** Any of these columns of the main row holds the code. */
  | { via: 'columns'; columns: string[] }
  /** The countries of the record this one belongs to (a session's body, a tenure's post). */
  | { via: 'reference'; column: string; kind: RecordKind }
  /** The countries of the records its evidence supports (sources). */
  | { via: 'evidence' };

/** What search shows and filters on for one record. */
export interface Facets {
  label: string;
  countries: string[];
  year: number | null;
  sectors: string[];
}

/** Each kind's main table and child tables: fixing them here lets the compiler check every mapper. */
export interface KindTables {
  person: { table: 'people'; children: 'person_aliases' };
  post: { table: 'posts'; children: never };
  tenure: { table: 'tenures'; children: never };
  organization: { table: 'organizations'; children: 'organization_aliases' };
  engagement: {
    table: 'engagements';
    children: 'engagement_countries' | 'engagement_participants' | 'engagement_instruments' | 'engagement_sectors';
  };
  instrument: {
    table: 'instruments';
    children: 'instrument_parties' | 'instrument_actions' | 'instrument_sectors' | 'instrument_signatories';
  };
  body: { table: 'bodies'; children: 'body_countries' | 'body_sectors' };
  session: { table: 'sessions'; children: never };
  decision: { table: 'decisions'; children: never };
  project: { table: 'projects'; children: 'project_countries' | 'project_organizations' | 'project_instruments' };
  trade_figure: { table: 'trade_figures'; children: never };
  statement: { table: 'statements'; children: 'statement_countries' };
  source: { table: 'sources'; children: never };
}

/** Rows as written: every column given (Row, not Insertable, so a forgotten nullable column is an error). */
type ChildRows<C extends ChildTableName> = { [P in C]: Row<P>[] };

/** A typed mapper, as each kind defines it. */
export interface RecordMapper<K extends RecordKind, T extends RecordTableName, C extends ChildTableName> {
  kind: K;
  table: T;
  /** Child table → the column naming the owner. */
  children: { [P in C]: string };
  toRows(record: StoredRecord<K>): { row: Row<T>; children: ChildRows<C> };
  fromRows(row: Row<T>, children: ChildRows<C>): StoredRecord<K>;
  countries: CountryScope;
  /** Columns for `list({ ref })`. */
  refs: Partial<Record<RefField, string>>;
  /** When set, lists sort by this fuzzy-date column first (year-unknown and missing dates last). */
  dateColumn?: string;
  facets(record: StoredRecord<K>): Facets;
}

type LooseRow = Record<string, unknown>;

/** The same mapper with table types erased, for the generic record store. */
export interface AnyMapper {
  kind: RecordKind;
  table: RecordTableName;
  children: Array<{ table: ChildTableName; owner: string }>;
  toRows(record: unknown): { row: LooseRow; children: Partial<Record<ChildTableName, LooseRow[]>> };
  fromRows(row: LooseRow, children: Partial<Record<ChildTableName, LooseRow[]>>): unknown;
  countries: CountryScope;
  refs: Partial<Record<RefField, string>>;
  dateColumn?: string;
  facets(record: unknown): Facets;
}

/**
 * Declares a mapper with full types and returns its type-erased view.
 * @param mapper the typed mapper
 * @returns the same functions, callable by the generic store
 */
export function defineMapper<K extends RecordKind>(
  mapper: RecordMapper<K, KindTables[K]['table'], KindTables[K]['children']>,
): AnyMapper {
  const children = Object.entries(mapper.children as Record<string, string>)
    .map(([table, owner]) => ({ table: table as ChildTableName, owner }));
  return { ...(mapper as unknown as AnyMapper), children };
}

/** The four record columns from a record's meta fields. */
export function metaRow(record: RecordMeta): RecordColumns {
  return { id: record.id, version: record.version, created_at: record.createdAt, updated_at: record.updatedAt };
}

/** The meta fields from a row's record columns. */
export function metaOf(row: RecordColumns): RecordMeta {
  return { id: row.id, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Child rows for a list, numbered in order. */
export function positioned<V, R>(values: readonly V[], build: (value: V, position: number) => R): R[] {
  return values.map((value, position) => build(value, position));
}

/** Rows sorted by position (drivers return them in any order). */
export function inOrder<R extends { position: number }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => a.position - b.position);
}

/** The year of a fuzzy date ("2025-06-23" → 2025; "--06-23" and null → null). */
export function yearOf(date: string | null | undefined): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** Booleans as 0/1 (see schema.ts). */
export function toFlag(value: boolean): number;
export function toFlag(value: boolean | null): number | null;
export function toFlag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}
export function fromFlag(value: number): boolean;
export function fromFlag(value: number | null): boolean | null;
export function fromFlag(value: number | null): boolean | null {
  return value === null ? null : Number(value) !== 0;
}

export type { TableName };
