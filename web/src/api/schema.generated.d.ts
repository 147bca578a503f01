/**
 * PROVISIONAL — replaced by `npm run gen:api` (openapi-typescript over src/http/openapi.json) as soon
 * as the API commits its document. Until then this hand-written file describes the same endpoints in
 * openapi-typescript's shape, built from the zod contracts, so the client is typed from day one.
 */
import type { Dossier, DraftAcceptReq, Evidence, HistoryEntry } from '../../../src/contracts/index.js';
import type { AcceptResult, ApiErrorBody, CountryOption, DraftDetail, DraftListItem, IntakeResult, PairSummary, SearchResult } from './types.js';

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Err = Json<ApiErrorBody>;
type Op<Params, Res, Body = never> = {
  parameters: Params;
  requestBody?: [Body] extends [never] ? never : { content: { 'application/json': Body } };
  responses: { 200: Json<Res>; 400: Err; 404: Err; 409: Err; 500: Err };
};
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type IdPath = { query?: never; header?: never; path: { id: string }; cookie?: never };
type RecordPaths<P extends string> = {
  [K in `/api/${P}/{id}`]: { get: Op<IdPath, unknown>; patch: Op<IdPath, unknown, { version: number } & Record<string, unknown>> };
} & {
  [K in `/api/${P}/{id}/history`]: { get: Op<IdPath, HistoryEntry[]> };
} & {
  [K in `/api/${P}/{id}/evidence`]: { get: Op<IdPath, Evidence[]> };
};

export type paths = {
  '/api/pairs': { get: Op<NoParams, { items: PairSummary[] }> };
  '/api/countries': { get: Op<NoParams, { items: CountryOption[] }> };
  '/api/intake': { post: Op<NoParams, IntakeResult, { text: string; referenceDate?: string; title?: string }> };
  '/api/drafts': { get: Op<{ query?: { limit?: number; sourceId?: string }; header?: never; path?: never; cookie?: never }, { items: DraftListItem[] }> };
  '/api/drafts/{id}': { get: Op<IdPath, DraftDetail> };
  '/api/drafts/{id}/accept': { post: Op<IdPath, AcceptResult, Partial<DraftAcceptReq>> };
  '/api/dossiers/{a}/{b}': { get: Op<{ query?: never; header?: never; path: { a: string; b: string }; cookie?: never }, Dossier> };
  '/api/search': {
    get: Op<{ query?: { q?: string; country?: string; kind?: string; sector?: string; year?: string; limit?: number }; header?: never; path?: never; cookie?: never }, SearchResult>;
  };
} & RecordPaths<'people' | 'posts' | 'tenures' | 'organizations' | 'engagements' | 'instruments' | 'bodies' | 'sessions' | 'decisions' | 'projects' | 'trade-figures' | 'statements' | 'sources'>;
