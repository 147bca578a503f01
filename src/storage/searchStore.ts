/**
 * Search across records (folded substring of names and titles, every word required) and sources
 * (the dialect's full-text index), with facets. Country and kind filters run in SQL; sector and
 * year are read from each candidate's facets, so candidates are fetched generously then cut.
 */
import type { RecordKind, Source } from '../contracts/index.js';
import { ValidationError } from '../core/errors.js';
import type { SearchHit, SearchOptions } from '../core/ports.js';
import { type StoreContext, loose } from './context.js';
import { involvesCountry } from './countryScope.js';
import { containsFolded } from './likePattern.js';
import { queryWords } from './ftsQuery.js';
import { MAPPERS, mapperOf } from './records/index.js';
import type { Facets } from './records/mapper.js';
import { listRecords } from './recordStore.js';
import { snippetAround } from './snippet.js';
import { sourceFacets } from './sourceFacets.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;
const MAX_SNIPPET = 240;

function clip(text: string): string {
  return text.length <= MAX_SNIPPET ? text : `${text.slice(0, MAX_SNIPPET - 1)}…`;
}

function keep(f: Facets, options: SearchOptions): boolean {
  return (options.country === undefined || f.countries.includes(options.country))
    && (options.sector === undefined || f.sectors.includes(options.sector))
    && (options.year === undefined || f.year === options.year);
}

async function recordHits(ctx: StoreContext, kind: RecordKind, words: string[], options: SearchOptions, cap: number): Promise<SearchHit[]> {
  const mapper = mapperOf(kind);
  let query = loose(ctx).selectFrom(mapper.table).select(`${mapper.table}.id`);
  for (const word of words) {
    query = query.where(containsFolded(`${mapper.table}.search_name`, word));
  }
  if (options.country !== undefined) query = query.where(involvesCountry(kind, options.country, mapper.table));
  const ids = (await query.orderBy(ctx.adapter.orderText(`${mapper.table}.created_at`), 'desc').limit(cap).execute())
    .map((r) => (r as { id: string }).id);
  const records = await listRecords(ctx, kind, { ids });
  const hits: SearchHit[] = [];
  for (const record of records) {
    // A record's own countries may differ from what "involves" means for its kind (a session's
    // body); the SQL filter already applied the country, so only sector and year are checked here.
    const f = mapper.facets(record);
    if (!keep({ ...f, countries: options.country ? [options.country] : f.countries }, options)) continue;
    hits.push({ kind, id: (record as { id: string }).id, label: f.label, snippet: clip(f.label), countries: f.countries, year: f.year, sectors: f.sectors });
  }
  return hits;
}

async function sourceHits(ctx: StoreContext, words: string[], options: SearchOptions, cap: number): Promise<SearchHit[]> {
  const matches = await ctx.adapter.searchSources(ctx.db, options.q, cap);
  if (matches.length === 0) return [];
  const sources = await listRecords(ctx, 'source', { ids: matches.map((m) => m.id) });
  const byId = new Map(sources.map((s) => [(s as { id: string }).id, s]));
  const derived = await sourceFacets(ctx, matches.map((m) => m.id));
  const hits: SearchHit[] = [];
  for (const match of matches) {
    const source = byId.get(match.id);
    if (!source) continue;
    const own = mapperOf('source').facets(source);
    const extra = derived.get(match.id) ?? { countries: [], sectors: [] };
    const f: Facets = { ...own, countries: extra.countries, sectors: extra.sectors };
    if (!keep(f, options)) continue;
    hits.push({ kind: 'source', id: match.id, label: f.label, snippet: snippetAround((source as Source).text, words), countries: f.countries, year: f.year, sectors: f.sectors });
  }
  return hits;
}

/**
 * Searches records and sources.
 * @param ctx database and dialect
 * @param options the user's query and facet filters
 * @returns record hits (name and title matches) first, then source hits by relevance, at most `limit`
 * @throws ValidationError for a limit outside 1..200
 */
export async function search(ctx: StoreContext, options: SearchOptions): Promise<SearchHit[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ValidationError(`limit must be a whole number from 1 to ${MAX_LIMIT}, not ${limit}`, 'limit');
  }
  const words = queryWords(options.q);
  if (words.length === 0) return [];
  const cap = Math.max(limit * 5, 100);
  const hits: SearchHit[] = [];
  const kinds = (Object.keys(MAPPERS) as RecordKind[]).filter((k) => k !== 'source' && (options.kind === undefined || options.kind === k));
  for (const kind of kinds) hits.push(...await recordHits(ctx, kind, words, options, cap));
  if (options.kind === undefined || options.kind === 'source') hits.push(...await sourceHits(ctx, words, options, cap));
  return hits.slice(0, limit);
}
