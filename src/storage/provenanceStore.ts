/**
 * Instrument relations, evidence and history: rows that describe records rather than being them.
 */
import type { Evidence, HistoryEntry, InstrumentRelation, RecordKind } from '../contracts/index.js';
import { type StoreContext, chunks } from './context.js';
import type { Row } from './schema.js';

/** Stores one relation between two instruments. */
export async function insertRelation(ctx: StoreContext, r: InstrumentRelation): Promise<void> {
  await ctx.db.insertInto('instrument_relations').values({
    id: r.id, version: r.version, created_at: r.createdAt, updated_at: r.updatedAt, from_id: r.fromId, to_id: r.toId, kind: r.kind,
  }).execute();
}

/** Relations from or to any of the instruments, oldest first. */
export async function listRelations(ctx: StoreContext, instrumentIds: string[]): Promise<InstrumentRelation[]> {
  const out = new Map<string, InstrumentRelation>();
  for (const ids of chunks([...new Set(instrumentIds)])) {
    const rows = await ctx.db.selectFrom('instrument_relations').selectAll()
      .where((eb) => eb.or([eb('from_id', 'in', ids), eb('to_id', 'in', ids)])).execute();
    for (const r of rows) {
      out.set(r.id, {
        id: r.id, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, fromId: r.from_id,
        toId: r.to_id, kind: r.kind as InstrumentRelation['kind'],
      });
    }
  }
  return [...out.values()].sort((a, b) => (a.createdAt + a.id < b.createdAt + b.id ? -1 : 1));
}

function evidenceOf(r: Row<'evidence'>): Evidence {
  return {
    id: r.id, recordKind: r.record_kind as RecordKind, recordId: r.record_id, field: r.field, sourceId: r.source_id,
    start: r.span_start, end: r.span_end, quote: r.quote, value: r.value, confidence: Number(r.confidence),
    draftId: r.draft_id, createdAt: r.created_at,
  };
}

/** Stores evidence rows as given. */
export async function addEvidence(ctx: StoreContext, evidence: Evidence[]): Promise<void> {
  for (const slice of chunks(evidence, 200)) {
    await ctx.db.insertInto('evidence').values(slice.map((e) => ({
      id: e.id, record_kind: e.recordKind, record_id: e.recordId, field: e.field, source_id: e.sourceId,
      span_start: e.start, span_end: e.end, quote: e.quote, value: e.value, confidence: e.confidence,
      draft_id: e.draftId, created_at: e.createdAt,
    }))).execute();
  }
}

/** Evidence for any of the records, by record then position in the source. */
export async function listEvidence(ctx: StoreContext, recordIds: string[]): Promise<Evidence[]> {
  const rows: Row<'evidence'>[] = [];
  for (const ids of chunks([...new Set(recordIds)])) {
    rows.push(...await ctx.db.selectFrom('evidence').selectAll().where('record_id', 'in', ids).execute());
  }
  const order = new Map(recordIds.map((id, i) => [id, i]));
  return rows.sort((a, b) => (order.get(a.record_id) ?? 0) - (order.get(b.record_id) ?? 0)
    || a.source_id.localeCompare(b.source_id) || a.span_start - b.span_start || a.id.localeCompare(b.id)).map(evidenceOf);
}

/** Evidence taken from one source, in text order. */
export async function listEvidenceBySource(ctx: StoreContext, sourceId: string): Promise<Evidence[]> {
  const rows = await ctx.db.selectFrom('evidence').selectAll().where('source_id', '=', sourceId)
    .orderBy('span_start').orderBy('span_end').orderBy(ctx.adapter.orderText('id')).execute();
  return rows.map(evidenceOf);
}

/** Appends one history entry. */
export async function addHistory(ctx: StoreContext, h: HistoryEntry): Promise<void> {
  await ctx.db.insertInto('history').values({
    id: h.id, record_kind: h.recordKind, record_id: h.recordId, version: h.version, action: h.action, actor: h.actor,
    at: h.at, changes_json: JSON.stringify(h.changes), draft_id: h.draftId, source_id: h.sourceId,
  }).execute();
}

/** A record's history, oldest version first. */
export async function listHistory(ctx: StoreContext, kind: RecordKind, id: string): Promise<HistoryEntry[]> {
  const rows = await ctx.db.selectFrom('history').selectAll().where('record_kind', '=', kind).where('record_id', '=', id)
    .orderBy('version').orderBy(ctx.adapter.orderText('at')).orderBy(ctx.adapter.orderText('id')).execute();
  return rows.map((r) => ({
    id: r.id, recordKind: r.record_kind as RecordKind, recordId: r.record_id, version: r.version,
    action: r.action as HistoryEntry['action'], actor: r.actor, at: r.at,
    changes: JSON.parse(r.changes_json) as HistoryEntry['changes'], draftId: r.draft_id, sourceId: r.source_id,
  }));
}
