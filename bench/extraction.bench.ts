/**
 * Extraction throughput on the fixture corpus, on one core (everything runs on this thread),
 * side by side with a plain word tokenizer over the same texts: the ratio says how many tokenizer
 * passes one extraction costs, a figure that stays comparable across machines.
 */
import { fileURLToPath } from 'node:url';
import { extractorInput, loadCorpus, type ExtractorInput } from '../src/eval/index.js';
import { DEFAULT_MEASURE, measure } from './measure.js';
import { loadExtractor } from './loadExtractor.js';
import type { BenchResult } from './types.js';

const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
/** Throughput unit: 10^6 bytes of UTF-8 text. */
const MB = 1e6;
const WORD = /[\p{L}\p{N}]+/gu;

/** The baseline: a word-regex tokenizer, the least any text analysis does. */
function tokenize(inputs: readonly ExtractorInput[]): number {
  let words = 0;
  for (const { text } of inputs) words += text.match(WORD)?.length ?? 0;
  return words;
}

function throughput(ms: number, docs: number, bytes: number): { docsPerS: number; mbPerS: number } {
  return { docsPerS: docs / (ms / 1000), mbPerS: bytes / MB / (ms / 1000) };
}

const extractionBench = {
  name: 'extraction',
  async run(): Promise<BenchResult[]> {
    const docs = await loadCorpus(CORPUS_DIR);
    const inputs = docs.map(extractorInput);
    const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
    const rounds = `${DEFAULT_MEASURE.warmupRounds} warm-up rounds, median of the timed rounds`;

    const tok = measure(() => tokenize(inputs));
    const base = throughput(tok.medianMs, inputs.length, bytes);
    const results: BenchResult[] = [
      { name: 'tokenizer: documents/s', value: base.docsPerS, unit: 'docs/s', note: `${inputs.length} docs, ${(bytes / 1024).toFixed(0)} KB; ${tok.roundsMs.length} rounds` },
      { name: 'tokenizer: MB/s', value: base.mbPerS, unit: 'MB/s' },
    ];

    const extract = await loadExtractor(new URL('../src/ingest/extract.js', import.meta.url).href);
    if (typeof extract === 'string') {
      console.error(`extraction bench: not measured: ${extract}.`);
      results.push({ name: 'extraction: documents/s', value: Number.NaN, unit: 'docs/s', note: `not measured: ${extract}` });
      return results;
    }
    const ext = measure(() => inputs.map(({ text, options }) => extract(text, options)));
    const run = throughput(ext.medianMs, inputs.length, bytes);
    const slower = ext.medianMs / tok.medianMs;
    results.push(
      { name: 'extraction: documents/s', value: run.docsPerS, unit: 'docs/s', baseline: { name: 'tokenizer', value: base.docsPerS }, ratio: run.docsPerS / base.docsPerS, note: `${ext.roundsMs.length} rounds; ${rounds}` },
      { name: 'extraction: MB/s', value: run.mbPerS, unit: 'MB/s', baseline: { name: 'tokenizer', value: base.mbPerS }, ratio: run.mbPerS / base.mbPerS, note: `one extraction costs ${slower.toFixed(0)} tokenizer passes` },
      { name: 'extraction: ms per document', value: ext.medianMs / inputs.length, unit: 'ms' },
    );
    return results;
  },
};
export default extractionBench;
