import { lazy, Suspense, type ComponentProps } from 'react';

const EChart = lazy(() => import('./EChart.js'));

/** ECharts behind React.lazy: the chart library loads only where a chart is drawn. */
export function LazyEChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<div className="chart chart-loading" style={{ height: props.height ?? 260 }} aria-busy="true" />}>
      <EChart {...props} />
    </Suspense>
  );
}
