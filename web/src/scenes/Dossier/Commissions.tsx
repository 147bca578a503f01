import { Link } from 'react-router-dom';
import type { Dossier } from '../../api/types.js';
import { Ev } from './evidence.js';
import { human } from '../../components/format.js';


/** Commissions and other bodies, each with its sessions and decisions — or plainly, none yet. */
export function Commissions({ bodies }: { bodies: Dossier['bodies'] }) {
  if (bodies.length === 0) return <p className="empty">No commission or working group on record.</p>;
  return (
    <ul className="bodies">
      {bodies.map((b) => (
        <li key={b.id} className="card">
          <h3><Link to={`/bodies/${b.id}`}>{b.name}</Link> <Ev recordId={b.id} field="name" label={b.name}>¶</Ev></h3>
          <p className="muted">
            {human(b.kind)} · {b.countries.join(', ')}
            {b.establishedByTitle && <> · established by <Link to={`/instruments/${b.establishedById}`}>{b.establishedByTitle}</Link></>}
          </p>
          {b.coChairs.length > 0 && <p>Co-chairs: {b.coChairs.map((c) => `${c.countryCode}${c.title ? ` (${c.title})` : ''}`).join('; ')}</p>}
          {b.sessions.length === 0 ? <p className="badge badge-pending">No session yet</p> : (
            <ol className="sessions">
              {b.sessions.map((s) => (
                <li key={s.id}>Session {s.number ?? '?'} · {s.startDate ?? 'date unknown'}{s.place && ` · ${s.place}`}</li>
              ))}
            </ol>
          )}
          {b.decisions.length > 0 && (
            <table className="table compact">
              <caption>Decisions</caption>
              <thead><tr><th scope="col">Decision</th><th scope="col">Sector</th><th scope="col">Responsible</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {b.decisions.map((d) => (
                  <tr key={d.id} className={d.status === 'overdue' ? 'is-overdue' : undefined}>
                    <td>{d.text}</td><td>{d.sector ? human(d.sector) : '—'}</td><td>{d.responsibleCountryCode ?? '—'}</td>
                    <td>{d.dueDate ?? '—'}</td><td><span className={`status status-${d.status}`}>{human(d.status)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ul>
  );
}
