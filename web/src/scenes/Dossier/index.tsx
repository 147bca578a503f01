import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { Dossier } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { preloadEChart } from '../../components/LazyEChart.js';
import { Loading } from '../../components/Loading.js';
import { useDossier } from '../../hooks/useDossier.js';
import { Commissions } from './Commissions.js';
import { EvidenceContext, type EvidenceRequest } from './evidence.js';
import { EvidencePanel } from './EvidencePanel.js';
import { LegalFramework } from './LegalFramework.js';
import { People } from './People.js';
import { Projects } from './Projects.js';
import { Sectors } from './Sectors.js';
import { Sources } from './Sources.js';
import { Timeline } from './Timeline.js';
import { Trade } from './Trade.js';

// The dossier always draws charts: fetch ECharts alongside the dossier's data, not after it.
preloadEChart();

/** `/dossier/:a/:b`: the state of one relationship at a glance. */
export default function DossierScene() {
  const { a = '', b = '' } = useParams();
  const dossier = useDossier(a.toUpperCase(), b.toUpperCase());
  if (dossier.isPending) return <Loading what="the dossier" />;
  if (dossier.isError) return <ErrorMessage error={dossier.error} />;
  return <DossierView dossier={dossier.data} />;
}

const FIGURES: { key: keyof Dossier['counts']; label: string }[] = [
  { key: 'engagements', label: 'engagements' }, { key: 'instruments', label: 'instruments' },
  { key: 'bodies', label: 'bodies' }, { key: 'sessions', label: 'sessions' }, { key: 'decisions', label: 'decisions' },
  { key: 'people', label: 'people' }, { key: 'projects', label: 'projects' }, { key: 'sources', label: 'sources' },
];

function DossierView({ dossier }: { dossier: Dossier }) {
  const [request, setRequest] = useState<EvidenceRequest | null>(null);
  const close = useCallback(() => setRequest(null), []);
  const context = useMemo(() => ({ evidence: dossier.evidence, open: setRequest }), [dossier.evidence]);
  const [x, y] = dossier.pair;
  return (
    <EvidenceContext.Provider value={context}>
      <div className={`dossier${request ? ' has-panel' : ''}`}>
        <header className="scene-head dossier-head">
          <h1>{x.name} <span aria-hidden="true">–</span><span className="visually-hidden"> and </span> {y.name}</h1>
          <dl className="figures">
            {FIGURES.map((f) => (
              <div key={f.key} className="figure"><dt>{f.label}</dt><dd>{dossier.counts[f.key]}</dd></div>
            ))}
          </dl>
          <nav aria-label="Dossier sections" className="section-nav">
            <a href="#timeline">Timeline</a><a href="#legal">Legal framework</a><a href="#bodies">Commissions</a>
            <a href="#sectors">Sectors</a><a href="#people">People</a><a href="#projects">Projects</a><a href="#trade">Trade</a><a href="#sources">Sources</a>
          </nav>
        </header>
        <section id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2><Timeline engagements={dossier.engagements} /></section>
        <section id="legal" aria-labelledby="h-legal"><h2 id="h-legal">Legal framework</h2><LegalFramework instruments={dossier.instruments} /></section>
        <section id="bodies" aria-labelledby="h-bodies"><h2 id="h-bodies">Commissions and bodies</h2><Commissions bodies={dossier.bodies} /></section>
        <div className="two-col">
          <section id="sectors" aria-labelledby="h-sectors"><h2 id="h-sectors">Sectors</h2><Sectors sectors={dossier.sectors} /></section>
          <section id="people" aria-labelledby="h-people"><h2 id="h-people">People</h2><People people={dossier.people} /></section>
        </div>
        <section id="projects" aria-labelledby="h-projects"><h2 id="h-projects">Projects</h2><Projects projects={dossier.projects} /></section>
        <section id="trade" aria-labelledby="h-trade"><h2 id="h-trade">Trade and statements</h2><Trade trade={dossier.trade} statements={dossier.statements} /></section>
        <section id="sources" aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2><Sources sources={dossier.sources} /></section>
        {request && <EvidencePanel request={request} evidence={dossier.evidence} sources={dossier.sources} onClose={close} />}
      </div>
    </EvidenceContext.Provider>
  );
}
