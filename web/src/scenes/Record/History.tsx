import { Link } from 'react-router-dom';
import type { HistoryEntry } from '../../api/types.js';

const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** Who changed what, when, and from which draft or source; newest first. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="empty">No change recorded.</p>;
  const sorted = [...entries].sort((a, b) => b.version - a.version || b.at.localeCompare(a.at));
  return (
    <ol className="history">
      {sorted.map((h) => (
        <li key={h.id}>
          <p>
            <strong>{h.action}</strong> v{h.version} by {h.actor} · {h.at.slice(0, 16).replace('T', ' ')}
            {h.draftId && <> · from <Link to={`/drafts/${h.draftId}`}>draft</Link></>}
            {h.sourceId && !h.draftId && <> · from a source</>}
          </p>
          {Object.keys(h.changes).length > 0 && (
            <ul className="changes">
              {Object.entries(h.changes).map(([field, c]) => (
                <li key={field}>
                  <span className="field-name">{field}</span>: {h.action === 'create' ? <ins>{show(c.to)}</ins> : <><del>{show(c.from)}</del> → <ins>{show(c.to)}</ins></>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
