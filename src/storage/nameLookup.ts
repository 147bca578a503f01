/**
 * Exact folded-name lookups for linking: a name read in a text finds the person or organization
 * it names by the name itself or any alias, whatever the case, accents or ё.
 */
import type { Organization, Person } from '../contracts/index.js';
import type { StoreContext } from './context.js';
import { fold } from '../core/text/fold.js';
import { listRecords } from './recordStore.js';

/** Folds again (fold is idempotent) so callers passing raw names still match. */
function keys(names: string[]): string[] {
  return [...new Set(names.map(fold).filter((n) => n !== ''))];
}

/** People whose folded name or any folded alias is one of `foldedNames`. */
export async function findPeopleByFoldedName(ctx: StoreContext, foldedNames: string[]): Promise<Person[]> {
  const names = keys(foldedNames);
  if (names.length === 0) return [];
  const rows = await ctx.db.selectFrom('people').select('id').where('search_name', 'in', names)
    .union(ctx.db.selectFrom('person_aliases').select('person_id as id').where('search_name', 'in', names))
    .execute();
  return await listRecords(ctx, 'person', { ids: rows.map((r) => r.id) }) as Person[];
}

/** Organizations whose folded name or any folded alias is one of `foldedNames`. */
export async function findOrganizationsByFoldedName(ctx: StoreContext, foldedNames: string[]): Promise<Organization[]> {
  const names = keys(foldedNames);
  if (names.length === 0) return [];
  const rows = await ctx.db.selectFrom('organizations').select('id').where('search_name', 'in', names)
    .union(ctx.db.selectFrom('organization_aliases').select('organization_id as id').where('search_name', 'in', names))
    .execute();
  return await listRecords(ctx, 'organization', { ids: rows.map((r) => r.id) }) as Organization[];
}
