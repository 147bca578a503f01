import { useEffect, useRef } from 'react';
import type { Evidence } from '../../api/types.js';
import type { SourceSummary } from '../../api/types.js';
import { evidenceFor, type EvidenceRequest } from './evidence.js';

interface Props {
  request: EvidenceRequest;
  evidence: Record<string, Evidence[]>;
  sources: SourceSummary[];
  onClose: () => void;
}

/** A side panel quoting the spans a value was read from, with their sources. */
export function EvidencePanel({ request, evidence, sources, onClose }: Props) {
  const items = evidenceFor(evidence, request);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const handleKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [onClose]);
  const sourceOf = (id: string) => sources.find((s) => s?.id === id) ?? null;
  return (
    <aside className="evidence-panel" role="dialog" aria-label={`Evidence for ${request.label}`}>
      <header>
        <h2>Where this was read</h2>
        <button type="button" ref={closeRef} onClick={onClose} aria-label="Close evidence">×</button>
      </header>
      <p className="muted">{request.label}</p>
      {items.length === 0 && <p className="empty">No span supports this value: it was entered by hand.</p>}
      <ul>
        {items.map((e) => {
          const source = sourceOf(e.sourceId);
          return (
            <li key={e.id}>
              <blockquote>“{e.quote}”</blockquote>
              <p className="muted">
                {e.field.replaceAll('_', ' ')} · {source?.title ?? 'source'}{source?.publishedOn ? `, ${source.publishedOn}` : ''} · characters {e.start}–{e.end}
                {source?.url && <> · <a href={source.url} rel="noreferrer noopener" target="_blank">original</a></>}
              </p>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
