/**
 * The country pairs on record: every unordered pair that shares an engagement or an instrument.
 */
import { sql } from 'kysely';
import type { StoreContext } from './context.js';

export interface PairSummary {
  a: string;
  b: string;
  engagements: number;
  instruments: number;
  latest: string | null;
}

/** The later of two fuzzy dates; year-unknown dates ("--06-23") never count as latest. */
function later(x: string | null, y: string | null): string | null {
  if (x === null) return y;
  if (y === null) return x;
  return x > y ? x : y;
}

/**
 * Lists pairs with their engagement and instrument counts and the latest dated event.
 * @param ctx database and dialect
 * @returns pairs with `a` < `b`, sorted by a then b
 */
export async function listPairs(ctx: StoreContext): Promise<PairSummary[]> {
  const dated = (column: string) => sql<string | null>`max(case when ${sql.ref(column)} like '--%' then null else ${sql.ref(column)} end)`;
  const engagements = await ctx.db.selectFrom('engagement_countries as x')
    .innerJoin('engagement_countries as y', (j) => j.onRef('x.engagement_id', '=', 'y.engagement_id').onRef('x.country_code', '<', 'y.country_code'))
    .innerJoin('engagements as e', 'e.id', 'x.engagement_id')
    .select((eb) => ['x.country_code as a', 'y.country_code as b', eb.fn.count('x.engagement_id').distinct().as('n'), dated('e.date').as('latest')])
    .groupBy(['x.country_code', 'y.country_code']).execute();
  const instruments = await ctx.db.selectFrom('instrument_parties as x')
    .innerJoin('instrument_parties as y', (j) => j.onRef('x.instrument_id', '=', 'y.instrument_id').onRef('x.country_code', '<', 'y.country_code'))
    .innerJoin('instruments as i', 'i.id', 'x.instrument_id')
    .select((eb) => ['x.country_code as a', 'y.country_code as b', eb.fn.count('x.instrument_id').distinct().as('n'), dated('i.signed_on').as('latest')])
    .groupBy(['x.country_code', 'y.country_code']).execute();
  const pairs = new Map<string, PairSummary>();
  const entry = (a: string, b: string): PairSummary => {
    const key = `${a}-${b}`;
    const found = pairs.get(key) ?? { a, b, engagements: 0, instruments: 0, latest: null };
    pairs.set(key, found);
    return found;
  };
  for (const r of engagements) {
    const p = entry(r.a, r.b);
    p.engagements = Number(r.n);
    p.latest = later(p.latest, r.latest);
  }
  for (const r of instruments) {
    const p = entry(r.a, r.b);
    p.instruments = Number(r.n);
    p.latest = later(p.latest, r.latest);
  }
  return [...pairs.values()].sort((p, q) => (p.a === q.a ? (p.b < q.b ? -1 : 1) : p.a < q.a ? -1 : 1));
}
