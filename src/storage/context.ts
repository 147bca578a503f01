/**
 * What every storage query function receives: the database handle (the root or a transaction)
 * and the dialect adapter.
 */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from './dialect.js';
import type { Database } from './schema.js';

export interface StoreContext {
  db: Kysely<Database>;
  adapter: DialectAdapter;
}

/**
 * The same handle with table types erased, for the generic record code where the table is chosen
 * at run time from a mapper; the mappers type the rows themselves.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type LooseDb = Kysely<any>;

/** The handle as a LooseDb. */
export function loose(ctx: StoreContext): LooseDb {
  return ctx.db as LooseDb;
}

/** Big id lists are queried in slices: SQLite and pg cap the number of bound parameters. */
export const ID_CHUNK = 500;

/** Splits a list into slices of `size`. */
export function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
