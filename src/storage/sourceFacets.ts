/**
 * A source's countries and sectors are those of the records its evidence supports: a readout of a
 * Russia–Mali visit is about Russia and Mali because the engagement it evidences is.
 */
import type { RecordKind } from '../contracts/index.js';
import { type StoreContext, chunks } from './context.js';
import { mapperOf } from './records/index.js';
import { listRecords } from './recordStore.js';

export interface DerivedFacets {
  countries: string[];
  sectors: string[];
}

/**
 * Countries and sectors of the records evidenced by each source.
 * @param ctx database and dialect
 * @param sourceIds the sources
 * @returns per source id, the sorted union of its records' countries and sectors
 */
export async function sourceFacets(ctx: StoreContext, sourceIds: string[]): Promise<Map<string, DerivedFacets>> {
  const refs: Array<{ source_id: string; record_kind: string; record_id: string }> = [];
  for (const ids of chunks(sourceIds)) {
    refs.push(...await ctx.db.selectFrom('evidence').select(['source_id', 'record_kind', 'record_id'])
      .where('source_id', 'in', ids).where('record_kind', '!=', 'source').distinct().execute());
  }
  const idsByKind = new Map<RecordKind, Set<string>>();
  for (const r of refs) {
    const kind = r.record_kind as RecordKind;
    idsByKind.set(kind, (idsByKind.get(kind) ?? new Set()).add(r.record_id));
  }
  const facetsByRecord = new Map<string, DerivedFacets>();
  for (const [kind, ids] of idsByKind) {
    for (const record of await listRecords(ctx, kind, { ids: [...ids] })) {
      const f = mapperOf(kind).facets(record);
      facetsByRecord.set((record as { id: string }).id, { countries: f.countries, sectors: f.sectors });
    }
  }
  const out = new Map<string, { countries: Set<string>; sectors: Set<string> }>();
  for (const r of refs) {
    const f = facetsByRecord.get(r.record_id);
    if (!f) continue;
    const acc = out.get(r.source_id) ?? { countries: new Set<string>(), sectors: new Set<string>() };
    f.countries.forEach((c) => acc.countries.add(c));
    f.sectors.forEach((s) => acc.sectors.add(s));
    out.set(r.source_id, acc);
  }
  return new Map([...out].map(([id, acc]) => [id, { countries: [...acc.countries].sort(), sectors: [...acc.sectors].sort() }]));
}
