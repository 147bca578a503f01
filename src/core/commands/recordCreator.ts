import { RECORD_SCHEMAS, type RecordKind } from '../../contracts/index.js';
import { ID_PREFIX, newId } from '../ids.js';
import type { CommandContext, StoredRecord, StoreTx } from '../ports.js';
import { addDerived } from '../records/derived.js';
import { diffRecords, recordHistory } from '../records/history.js';
import { parseInput } from '../records/validate.js';

/**
 * Creates a record by hand: validates the input with the kind's schema, stores version 1 and its
 * first history entry, in one transaction.
 * @param ctx command context
 * @param kind record kind
 * @param input untrusted input
 * @returns the stored record
 * @throws ValidationError naming the first wrong field
 */
export async function createRecord<K extends RecordKind>(ctx: CommandContext, kind: K, input: unknown): Promise<StoredRecord<K>> {
  const data = parseInput(RECORD_SCHEMAS[kind].input, input, kind);
  return ctx.store.transaction((tx) => insertRecord(tx, ctx, kind, data as object, {}));
}

/**
 * Inserts an already-validated record with its history entry, inside the caller's transaction.
 * Shared by hand-made records and records accepted from drafts.
 */
export async function insertRecord<K extends RecordKind>(
  tx: StoreTx,
  ctx: CommandContext,
  kind: K,
  data: object,
  provenance: { draftId?: string | null; sourceId?: string | null },
): Promise<StoredRecord<K>> {
  const at = ctx.now().toISOString();
  const record = addDerived(kind, {
    ...data,
    id: newId(ID_PREFIX[kind]),
    version: 1,
    createdAt: at,
    updatedAt: at,
  }) as unknown as StoredRecord<K>;
  await tx.insert(kind, record);
  await recordHistory(tx, {
    kind, id: record.id, version: 1, action: 'create', changes: diffRecords(null, record),
    actor: ctx.actor, at, ...provenance,
  });
  return record;
}
