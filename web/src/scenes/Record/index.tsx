import { useParams } from 'react-router-dom';
import { RECORD_SCHEMAS } from '../../../../src/contracts/index.js';
import type { RecordKind } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { human } from '../../components/format.js';
import { Loading } from '../../components/Loading.js';
import { useRecord } from '../../hooks/useRecord.js';
import { DerivedFields } from './DerivedFields.js';
import { History } from './History.js';
import { RecordEvidence } from './RecordEvidence.js';
import { RecordForm } from './RecordForm.js';

const TITLES: Partial<Record<RecordKind, string>> = { instrument: 'Instrument', engagement: 'Engagement', person: 'Person', body: 'Body' };

/** `/instruments/:id`, `/engagements/:id`, `/people/:id`, `/bodies/:id`: fields, history and an edit form. */
export default function RecordPage({ kind }: { kind: RecordKind }) {
  const { id = '' } = useParams();
  const { record, history, evidence } = useRecord(kind, id);
  if (record.isPending) return <Loading what={`the ${kind}`} />;
  if (record.isError) return <ErrorMessage error={record.error} />;
  const r = record.data;
  // Engagements have no name: they are known by kind, date and place.
  const heading = typeof r.title === 'string' ? r.title : typeof r.name === 'string' ? r.name
    : [human(String(r.kind ?? kind)), r.date, r.place].filter(Boolean).join(', ');
  return (
    <div className="record-page">
      <header className="scene-head">
        <p className="muted">{TITLES[kind] ?? kind}</p>
        <h1>{heading}</h1>
        <p className="muted">version {r.version} · updated {String(r.updatedAt ?? '').slice(0, 16).replace('T', ' ')}</p>
        <DerivedFields record={r} inputFields={Object.keys(RECORD_SCHEMAS[kind].input.shape)} />
      </header>
      <div className="record-cols">
        <section aria-labelledby="h-edit"><h2 id="h-edit">Fields</h2><RecordForm kind={kind} record={r} /></section>
        <div>
          <section aria-labelledby="h-history">
            <h2 id="h-history">History</h2>
            {history.isPending ? <Loading what="the history" /> : history.isError ? <ErrorMessage error={history.error} /> : <History entries={history.data} />}
          </section>
          <section aria-labelledby="h-evidence">
            <h2 id="h-evidence">Evidence</h2>
            {evidence.isPending ? <Loading what="the evidence" /> : evidence.isError ? <ErrorMessage error={evidence.error} /> : <RecordEvidence evidence={evidence.data} />}
          </section>
        </div>
      </div>
    </div>
  );
}
