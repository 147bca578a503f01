import type { BenchResult } from './types.js';

/** A result with the benchmark it came from. */
export interface NamedResult extends BenchResult {
  benchmark: string;
}

/**
 * Formats results as a plain table: benchmark, figure, value, unit, what it is compared with,
 * the ratio, and the note.
 * @param results the results of every benchmark run
 * @returns the table, lines joined with "\n"
 */
export function formatBenchTable(results: readonly NamedResult[]): string {
  const rows = [['benchmark', 'figure', 'value', 'unit', 'vs', 'ratio', 'note']];
  for (const r of results) {
    const vs = r.baseline ? `${r.baseline.name} (${fmt(r.baseline.value)})` : r.goal !== undefined ? `goal ${fmt(r.goal)}` : '';
    rows.push([r.benchmark, r.name, fmt(r.value), r.unit, vs, r.ratio === undefined ? '' : fmt(r.ratio), r.note ?? '']);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const numeric = new Set([2, 5]);
  const line = (row: string[]): string => row.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

/**
 * A number for a table: 3 significant digits for small values, thousands kept whole.
 * @param x the number
 * @returns its text ("n/a" for NaN)
 */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 1000) return Math.round(x).toString();
  if (x === 0) return '0';
  return Number(x.toPrecision(3)).toString();
}
