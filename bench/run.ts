/**
 * Runs the benchmarks: every `bench/*.bench.ts` module (or only those whose name contains one of
 * the command-line words: `npm run bench -- extraction`), prints a table and writes
 * bench/results.json.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatBenchTable, type NamedResult } from './table.js';
import { isBenchmark, type Benchmark } from './types.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

async function loadBenchmarks(filters: readonly string[]): Promise<Benchmark[]> {
  const files = (await readdir(BENCH_DIR)).filter((f) => f.endsWith('.bench.ts')).sort();
  const benches: Benchmark[] = [];
  for (const file of files) {
    if (filters.length > 0 && !filters.some((f) => file.includes(f))) continue;
    const mod = (await import(pathToFileURL(join(BENCH_DIR, file)).href)) as { default?: unknown };
    const bench = isBenchmark(mod.default) ? mod.default : mod;
    if (!isBenchmark(bench)) throw new Error(`bench/${file} exports no { name, run }: export a benchmark as default or as named exports.`);
    benches.push(bench);
  }
  return benches;
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const benches = await loadBenchmarks(filters);
  if (benches.length === 0) {
    console.error(`No benchmark matches ${filters.join(', ')}.`);
    process.exitCode = 1;
    return;
  }
  const results: NamedResult[] = [];
  const failures: string[] = [];
  for (const bench of benches) {
    console.error(`running ${bench.name}…`);
    try {
      for (const r of await bench.run()) results.push({ benchmark: bench.name, ...r });
    } catch (e) {
      // One broken benchmark must not hide the figures of the others; it still fails the run.
      failures.push(`${bench.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(formatBenchTable(results));
  const report = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', results, failures };
  await writeFile(join(BENCH_DIR, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten to bench/results.json`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} benchmark(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
