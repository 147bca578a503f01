import type { Dossier } from '../../api/types.js';
import { human } from '../../components/format.js';

const money = (value: number, currency: string | null) =>
  new Intl.NumberFormat('en', { style: currency ? 'currency' : 'decimal', currency: currency ?? undefined, notation: 'compact' }).format(value);

/** Projects with their status and value; umbrella projects are marked so totals are not read twice. */
export function Projects({ projects }: { projects: Dossier['projects'] }) {
  if (projects.length === 0) return <p className="empty">No project on record.</p>;
  return (
    <table className="table compact">
      <thead><tr><th scope="col">Project</th><th scope="col">Sector</th><th scope="col">Status</th><th scope="col">Value</th><th scope="col">Dates</th></tr></thead>
      <tbody>
        {projects.map((p) => (
          <tr key={p.id}>
            <td>{p.title}{p.isUmbrella && <span className="badge" title="Contains other projects; not added to totals">umbrella</span>}</td>
            <td>{p.sector ? human(p.sector) : '—'}</td>
            <td><span className={`status status-${p.status}`}>{human(p.status)}</span></td>
            <td className="num">{p.value === null ? '—' : money(p.value, p.currency)}</td>
            <td>{p.startDate ?? '?'}–{p.endDate ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
