/**
 * StoreTx over one database handle: the root (each call on its own, writes made atomic) or a
 * transaction (everything inside it). Every call wraps driver errors in typed ones.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Draft, Evidence, HistoryEntry, InstrumentRelation, RecordKind } from '../contracts/index.js';
import { StateError } from '../core/errors.js';
import type { ListOptions, SearchOptions, StoredRecord, StoreTx } from '../core/ports.js';
import type { StoreContext } from './context.js';
import * as drafts from './draftStore.js';
import { rethrowStorageError } from './driverErrors.js';
import { findOrganizationsByFoldedName, findPeopleByFoldedName } from './nameLookup.js';
import { listPairs } from './pairStore.js';
import * as provenance from './provenanceStore.js';
import { countRecords, insertRecord, listRecords, removeRecord, updateRecord } from './recordStore.js';
import { search } from './searchStore.js';
import { findSourceByHash, listSourceSummaries } from './sourceQueries.js';

/**
 * The store whose transaction the current async call chain is inside. Using `store.read` or
 * opening another transaction there would wait for the transaction's own connection on SQLite
 * (a deadlock) and read outside it on PostgreSQL, so both are refused with a clear error.
 */
export const TRANSACTION_SCOPE = new AsyncLocalStorage<TransactionScope>();

/**
 * The open transaction of one store. `isOpen` turns false at commit or rollback, so work started
 * inside but run later (a timer, a queued job) is not mistaken for work inside the transaction.
 */
export interface TransactionScope {
  store: object;
  isOpen: boolean;
}

/** Whether the current async call chain is inside an open transaction of `store`. */
export function isInsideTransaction(store: object): boolean {
  const scope = TRANSACTION_SCOPE.getStore();
  return scope !== undefined && scope.store === store && scope.isOpen;
}

export class SqlStoreTx implements StoreTx {
  /**
   * @param ctx database handle and dialect
   * @param owner the Store this handle belongs to
   * @param scope the transaction `ctx.db` belongs to, or null for the root handle (each write then opens its own)
   */
  constructor(private readonly ctx: StoreContext, private readonly owner: object, private readonly scope: TransactionScope | null) {}

  private get isTransaction(): boolean {
    return this.scope !== null;
  }

  private async run<T>(action: string, fn: (ctx: StoreContext) => Promise<T>, isWrite = false): Promise<T> {
    if (!this.isTransaction && isInsideTransaction(this.owner)) {
      throw new StateError(`Cannot ${action} through store.read inside store.transaction(): use the tx the transaction passes in.`);
    }
    if (this.scope !== null && !this.scope.isOpen) {
      throw new StateError(`Cannot ${action}: its transaction has already ended. Keep tx inside the transaction's function.`);
    }
    try {
      if (isWrite && !this.isTransaction) {
        return await this.ctx.db.transaction().execute((trx) => fn({ ...this.ctx, db: trx }));
      }
      return await fn(this.ctx);
    } catch (error) {
      rethrowStorageError(this.ctx.adapter, error, action);
    }
  }

  insert<K extends RecordKind>(kind: K, record: StoredRecord<K>): Promise<void> {
    return this.run(`insert ${kind} "${record.id}"`, (ctx) => insertRecord(ctx, kind, record), true);
  }
  update<K extends RecordKind>(kind: K, record: StoredRecord<K>): Promise<void> {
    return this.run(`update ${kind} "${record.id}"`, (ctx) => updateRecord(ctx, kind, record), true);
  }
  async get<K extends RecordKind>(kind: K, id: string): Promise<StoredRecord<K> | null> {
    const [record] = await this.list(kind, { ids: [id] });
    return record ?? null;
  }
  list<K extends RecordKind>(kind: K, options?: ListOptions): Promise<StoredRecord<K>[]> {
    return this.run(`list ${kind} records`, (ctx) => listRecords(ctx, kind, options) as Promise<StoredRecord<K>[]>);
  }
  count(kind: RecordKind, options?: Pick<ListOptions, 'countries'>): Promise<number> {
    return this.run(`count ${kind} records`, (ctx) => countRecords(ctx, kind, options));
  }
  remove(kind: RecordKind, id: string): Promise<void> {
    return this.run(`remove ${kind} "${id}"`, (ctx) => removeRecord(ctx, kind, id), true);
  }
  findSourceByHash(contentHash: string) {
    return this.run('find a source by hash', (ctx) => findSourceByHash(ctx, contentHash));
  }
  listSourceSummaries(options?: { ids?: string[]; limit?: number }) {
    return this.run('list sources', (ctx) => listSourceSummaries(ctx, options));
  }
  findPeopleByFoldedName(foldedNames: string[]) {
    return this.run('look up people by name', (ctx) => findPeopleByFoldedName(ctx, foldedNames));
  }
  findOrganizationsByFoldedName(foldedNames: string[]) {
    return this.run('look up organizations by name', (ctx) => findOrganizationsByFoldedName(ctx, foldedNames));
  }
  insertRelation(relation: InstrumentRelation) {
    return this.run(`insert instrument relation "${relation.id}"`, (ctx) => provenance.insertRelation(ctx, relation), true);
  }
  listRelations(instrumentIds: string[]) {
    return this.run('list instrument relations', (ctx) => provenance.listRelations(ctx, instrumentIds));
  }
  addEvidence(evidence: Evidence[]) {
    return this.run(`add ${evidence.length} evidence rows`, (ctx) => provenance.addEvidence(ctx, evidence), true);
  }
  listEvidence(recordIds: string[]) {
    return this.run('list evidence', (ctx) => provenance.listEvidence(ctx, recordIds));
  }
  listEvidenceBySource(sourceId: string) {
    return this.run(`list evidence of source "${sourceId}"`, (ctx) => provenance.listEvidenceBySource(ctx, sourceId));
  }
  addHistory(entry: HistoryEntry) {
    return this.run(`add history of ${entry.recordKind} "${entry.recordId}"`, (ctx) => provenance.addHistory(ctx, entry), true);
  }
  listHistory(kind: RecordKind, id: string) {
    return this.run(`list history of ${kind} "${id}"`, (ctx) => provenance.listHistory(ctx, kind, id));
  }
  insertDraft(draft: Draft) {
    return this.run(`insert draft "${draft.id}"`, (ctx) => drafts.insertDraft(ctx, draft), true);
  }
  updateDraft(draft: Draft) {
    return this.run(`update draft "${draft.id}"`, (ctx) => drafts.updateDraft(ctx, draft), true);
  }
  getDraft(id: string) {
    return this.run(`read draft "${id}"`, (ctx) => drafts.getDraft(ctx, id));
  }
  listDrafts(options?: { limit?: number; sourceId?: string }) {
    return this.run('list drafts', (ctx) => drafts.listDrafts(ctx, options));
  }
  search(options: SearchOptions) {
    return this.run('search', (ctx) => search(ctx, options));
  }
  listPairs() {
    return this.run('list country pairs', (ctx) => listPairs(ctx));
  }
}
