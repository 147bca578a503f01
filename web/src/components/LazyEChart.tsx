import { lazy, Suspense, type ComponentProps } from 'react';

const loadEChart = () => import('./EChart.js');
const EChart = lazy(loadEChart);

/**
 * Starts fetching the chart chunk now, so it downloads while the data does instead of after it.
 * Call it where a page that will draw charts is loaded.
 */
export function preloadEChart(): void {
  void loadEChart();
}

/** ECharts behind React.lazy: the chart library loads only where a chart is drawn. */
export function LazyEChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<div className="chart chart-loading" style={{ height: props.height ?? 260 }} aria-busy="true" />}>
      <EChart {...props} />
    </Suspense>
  );
}
