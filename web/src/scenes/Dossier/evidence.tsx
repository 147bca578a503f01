import { createContext, useContext, type ReactNode } from 'react';
import type { Evidence } from '../../api/types.js';

/** What the evidence panel shows: a record's field (or all its fields) and a heading. */
export interface EvidenceRequest { recordId: string; field?: string; label: string }

/** Lets any value in the dossier open the evidence panel without passing callbacks down every level. */
export const EvidenceContext = createContext<{ evidence: Record<string, Evidence[]>; open: (r: EvidenceRequest) => void }>({
  evidence: {}, open: () => undefined,
});

/**
 * The evidence for one field of a record; all of the record's evidence when none names that field.
 * @param evidence evidence by record id
 * @param request which record and field
 */
export function evidenceFor(evidence: Record<string, Evidence[]>, request: EvidenceRequest): Evidence[] {
  const all = evidence[request.recordId] ?? [];
  if (!request.field) return all;
  const own = all.filter((e) => e.field === request.field);
  return own.length ? own : all;
}

/** A value that links to its evidence: a button when spans support it, plain text when none do. */
export function Ev({ recordId, field, children, label }: { recordId: string; field?: string; children: ReactNode; label?: string }) {
  const { evidence, open } = useContext(EvidenceContext);
  const has = (evidence[recordId]?.length ?? 0) > 0;
  if (!has) return <>{children}</>;
  const title = label ?? (typeof children === 'string' ? children : field ?? 'value');
  return (
    <button type="button" className="evidenced" title="Show where this was read"
      onClick={() => open({ recordId, field, label: title })}>
      {children}
    </button>
  );
}
