import { Link } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { useDrafts } from '../hooks/useDrafts.js';
import { useCountryName, usePairs } from '../hooks/usePairs.js';

/** `/`: the relationships on record and the recent intakes. */
export default function Home() {
  const pairs = usePairs();
  const drafts = useDrafts();
  const nameOf = useCountryName();
  if (pairs.isPending || drafts.isPending) return <Loading what="the relationships on record" />;
  if (pairs.isError) return <ErrorMessage error={pairs.error} />;
  if (drafts.isError) return <ErrorMessage error={drafts.error} />;

  if (pairs.data.length === 0 && drafts.data.length === 0) {
    return (
      <EmptyState title="Nothing on record yet">
        <p>Bilat keeps the record of a relationship between two states. Start by taking in an official readout: paste its text or upload the page or PDF, and review what Bilat reads from it.</p>
        <p><Link className="button primary" to="/intake">Take in a readout</Link></p>
      </EmptyState>
    );
  }
  return (
    <div className="home">
      <header className="scene-head">
        <h1>Relationships on record</h1>
        <Link className="button primary" to="/intake">Take in a readout</Link>
      </header>
      {pairs.data.length === 0 ? (
        <p className="empty">No relationship is on record yet: accept a draft below to create one.</p>
      ) : (
        <table className="table">
          <thead><tr><th scope="col">Pair</th><th scope="col">Engagements</th><th scope="col">Instruments</th><th scope="col">Latest activity</th></tr></thead>
          <tbody>
            {pairs.data.map((p) => (
              <tr key={`${p.a}-${p.b}`}>
                <td><Link to={`/dossier/${p.a}/${p.b}`}>{nameOf(p.a)} – {nameOf(p.b)}</Link></td>
                <td className="num">{p.engagements}</td>
                <td className="num">{p.instruments}</td>
                <td>{p.latest ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Recent intakes</h2>
      {drafts.data.length === 0 ? <p className="empty">No readout taken in yet.</p> : (
        <ul className="draft-list">
          {drafts.data.map(({ draft, source }) => (
            <li key={draft.id}>
              <Link to={`/drafts/${draft.id}`}>{source?.title ?? draft.extraction.title ?? 'Untitled source'}</Link>
              <span className={`badge badge-${draft.status}`}>{draft.status.replaceAll('_', ' ')}</span>
              <span className="muted"> {draft.extraction.countries.map(nameOf).join(', ')} · {draft.extraction.language} · taken in {draft.createdAt.slice(0, 10)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
