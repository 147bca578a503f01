import type { Dossier } from '../../../../src/contracts/index.js';

/** The documents the record was read from. */
export function Sources({ sources }: { sources: Dossier['sources'] }) {
  if (sources.length === 0) return <p className="empty">No source yet.</p>;
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.title ?? s.url}</a> : (s.title ?? 'Untitled source')}
          <span className="muted"> · {s.publisher ?? 'publisher unknown'} · {s.publishedOn ?? s.createdAt.slice(0, 10)} · {s.language}</span>
        </li>
      ))}
    </ul>
  );
}
