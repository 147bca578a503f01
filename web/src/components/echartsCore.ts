import * as core from 'echarts/core';
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as renderers from 'echarts/renderers';
import type * as CoreTypes from 'echarts/types/dist/core';
import type * as ChartTypes from 'echarts/types/dist/charts';
import type * as ComponentTypes from 'echarts/types/dist/components';
import type * as RendererTypes from 'echarts/types/dist/renderers';

// echarts' entry .d.ts files re-export with extensionless paths, which NodeNext resolution cannot follow;
// the runtime comes from the tree-shakable entry points and the types from the files those re-export.
const echarts = core as unknown as typeof CoreTypes;
const { BarChart, LineChart, ScatterChart } = charts as unknown as typeof ChartTypes;
const { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } = components as unknown as typeof ComponentTypes;
const { CanvasRenderer } = renderers as unknown as typeof RendererTypes;

// Only the parts the dossier draws are registered, so the chart chunk stays small.
echarts.use([BarChart, LineChart, ScatterChart, DatasetComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption, EChartsType } from 'echarts/types/dist/core';
