/**
 * Reading and writing the child rows (join tables) of records, in array order.
 */
import { type StoreContext, chunks, loose } from './context.js';
import type { AnyMapper, ChildTableName } from './records/mapper.js';

type LooseRow = Record<string, unknown>;
export type ChildrenByOwner = Map<string, Partial<Record<ChildTableName, LooseRow[]>>>;

/**
 * Loads every child row of the given records, grouped by owner id then table.
 * @param ctx database and dialect
 * @param mapper the records' mapper
 * @param ids owner ids
 * @returns a map from owner id to its child rows per table (tables with no rows are empty arrays)
 */
export async function loadChildren(ctx: StoreContext, mapper: AnyMapper, ids: string[]): Promise<ChildrenByOwner> {
  const byOwner: ChildrenByOwner = new Map(ids.map((id) => [id, Object.fromEntries(mapper.children.map((c) => [c.table, []]))]));
  for (const { table, owner } of mapper.children) {
    for (const slice of chunks(ids)) {
      const rows = await loose(ctx).selectFrom(table).selectAll().where(owner, 'in', slice)
        .orderBy(owner).orderBy('position').execute() as LooseRow[];
      for (const row of rows) byOwner.get(row[owner] as string)?.[table]?.push(row);
    }
  }
  return byOwner;
}

/** Inserts child rows produced by a mapper. */
export async function insertChildren(ctx: StoreContext, children: Partial<Record<ChildTableName, LooseRow[]>>): Promise<void> {
  for (const [table, rows] of Object.entries(children)) {
    for (const slice of chunks(rows ?? [], 200)) await loose(ctx).insertInto(table).values(slice).execute();
  }
}

/** Deletes every child row of one record. */
export async function deleteChildren(ctx: StoreContext, mapper: AnyMapper, id: string): Promise<void> {
  for (const { table, owner } of mapper.children) {
    await loose(ctx).deleteFrom(table).where(owner, '=', id).execute();
  }
}
