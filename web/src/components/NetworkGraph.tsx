import { useNavigate } from 'react-router-dom';
import type { PairSummary } from '../api/types.js';
import { useCytoscape } from '../hooks/useCytoscape.js';

/** The graph itself; a list of the same pairs is shown beside it for keyboard and screen-reader use. */
export default function NetworkGraph({ pairs, nameOf }: { pairs: PairSummary[]; nameOf: (code: string) => string }) {
  const navigate = useNavigate();
  const ref = useCytoscape(pairs, nameOf, (a, b) => navigate(`/dossier/${a}/${b}`));
  return <div ref={ref} className="graph" role="img" aria-label={`Network of ${pairs.length} relationships`} />;
}
