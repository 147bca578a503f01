import { ACCURACY_FIELDS, PRF_FIELDS, type ScoreTable } from './scoreTypes.js';
import type { EvalResult } from './evaluate.js';

/**
 * Formats a result as a plain-text table: one row per field (P, R, F1, tp/fp/fn), the accuracy
 * rows (accuracy in the F1 column, correct/matched in the counts column), then the same rows per
 * language, then the documents whose extraction failed.
 * @param result an evaluation result
 * @returns the table, lines joined with "\n"
 */
export function formatReport(result: EvalResult): string {
  const rows: string[][] = [['field', 'P', 'R', 'F1', 'tp/fp/fn']];
  pushRows(rows, '', result.overall);
  for (const [language, table] of Object.entries(result.byLanguage)) {
    if (table) pushRows(rows, `${language} (${table.documents} docs) `, table);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ');
  const out = [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)];
  out.unshift(`${result.overall.documents} documents`);
  const failed = result.documents.filter((d) => d.error !== null);
  if (failed.length > 0) out.push('', `extraction failed on ${failed.length} document(s):`, ...failed.map((d) => `  ${d.file}: ${d.error}`));
  return out.join('\n');
}

/**
 * The result as JSON: totals, per language, and per document its scores, details and error —
 * without the extractions themselves (write those with `writePredictions`).
 * @param result an evaluation result
 * @returns pretty-printed JSON
 */
export function formatReportJson(result: EvalResult): string {
  return JSON.stringify(
    {
      overall: result.overall,
      byLanguage: result.byLanguage,
      documents: result.documents.map(({ extraction: _extraction, ...rest }) => rest),
    },
    null,
    2,
  );
}

/**
 * The per-document breakdown as text: for each document, the fields that are not perfect, with
 * what was missed, what was predicted wrongly, and matched pairs whose attributes differ.
 * @param result an evaluation result
 * @returns the breakdown, lines joined with "\n"
 */
export function formatDocumentBreakdown(result: EvalResult): string {
  const out: string[] = [];
  for (const d of result.documents) {
    out.push(`${d.file} (${d.language})${d.error ? ` — extraction failed: ${d.error}` : ''}`);
    for (const field of PRF_FIELDS) {
      const s = d.scores.prf[field];
      const det = d.details[field];
      const wrongPairs = det.matched.filter((m) => m.includes('≠'));
      // Only what needs looking at: fields with a miss, a false prediction or a wrong attribute.
      if (s.fp + s.fn + wrongPairs.length === 0) continue;
      out.push(`  ${field}: P ${fmt(s.precision)} R ${fmt(s.recall)} (${s.tp}/${s.fp}/${s.fn})`);
      for (const m of det.missed) out.push(`    missed: ${m}`);
      for (const m of det.spurious) out.push(`    false:  ${m}`);
      for (const m of wrongPairs) out.push(`    pair:   ${m}`);
    }
  }
  return out.join('\n');
}

function pushRows(rows: string[][], prefix: string, table: ScoreTable): void {
  for (const f of PRF_FIELDS) {
    const s = table.prf[f];
    rows.push([`${prefix}${f}`, fmt(s.precision), fmt(s.recall), fmt(s.f1), `${s.tp}/${s.fp}/${s.fn}`]);
  }
  for (const f of ACCURACY_FIELDS) {
    const a = table.accuracy[f];
    rows.push([`${prefix}${f} (accuracy)`, '', '', a.accuracy === null ? '—' : fmt(a.accuracy), `${a.correct}/${a.total}`]);
  }
}

function fmt(x: number): string {
  return x.toFixed(3);
}
