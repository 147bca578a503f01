import type { EvidenceSpan, RecordKind } from '../../contracts/index.js';
import { ID_PREFIX, newId } from '../ids.js';
import type { StoreTx } from '../ports.js';

/**
 * Stores the spans that support a record's fields (one event, many mentions: each report adds its
 * own evidence to the same record).
 * @param tx open transaction
 * @param target the record and where the spans come from
 * @param spans the item's evidence; `values` gives the value read for each field
 */
export async function addItemEvidence(
  tx: StoreTx,
  target: { kind: RecordKind; recordId: string; sourceId: string; draftId: string; confidence: number; at: string },
  spans: EvidenceSpan[],
  values: Record<string, unknown> = {},
): Promise<void> {
  if (spans.length === 0) return;
  await tx.addEvidence(spans.map((span) => {
    const value = values[span.field];
    return {
      id: newId(ID_PREFIX.evidence),
      recordKind: target.kind,
      recordId: target.recordId,
      field: span.field,
      sourceId: target.sourceId,
      start: span.start,
      end: span.end,
      quote: span.text,
      value: value === undefined || value === null ? null : Array.isArray(value) ? value.join(', ') : String(value),
      confidence: target.confidence,
      draftId: target.draftId,
      createdAt: target.at,
    };
  }));
}
