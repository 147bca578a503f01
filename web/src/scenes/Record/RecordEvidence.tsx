import type { Evidence } from '../../api/types.js';

/** The spans this record was read from, quoted. */
export function RecordEvidence({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return <p className="empty">No evidence: this record was entered by hand.</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((e) => (
        <li key={e.id}>
          <span className="field-name">{e.field}</span> <blockquote>“{e.quote}”</blockquote>
          <span className="muted">characters {e.start}–{e.end} · confidence {e.confidence.toFixed(2)}</span>
        </li>
      ))}
    </ul>
  );
}
