import { describe, expect, it } from 'vitest';
import { loadExtractor } from './loadExtractor.js';
import { measure, median } from './measure.js';
import { fmt, formatBenchTable } from './table.js';
import { isBenchmark } from './types.js';

// Structure only: no assertion here depends on how fast anything runs.
describe('bench harness', () => {
  it('runs warm-up rounds untimed, then at least minRounds timed rounds', () => {
    let calls = 0;
    const m = measure(() => ++calls, { warmupRounds: 2, minRounds: 4, minTimeMs: 0, maxRounds: 100 });
    expect(m.roundsMs).toHaveLength(4);
    expect(calls).toBe(6);
    expect(m.medianMs).toBe(median(m.roundsMs));
  });

  it('stops at maxRounds', () => {
    const m = measure(() => 0, { warmupRounds: 0, minRounds: 1, minTimeMs: 60_000, maxRounds: 7 });
    expect(m.roundsMs).toHaveLength(7);
  });

  it('computes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('prints results as a table with baseline and ratio', () => {
    const table = formatBenchTable([
      { benchmark: 'extraction', name: 'tokenizer: documents/s', value: 21000.4, unit: 'docs/s' },
      { benchmark: 'extraction', name: 'extraction: documents/s', value: 630.2, unit: 'docs/s', baseline: { name: 'tokenizer', value: 21000.4 }, ratio: 0.030009, note: 'x' },
      { benchmark: 'web', name: 'first-page JS', value: 120, unit: 'KB', goal: 350, ratio: 0.34 },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^benchmark +\| figure +\| value \| unit +\| vs +\| +ratio \| note$/);
    expect(lines[3]).toContain('tokenizer (21000)');
    expect(lines[3]).toContain('0.03');
    expect(lines[4]).toContain('goal 350');
    expect(fmt(Number.NaN)).toBe('n/a');
    expect(fmt(0.0123456)).toBe('0.0123');
  });

  it('recognises benchmark modules', () => {
    expect(isBenchmark({ name: 'x', run: async () => [] })).toBe(true);
    expect(isBenchmark({ name: 'x' })).toBe(false);
  });

  it('says clearly when the extractor module is missing', async () => {
    const missing = await loadExtractor(new URL('../src/ingest/no-such-extractor.js', import.meta.url).href);
    expect(missing).toBe('src/ingest/no-such-extractor.ts does not exist yet');
    const wrong = await loadExtractor(new URL('./measure.js', import.meta.url).href);
    expect(wrong).toMatch(/exports no extract\(\) function/);
  });
});
