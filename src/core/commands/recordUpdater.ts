import { RECORD_SCHEMAS, type RecordKind } from '../../contracts/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { CommandContext, StoredRecord, StoreTx } from '../ports.js';
import { addDerived } from '../records/derived.js';
import { diffRecords, recordHistory } from '../records/history.js';
import { parseInput } from '../records/validate.js';

/**
 * Edits a record: the patch is applied to the stored record, the result is validated with the
 * kind's input schema, and it is written only if nobody wrote since `expectedVersion` (a stale
 * write is refused, not lost). The change is kept in the record's history.
 * @param ctx command context
 * @param kind record kind
 * @param id record id
 * @param patch fields to change (untrusted)
 * @param expectedVersion the version the editor started from
 * @returns the stored record
 * @throws NotFoundError, ValidationError, ConflictError
 */
export async function updateRecord<K extends RecordKind>(
  ctx: CommandContext,
  kind: K,
  id: string,
  patch: unknown,
  expectedVersion: number,
): Promise<StoredRecord<K>> {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw new ValidationError(`${kind}: the change must be an object of fields`, null);
  }
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get(kind, id);
    if (!current) throw new NotFoundError(kind, id);
    if (current.version !== expectedVersion) {
      throw new ConflictError(`${kind} "${id}" was changed by someone else (now version ${current.version}, your edit started from ${expectedVersion}); reload it and apply your change again`);
    }
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = { ...current, ...patch } as Record<string, unknown>;
    const data = parseInput(RECORD_SCHEMAS[kind].input, fields, kind);
    return writeUpdate(tx, ctx, kind, current, data as object, {});
  });
}

/**
 * Writes a new version of a record with its history entry, inside the caller's transaction.
 * @returns the stored record (unchanged, with no new version, when nothing differs)
 */
export async function writeUpdate<K extends RecordKind>(
  tx: StoreTx,
  ctx: CommandContext,
  kind: K,
  current: StoredRecord<K>,
  data: object,
  provenance: { draftId?: string | null; sourceId?: string | null },
): Promise<StoredRecord<K>> {
  const at = ctx.now().toISOString();
  const next = addDerived(kind, {
    ...data, id: current.id, version: current.version + 1, createdAt: current.createdAt, updatedAt: at,
  }) as unknown as StoredRecord<K>;
  const changes = diffRecords(current, next);
  if (Object.keys(changes).length === 0) return current;
  await tx.update(kind, next);
  await recordHistory(tx, { kind, id: current.id, version: next.version, action: 'update', changes, actor: ctx.actor, at, ...provenance });
  return next;
}
