import { useMemo } from 'react';
import type { Dossier } from '../../api/types.js';
import { LazyEChart } from '../../components/LazyEChart.js';
import { Ev } from './evidence.js';

/** Trade figures as one line per reporter and flow (mirror figures are never merged), and the statements. */
export function Trade({ trade, statements }: { trade: Dossier['trade']; statements: Dossier['statements'] }) {
  const option = useMemo(() => {
    const periods = [...new Set(trade.map((t) => t.period))].sort();
    const series = new Map<string, Map<string, number>>();
    for (const t of trade.filter((f) => f.commodityCode === null)) {
      const name = `${t.flow} reported by ${t.reporterCode} (${t.currency})`;
      if (!series.has(name)) series.set(name, new Map());
      series.get(name)!.set(t.period, t.value);
    }
    return {
      grid: { left: 80, right: 24, top: 40, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll' },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value' },
      series: [...series].map(([name, values]) => ({ name, type: 'line', data: periods.map((p) => values.get(p) ?? null), connectNulls: true })),
    };
  }, [trade]);
  return (
    <>
      {trade.length > 0
        ? <LazyEChart option={option} label={`Trade figures, ${trade.length} values`} />
        : <p className="muted">No trade figure on record; import a UN Comtrade file to chart trade.</p>}
      {statements.length > 0 && (
        <ul className="statements">
          {statements.map((s) => (
            <li key={s.id}>
              <span className="badge">{s.topic}</span> <Ev recordId={s.id} field="claim" label={s.claim}>{s.claim}</Ev>
              {s.trend && <span className={`trend trend-${s.trend}`} aria-label={`trend ${s.trend}`}> {s.trend === 'up' ? '↗' : s.trend === 'down' ? '↘' : s.trend === 'stable' ? '→' : '↕'}</span>}
              {s.date && <span className="muted"> · {s.date}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
