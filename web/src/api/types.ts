import type {
  CountryCode, Draft, Evidence, HistoryEntry, RecordKind, Source,
} from '../../../src/contracts/index.js';

/**
 * Shapes the UI reads that have no zod contract of their own (yet). They mirror the API's responses;
 * once `src/http/openapi.json` describes them, `schema.generated.d.ts` is the source of truth.
 */

/** One country pair on record, as `GET /api/pairs` lists it. */
export interface PairSummary {
  a: { code: CountryCode; name: string };
  b: { code: CountryCode; name: string };
  counts: { engagements: number; instruments: number; bodies?: number; sources?: number };
  latestDate: string | null;
}

/** A draft as `GET /api/drafts` lists it. */
export interface DraftSummary {
  id: string;
  sourceId: string;
  status: Draft['status'];
  title: string | null;
  countries: CountryCode[];
  itemCount: number;
  createdAt: string;
}

/** `GET /api/drafts/:id`: the draft and the text its evidence offsets point into. */
export interface DraftDetail {
  draft: Draft;
  source: Pick<Source, 'id' | 'title' | 'text' | 'language' | 'publishedOn' | 'referenceDate'>;
}

/** `POST /api/intake` result. */
export interface IntakeResult {
  source: Pick<Source, 'id' | 'title'>;
  draft: Draft;
  isDuplicate: boolean;
}

/** One hit of `GET /api/search`. */
export interface SearchHit {
  kind: RecordKind;
  id: string;
  label: string;
  snippet: string | null;
  date: string | null;
  countries: CountryCode[];
}

/** A facet value and how many hits carry it. */
export interface FacetCount { value: string; count: number }

/** `GET /api/search` result. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: { country: FacetCount[]; kind: FacetCount[]; sector: FacetCount[]; year: FacetCount[] };
}

/** A record page's data: the record, its history and its evidence. */
export interface RecordBundle<T> {
  record: T;
  history: HistoryEntry[];
  evidence: Evidence[];
}

/** The JSON error body every API failure carries. */
export interface ApiErrorBody { error: { code: string; message: string; field?: string } }
