import type { HistoryEntry, RecordKind } from '../../contracts/index.js';
import { ID_PREFIX, newId } from '../ids.js';
import type { StoreTx } from '../ports.js';

/** Fields that change on every write and say nothing about the record's content. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

/**
 * Field-by-field difference of two versions of a record (null `before` for a new one).
 * @returns changed fields with their old and new values
 */
export function diffRecords(before: object | null, after: object): HistoryEntry['changes'] {
  const changes: HistoryEntry['changes'] = {};
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (BOOKKEEPING.has(key)) continue;
    if (JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) {
      changes[key] = { from: a[key] ?? null, to: b[key] ?? null };
    }
  }
  return changes;
}

export interface HistoryNote {
  kind: RecordKind;
  id: string;
  version: number;
  action: HistoryEntry['action'];
  changes: HistoryEntry['changes'];
  actor: string;
  at: string;
  draftId?: string | null;
  sourceId?: string | null;
}

/**
 * Appends one entry to a record's history, in the caller's transaction.
 * @param tx the open transaction
 * @param note what changed, who, when, from which draft or source
 */
export async function recordHistory(tx: StoreTx, note: HistoryNote): Promise<void> {
  await tx.addHistory({
    id: newId(ID_PREFIX.history),
    recordKind: note.kind,
    recordId: note.id,
    version: note.version,
    action: note.action,
    actor: note.actor,
    at: note.at,
    changes: note.changes,
    draftId: note.draftId ?? null,
    sourceId: note.sourceId ?? null,
  });
}
