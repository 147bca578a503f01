import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Loading } from '../components/Loading.js';
import { useCountryName, usePairs } from '../hooks/usePairs.js';

// Cytoscape is large: it loads only when the network is shown.
const NetworkGraph = lazy(() => import('../components/NetworkGraph.js'));

/** `/network`: countries as nodes, relationships as edges weighted by engagements and instruments. */
export default function Network() {
  const pairs = usePairs();
  const nameOf = useCountryName();
  if (pairs.isPending) return <Loading what="the network" />;
  if (pairs.isError) return <ErrorMessage error={pairs.error} />;
  if (pairs.data.length === 0) {
    return <EmptyState title="No relationship to draw yet"><p><Link to="/intake">Take in a readout</Link> and accept it: each pair of countries becomes an edge here.</p></EmptyState>;
  }
  return (
    <div className="network">
      <header className="scene-head">
        <h1>Network</h1>
        <p className="muted">Edge width: engagements plus instruments on record. Select an edge or two countries in turn to open their dossier.</p>
      </header>
      <Suspense fallback={<div className="graph" aria-busy="true" />}><NetworkGraph pairs={pairs.data} nameOf={nameOf} /></Suspense>
      <h2>Relationships</h2>
      <ul className="pair-list">
        {pairs.data.map((p) => (
          <li key={`${p.a}-${p.b}`}>
            <Link to={`/dossier/${p.a}/${p.b}`}>{nameOf(p.a)} – {nameOf(p.b)}</Link>
            <span className="muted"> · {p.engagements} engagements · {p.instruments} instruments</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
