/**
 * The interfaces the core needs from the outside world. Adapters (storage/sqlite, storage/postgres)
 * implement them; the core never imports an adapter.
 */
import type {
  Body, CountryCode, Decision, Draft, Engagement, Evidence, Extraction, HistoryEntry, Instrument, Language,
  InstrumentRelation, Organization, Person, Post, Project, RecordKind, Session, Source,
  SourceSummary, Statement, Tenure, TradeFigure,
} from '../contracts/index.js';

/** The stored type of each record kind. */
export interface RecordTypes {
  person: Person;
  post: Post;
  tenure: Tenure;
  organization: Organization;
  engagement: Engagement;
  instrument: Instrument;
  body: Body;
  session: Session;
  decision: Decision;
  project: Project;
  trade_figure: TradeFigure;
  statement: Statement;
  source: Source;
}
export type StoredRecord<K extends RecordKind> = K extends keyof RecordTypes ? RecordTypes[K] : never;

export interface ListOptions {
  /** Records that involve every one of these countries (engagement countries, instrument parties, …). */
  countries?: CountryCode[];
  /** Case- and accent-insensitive substring of the record's name or title. */
  q?: string;
  /** Only these ids (a batch get). */
  ids?: string[];
  /** Equality on a reference column: sessions and decisions of a body, tenures of a person or post. */
  ref?: { field: 'bodyId' | 'sessionId' | 'personId' | 'postId'; value: string };
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  kind: RecordKind;
  id: string;
  label: string;
  /** A short piece of the matched text, with the match inside. */
  snippet: string;
  countries: CountryCode[];
  year: number | null;
  sectors: string[];
}

export interface SearchOptions {
  q: string;
  country?: CountryCode;
  kind?: RecordKind;
  sector?: string;
  year?: number;
  limit?: number;
}

/** Reads and writes inside one transaction. */
export interface StoreTx {
  /** Inserts a new record (its `version` is 1). */
  insert<K extends RecordKind>(kind: K, record: StoredRecord<K>): Promise<void>;
  /**
   * Replaces a record. @throws ConflictError when the stored version is not `record.version - 1`
   * (a stale write is refused, not lost).
   */
  update<K extends RecordKind>(kind: K, record: StoredRecord<K>): Promise<void>;
  get<K extends RecordKind>(kind: K, id: string): Promise<StoredRecord<K> | null>;
  list<K extends RecordKind>(kind: K, options?: ListOptions): Promise<StoredRecord<K>[]>;
  count(kind: RecordKind, options?: Pick<ListOptions, 'countries'>): Promise<number>;
  remove(kind: RecordKind, id: string): Promise<void>;

  findSourceByHash(contentHash: string): Promise<Source | null>;
  listSourceSummaries(options?: { ids?: string[]; limit?: number }): Promise<SourceSummary[]>;

  /** People whose name or any alias, folded (case, accents, ё→е), equals one of `foldedNames`. */
  findPeopleByFoldedName(foldedNames: string[]): Promise<Person[]>;
  /** Organizations whose folded name or alias equals one of these. */
  findOrganizationsByFoldedName(foldedNames: string[]): Promise<Organization[]>;

  insertRelation(relation: InstrumentRelation): Promise<void>;
  listRelations(instrumentIds: string[]): Promise<InstrumentRelation[]>;

  addEvidence(evidence: Evidence[]): Promise<void>;
  listEvidence(recordIds: string[]): Promise<Evidence[]>;
  listEvidenceBySource(sourceId: string): Promise<Evidence[]>;

  addHistory(entry: HistoryEntry): Promise<void>;
  listHistory(kind: RecordKind, id: string): Promise<HistoryEntry[]>;

  insertDraft(draft: Draft): Promise<void>;
  /** @throws ConflictError when the stored version is not `draft.version - 1`. */
  updateDraft(draft: Draft): Promise<void>;
  getDraft(id: string): Promise<Draft | null>;
  listDrafts(options?: { limit?: number; sourceId?: string }): Promise<Draft[]>;

  /** Full-text search over sources (FTS5 / tsvector) and record names and titles. */
  search(options: SearchOptions): Promise<SearchHit[]>;
  /** Country pairs on record with the number of engagements and instruments and the latest date. */
  listPairs(): Promise<Array<{ a: CountryCode; b: CountryCode; engagements: number; instruments: number; latest: string | null }>>;
}

/** A database with the Bilat schema. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: all of its writes land, or none does. */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Reads outside an explicit transaction (each call on its own). */
  readonly read: StoreTx;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

/** A document as it came in: bytes, and what the caller knows of them. */
export interface RawDocument {
  bytes: Uint8Array;
  /** File name or URL path, for the format ("report.pdf"); optional. */
  filename?: string | null;
  /** MIME type when known ("text/html"). */
  mediaType?: string | null;
}

/** The readable text of a document, normalised; offsets of every later stage point into `text`. */
export interface ReadDocument {
  text: string;
  format: 'text' | 'html' | 'pdf';
  title: string | null;
  language: Language;
}

/** What extraction is told about a text besides its words. */
export interface ExtractOptions {
  language: Language;
  /** YYYY-MM-DD against which dates without a year and relative days ("today") are read, or null. */
  referenceDate: string | null;
  /** The headline, when the text starts with it. */
  title?: string | null;
  /**
   * The day the text was published, when known: the engagement a readout reports without a date of
   * its own took place that day. Never the day it was merely taken in, which would invent a date.
   */
  publishedOn?: string | null;
}

/** Intake: reads documents and extracts draft records from their text (src/ingest implements it). */
export interface Extractor {
  /** @throws UnreadableDocumentError for empty, binary, oversized or unparseable input. */
  read(doc: RawDocument): Promise<ReadDocument>;
  /** Deterministic and offline; every value carries its evidence spans into `text`. */
  extract(text: string, options: ExtractOptions): Extraction;
}

/** The clock and actor, so commands are testable and history says who. */
export interface CommandContext {
  store: Store;
  extractor: Extractor;
  actor: string;
  now: () => Date;
}

export type { Body, Decision, Session };
