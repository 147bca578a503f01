import { useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Engagement } from '../../api/types.js';
import { LazyEChart } from '../../components/LazyEChart.js';
import { fuzzyDateToTime } from './dates.js';
import { Ev } from './evidence.js';
import { human } from '../../components/format.js';

const LEVELS = ['1 · Heads', '2 · Ministers', '3 · Deputies', '4 · Officials', 'Level unknown'];
// Room either side of the first and last engagement, so their symbols and labels are not cut.
const PAD_MS = 45 * 24 * 3600 * 1000;
const SYMBOLS: Record<string, string> = {
  state_visit: 'diamond', official_visit: 'diamond', working_visit: 'diamond', talks: 'circle', phone_call: 'triangle',
  summit: 'rect', ministerial_meeting: 'roundRect', parliamentary_meeting: 'roundRect', commission_session: 'pin', other: 'circle',
};

/** Engagements over time, by level (y) and kind (symbol), with the same list as text below. */
export function Timeline({ engagements }: { engagements: Engagement[] }) {
  const navigate = useNavigate();
  const placed = useMemo(() => engagements.filter((e) => fuzzyDateToTime(e.date) !== null), [engagements]);
  const option = useMemo(() => {
    const times = placed.map((e) => fuzzyDateToTime(e.date)!);
    return {
    grid: { left: 110, right: 40, top: 16, bottom: 36 },
    tooltip: { trigger: 'item', formatter: (p: { data: { name: string } }) => p.data.name },
    xAxis: { type: 'time', min: Math.min(...times) - PAD_MS, max: Math.max(...times) + PAD_MS },
    yAxis: { type: 'category', data: LEVELS, inverse: true },
    series: [{
      type: 'scatter',
      symbolSize: 16,
      data: placed.map((e) => ({
        value: [fuzzyDateToTime(e.date), (e.level ?? 5) - 1],
        name: `${human(e.kind)} · ${e.date ?? ''}${e.place ? ` · ${e.place}` : ''}${e.status !== 'held' ? ` (${e.status})` : ''}`,
        id: e.id,
        symbol: SYMBOLS[e.kind] ?? 'circle',
        itemStyle: { opacity: e.status === 'held' ? 0.9 : 0.35 },
      })),
      label: { show: true, position: 'right', fontSize: 11, formatter: (p: { data: { name: string } }) => p.data.name.split(' · ')[0] },
    }],
  };
  }, [placed]);
  const handleClick = useCallback((data: unknown) => {
    const id = (data as { id?: string } | undefined)?.id;
    if (id) navigate(`/engagements/${id}`);
  }, [navigate]);

  if (engagements.length === 0) return <p className="empty">No engagement on record. Take in a readout of a visit, talks or a call to start the timeline.</p>;
  return (
    <>
      {placed.length > 0 && <LazyEChart option={option} onClick={handleClick} height={Math.max(180, 60 + 36 * 5)}
        label={`Timeline of ${placed.length} engagements by date and level`} />}
      <ol className="timeline-list">
        {engagements.map((e) => (
          <li key={e.id}>
            <span className="date"><Ev recordId={e.id} field="date">{e.date ?? 'date unknown'}</Ev></span>{' '}
            <Link to={`/engagements/${e.id}`}>{human(e.kind)}</Link>
            {e.title && <> — {e.title}</>}
            {e.place && <> · <Ev recordId={e.id} field="place">{e.place}</Ev></>}
            {e.level && <span className="badge">level {e.level}</span>}
            {e.status !== 'held' && <span className="badge">{e.status}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
