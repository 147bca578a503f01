/** Trade figures: one row each; reporter and partner are both the countries involved. */
import type { TradeFigure } from '../../contracts/index.js';
import { defineMapper, metaOf, metaRow, yearOf } from './mapper.js';

export const TRADE_FIGURE_MAPPER = defineMapper({
  kind: 'trade_figure',
  table: 'trade_figures',
  children: {},
  toRows: (t) => ({
    row: {
      ...metaRow(t), period: t.period, reporter_code: t.reporterCode, partner_code: t.partnerCode, flow: t.flow,
      value: t.value, currency: t.currency, commodity_code: t.commodityCode, classification: t.classification,
      valuation: t.valuation, release: t.release, source_id: t.sourceId, search_name: null,
    },
    children: {},
  }),
  fromRows: (row) => ({
    ...metaOf(row), period: row.period, reporterCode: row.reporter_code, partnerCode: row.partner_code,
    flow: row.flow as TradeFigure['flow'], value: Number(row.value), currency: row.currency,
    commodityCode: row.commodity_code, classification: row.classification,
    valuation: row.valuation as TradeFigure['valuation'], release: row.release, sourceId: row.source_id,
  }),
  countries: { via: 'columns', columns: ['reporter_code', 'partner_code'] },
  refs: {},
  dateColumn: 'period',
  facets: (t) => ({
    label: `${t.reporterCode}–${t.partnerCode} ${t.flow.replace(/_/g, ' ')} ${t.period}`,
    countries: [t.reporterCode, t.partnerCode], year: yearOf(t.period), sectors: ['trade'],
  }),
});
