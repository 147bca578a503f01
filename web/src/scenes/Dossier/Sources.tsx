import type { Dossier } from '../../api/types.js';

/** The documents the record was read from. */
export function Sources({ sources }: { sources: Dossier['sources'] }) {
  // The API document marks SourceSummary nullable (it is nullable where drafts list it); skip nulls.
  const known = sources.filter((s) => s !== null);
  if (known.length === 0) return <p className="empty">No source yet.</p>;
  return (
    <ul className="sources">
      {known.map((s) => (
        <li key={s.id}>
          {s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.title ?? s.url}</a> : (s.title ?? 'Untitled source')}
          <span className="muted"> · {s.publisher ?? 'publisher unknown'} · {s.publishedOn ?? s.createdAt.slice(0, 10)} · {s.language}</span>
        </li>
      ))}
    </ul>
  );
}
