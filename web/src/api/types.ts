import type {
  CountryCode, Draft, Evidence, HistoryEntry, RecordKind, Source, SourceSummary,
} from '../../../src/contracts/index.js';

/**
 * Shapes the UI reads that have no zod contract of their own (yet). They mirror the API's responses;
 * once `src/http/openapi.json` describes them, `schema.generated.d.ts` is the source of truth.
 */

/** One country pair on record, as `GET /api/pairs` lists it (`{ items }`). */
export interface PairSummary {
  a: CountryCode;
  b: CountryCode;
  engagements: number;
  instruments: number;
  /** The latest dated engagement or signature. */
  latest: string | null;
}

/** A country for pickers and names (`GET /api/countries` → `{ items }`). */
export interface CountryOption { code: CountryCode; name: string; names: { en: string; fr: string; ru: string } }

/** A draft as `GET /api/drafts` lists it (`{ items }`): the draft and its source's summary. */
export interface DraftListItem { draft: Draft; source: SourceSummary | null }

/** `GET /api/drafts/:id`: the draft and the source whose text its evidence offsets point into. */
export interface DraftDetail { draft: Draft; source: Source }

/** `POST /api/intake` result. */
export interface IntakeResult { source: Source; draft: Draft; isDuplicate: boolean }

/** `POST /api/drafts/:id/accept` result: the draft and the records written. */
export interface AcceptResult { draft: Draft; written: { kind: RecordKind; id: string; isNew: boolean }[] }

/** One hit of `GET /api/search`. */
export interface SearchHit {
  kind: RecordKind;
  id: string;
  label: string;
  snippet: string;
  countries: CountryCode[];
  year: number | null;
  sectors: string[];
}

/** `GET /api/search` result. */
export interface SearchResult { hits: SearchHit[] }

/** A record page's data: the record, its history and its evidence. */
export interface RecordBundle<T> {
  record: T;
  history: HistoryEntry[];
  evidence: Evidence[];
}

/** The JSON error body every API failure carries. */
export interface ApiErrorBody { error: { code: string; message: string; field?: string } }
