/**
 * Generic create, read, update, delete and list over every record kind, driven by its mapper.
 * Callers run the writes inside a transaction (storeTx.ts makes sure of it).
 */
import { sql } from 'kysely';
import type { RecordKind } from '../contracts/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../core/errors.js';
import type { ListOptions } from '../core/ports.js';
import { deleteChildren, insertChildren, loadChildren } from './childRows.js';
import { type StoreContext, chunks, loose } from './context.js';
import { involvesCountry } from './countryScope.js';
import { fold } from '../core/text/fold.js';
import { containsFolded } from './likePattern.js';
import { mapperOf } from './records/index.js';
import type { AnyMapper } from './records/mapper.js';

type LooseRow = Record<string, unknown>;
type Meta = { id: string; version: number };

/** SQLite cannot OFFSET without a LIMIT; this stands for "no limit". */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

async function reindexSource(ctx: StoreContext, row: LooseRow): Promise<void> {
  await ctx.adapter.indexSource(ctx.db, { id: row.id as string, title: row.title as string | null, text: row.text as string });
}

/** Inserts one record and its child rows. */
export async function insertRecord(ctx: StoreContext, kind: RecordKind, record: unknown): Promise<void> {
  const mapper = mapperOf(kind);
  const { row, children } = mapper.toRows(record);
  await loose(ctx).insertInto(mapper.table).values(row).execute();
  await insertChildren(ctx, children);
  if (kind === 'source') await reindexSource(ctx, row);
}

/**
 * Replaces one record if the stored version is the one before `record.version`.
 * @throws NotFoundError when there is no such record; ConflictError when another write came first
 */
export async function updateRecord(ctx: StoreContext, kind: RecordKind, record: Meta): Promise<void> {
  const mapper = mapperOf(kind);
  const { row, children } = mapper.toRows(record);
  const { id: _id, ...changes } = row;
  const result = await loose(ctx).updateTable(mapper.table).set(changes)
    .where('id', '=', record.id).where('version', '=', record.version - 1).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const stored = await loose(ctx).selectFrom(mapper.table).select('version').where('id', '=', record.id).executeTakeFirst();
    if (!stored) throw new NotFoundError(kind, record.id);
    throw new ConflictError(
      `${kind} "${record.id}" is at version ${String(stored.version)}, but the write was based on version ` +
      `${record.version - 1}: someone changed it meanwhile. Reload it and apply the change again.`);
  }
  await deleteChildren(ctx, mapper, record.id);
  await insertChildren(ctx, children);
  if (kind === 'source') await reindexSource(ctx, row);
}

/**
 * Deletes one record with its child rows (and, for an instrument, its relations).
 * @throws NotFoundError when there is no such record
 */
export async function removeRecord(ctx: StoreContext, kind: RecordKind, id: string): Promise<void> {
  const mapper = mapperOf(kind);
  await deleteChildren(ctx, mapper, id);
  if (kind === 'instrument') {
    await ctx.db.deleteFrom('instrument_relations').where((eb) => eb.or([eb('from_id', '=', id), eb('to_id', '=', id)])).execute();
  }
  if (kind === 'source') await ctx.adapter.unindexSource(ctx.db, id);
  const result = await loose(ctx).deleteFrom(mapper.table).where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new NotFoundError(kind, id);
}

function applyFilters(ctx: StoreContext, mapper: AnyMapper, options: ListOptions) {
  let query = loose(ctx).selectFrom(mapper.table);
  if (options.ref) {
    const column = mapper.refs[options.ref.field];
    if (!column) throw new ValidationError(`${mapper.kind} records cannot be filtered by ${options.ref.field}`, 'ref');
    query = query.where(`${mapper.table}.${column}`, '=', options.ref.value);
  }
  for (const code of new Set(options.countries ?? [])) {
    query = query.where(involvesCountry(mapper.kind, code, mapper.table));
  }
  const folded = options.q === undefined ? '' : fold(options.q);
  if (folded !== '') {
    query = query.where(containsFolded(`${mapper.table}.search_name`, folded));
  }
  return query;
}

function checkPaging(options: ListOptions): void {
  for (const key of ['limit', 'offset'] as const) {
    const value = options[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw new ValidationError(`${key} must be a whole number ≥ 0, not ${value}`, key);
    }
  }
}

/** The default-order key of a row: dated kinds by date (year-unknown, then missing, last), then creation. */
function orderKey(mapper: AnyMapper, row: LooseRow): string {
  const date = mapper.dateColumn ? (row[mapper.dateColumn] as string | null) : null;
  const rank = mapper.dateColumn ? (date === null ? '2' : date.startsWith('--') ? `1${date}` : `0${date}`) : '';
  return `${rank}\u0000${String(row.created_at)}\u0000${String(row.id)}`;
}

async function selectRows(ctx: StoreContext, mapper: AnyMapper, options: ListOptions): Promise<LooseRow[]> {
  if (options.ids !== undefined) {
    // A batch get: fetched in slices (parameter limits), then ordered and paged here with the same
    // key the SQL path uses (all keys are ASCII, so JS order equals byte order).
    const rows: LooseRow[] = [];
    for (const ids of chunks([...new Set(options.ids)])) {
      rows.push(...await applyFilters(ctx, mapper, options).selectAll(mapper.table)
        .where(`${mapper.table}.id`, 'in', ids).execute() as LooseRow[]);
    }
    const keyed = rows.map((row) => ({ row, key: orderKey(mapper, row) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const offset = options.offset ?? 0;
    return keyed.slice(offset, options.limit === undefined ? undefined : offset + options.limit).map((k) => k.row);
  }
  let query = applyFilters(ctx, mapper, options).selectAll(mapper.table);
  const { orderText } = ctx.adapter;
  if (mapper.dateColumn) {
    const date = sql.ref(`${mapper.table}.${mapper.dateColumn}`);
    // Year-unknown dates ("--06-23") sort after dated ones, missing dates last (the dossier's timeline
    // rule); the explicit rank also hides that SQLite sorts nulls first and PostgreSQL last.
    query = query.orderBy(sql`case when ${date} is null then 2 when ${date} like '--%' then 1 else 0 end`)
      .orderBy(orderText(`${mapper.table}.${mapper.dateColumn}`));
  }
  query = query.orderBy(orderText(`${mapper.table}.created_at`)).orderBy(orderText(`${mapper.table}.id`));
  if (options.limit !== undefined || options.offset !== undefined) {
    query = query.limit(options.limit ?? NO_LIMIT).offset(options.offset ?? 0);
  }
  return await query.execute() as LooseRow[];
}

/** Records as stored, in the kind's default order (engagements by date, others by creation). */
export async function listRecords(ctx: StoreContext, kind: RecordKind, options: ListOptions = {}): Promise<unknown[]> {
  checkPaging(options);
  const mapper = mapperOf(kind);
  const rows = await selectRows(ctx, mapper, options);
  if (rows.length === 0) return [];
  const children = await loadChildren(ctx, mapper, rows.map((r) => r.id as string));
  return rows.map((row) => mapper.fromRows(row, children.get(row.id as string) ?? {}));
}

/** The number of records of a kind, optionally those involving every given country. */
export async function countRecords(ctx: StoreContext, kind: RecordKind, options: Pick<ListOptions, 'countries'> = {}): Promise<number> {
  const mapper = mapperOf(kind);
  const row = await applyFilters(ctx, mapper, { countries: options.countries })
    .select((eb) => eb.fn.countAll().as('n')).executeTakeFirst() as { n: number | string | bigint } | undefined;
  return Number(row?.n ?? 0);
}
