import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { useElapsed } from '../hooks/useElapsed.js';
import { useIntake } from '../hooks/useIntake.js';

/** `/intake`: paste a readout or upload one, then land on its review. */
export default function Intake() {
  const navigate = useNavigate();
  const intake = useIntake();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [referenceDate, setReferenceDate] = useState('');
  const [title, setTitle] = useState('');
  const elapsed = useElapsed(intake.isPending);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    intake.mutate({ text, file, referenceDate, title }, {
      onSuccess: (result) => navigate(`/drafts/${result.draft.id}`, { state: { isDuplicate: result.isDuplicate } }),
    });
  }

  return (
    <div className="intake">
      <header className="scene-head">
        <h1>Take in a readout</h1>
        <p className="muted">English, French or Russian. Bilat reads engagements, people, agreements, bodies, sectors and statements, and shows where it read each one.</p>
      </header>
      <form className="form" onSubmit={handleSubmit} aria-busy={intake.isPending}>
        <div className="field">
          <label htmlFor="intake-text">Text of the readout</label>
          <textarea id="intake-text" rows={14} value={text} onChange={(e) => setText(e.target.value)}
            disabled={Boolean(file)} placeholder="Paste the text of an official readout here" />
        </div>
        <div className="field">
          <label htmlFor="intake-file">…or a file (text, HTML, PDF)</label>
          <input id="intake-file" type="file" accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="intake-date">Reference date</label>
            <input id="intake-date" type="date" value={referenceDate} onChange={(e) => setReferenceDate(e.target.value)} aria-describedby="intake-date-hint" />
            <small id="intake-date-hint" className="muted">The day of the report, for dates given without a year.</small>
          </div>
          <div className="field">
            <label htmlFor="intake-title">Title (optional)</label>
            <input id="intake-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
        </div>
        {intake.isError && <ErrorMessage error={intake.error} />}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={intake.isPending}>{intake.isPending ? 'Reading…' : 'Read it'}</button>
          {intake.isPending && (
            <span role="status" className="progress">
              <progress aria-label="Reading the readout" /> Reading the text, finding dates, people, agreements… {elapsed}s
            </span>
          )}
        </div>
      </form>
    </div>
  );
}

