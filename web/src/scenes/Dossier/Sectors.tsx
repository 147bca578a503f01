import { useMemo } from 'react';
import type { Dossier } from '../../api/types.js';
import { LazyEChart } from '../../components/LazyEChart.js';
import { human } from '../../components/format.js';


/** Sectors of cooperation as a bar chart of how often the record names each, with the list as text. */
export function Sectors({ sectors }: { sectors: Dossier['sectors'] }) {
  const sorted = useMemo(() => [...sectors].sort((a, b) => a.count - b.count), [sectors]);
  const option = useMemo(() => ({
    grid: { left: 150, right: 24, top: 8, bottom: 24 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((s) => human(s.sector)) },
    series: [{ type: 'bar', data: sorted.map((s) => s.count), itemStyle: { color: '#3b6e8f' } }],
  }), [sorted]);
  if (sectors.length === 0) return <p className="empty">No sector on record.</p>;
  return (
    <>
      <LazyEChart option={option} height={Math.max(120, 28 * sectors.length + 40)} label={`Sectors: ${sectors.map((s) => `${human(s.sector)} ${s.count}`).join(', ')}`} />
      <p className="chips">{[...sorted].reverse().map((s) => <span key={s.sector} className="chip">{human(s.sector)} <span className="count">{s.count}</span></span>)}</p>
    </>
  );
}
