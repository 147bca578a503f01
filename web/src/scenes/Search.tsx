import { Link, useSearchParams } from 'react-router-dom';
import { FACETS } from '../api/facets.js';
import type { SearchHit } from '../api/types.js';
import { EmptyState } from '../components/EmptyState.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { RECORD_PLURALS } from '../hooks/useRecord.js';
import { useSearch } from '../hooks/useSearch.js';

// Kinds with a page of their own; other hits link to the nearest page that shows them.
const PAGED = new Set(['instrument', 'engagement', 'person', 'body']);

function hrefOf(hit: SearchHit): string | null {
  if (PAGED.has(hit.kind)) return `/${RECORD_PLURALS[hit.kind]}/${hit.id}`;
  if (hit.countries.length >= 2) return `/dossier/${hit.countries[0]}/${hit.countries[1]}`;
  return null;
}

/** `/search?q=`: sources and records, narrowed by country, kind, sector and year. */
export default function Search() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(FACETS.map((f) => [f, params.get(f) ?? undefined]));
  const search = useSearch({ q, ...filters });

  function toggle(facet: string, value: string) {
    const next = new URLSearchParams(params);
    if (next.get(facet) === value) next.delete(facet); else next.set(facet, value);
    setParams(next);
  }

  if (!q.trim()) return <EmptyState title="Search the record"><p>Type a name, a place, a title or a word from a readout in the search field above.</p></EmptyState>;
  return (
    <div className="search">
      <header className="scene-head"><h1>Results for “{q}”</h1></header>
      {search.isError && <ErrorMessage error={search.error} />}
      {search.isPending ? <Loading what="results" /> : search.data && (
        <div className="search-cols">
          <aside aria-label="Filters" className="facets">
            {FACETS.map((facet) => {
              const values = search.facets[facet];
              if (!values.length) return null;
              return (
                <fieldset key={facet}>
                  <legend>{facet}</legend>
                  {values.map((v) => (
                    <label key={v.value}>
                      <input type="checkbox" checked={params.get(facet) === v.value} onChange={() => toggle(facet, v.value)} />
                      {' '}{v.value.replaceAll('_', ' ')} <span className="count">{v.count}</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </aside>
          <section aria-label="Results">
            <p className="muted" role="status">{search.data.length} results</p>
            {search.data.length === 0 ? <p className="empty">Nothing matches. Try fewer words or remove a filter.</p> : (
              <ol className="hits">
                {search.data.map((hit) => {
                  const href = hrefOf(hit);
                  return (
                    <li key={`${hit.kind}-${hit.id}`}>
                      <span className="badge">{hit.kind.replaceAll('_', ' ')}</span>{' '}
                      {href ? <Link to={href}>{hit.label}</Link> : <strong>{hit.label}</strong>}
                      {hit.year && <span className="muted"> · {hit.year}</span>}
                      {hit.countries.length > 0 && <span className="muted"> · {hit.countries.join(', ')}</span>}
                      {hit.snippet && hit.snippet !== hit.label && <p className="snippet">{hit.snippet}</p>}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
