import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption, type EChartsType } from '../components/echartsCore.js';

/**
 * Mounts an ECharts instance on a div, keeps it sized to its box and disposes it on unmount.
 * @param option the chart's option; replaced wholesale when it changes
 * @param onClick called with the clicked item's data
 * @returns a ref for the chart's container
 */
export function useEChart(option: EChartsCoreOption, onClick?: (data: unknown) => void) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => { observer.disconnect(); instance.dispose(); chart.current = null; };
  }, []);

  // Charts appear at once: entry animations keep the main thread busy for a second after the data is
  // there, and a desk officer reads the figures, not the motion.
  useEffect(() => { chart.current?.setOption({ animation: false, ...option }, true); }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handleClick = (params: { data?: unknown }) => onClick(params.data);
    instance.on('click', handleClick);
    return () => { instance.off('click', handleClick); };
  }, [onClick]);

  return ref;
}
