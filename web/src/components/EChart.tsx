import type { EChartsCoreOption } from './echartsCore.js';
import { useEChart } from '../hooks/useEChart.js';

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, for people who cannot see it. */
  label: string;
  height?: number;
  onClick?: (data: unknown) => void;
}

/** An ECharts chart; loaded lazily (see LazyEChart) so ECharts is not in the first page. */
export default function EChart({ option, label, height = 260, onClick }: Props) {
  const ref = useEChart(option, onClick);
  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} />;
}
