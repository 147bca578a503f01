/**
 * The bench framework's contract: each `bench/*.bench.ts` module exports (as default, or as
 * named exports) `{ name, run }`, and `run` returns figures, each with a ratio against a goal or
 * against a baseline measured in the same process.
 */

/** One measured figure. */
export interface BenchResult {
  /** Row label: "extraction: documents/s". */
  name: string;
  value: number;
  /** "docs/s", "MB/s", "ms", "KB". */
  unit: string;
  /** A target the figure is compared with (the ratio is value / goal). */
  goal?: number;
  /** A figure measured in the same run that this one is compared with (ratio = value / baseline). */
  baseline?: { name: string; value: number };
  ratio?: number;
  note?: string;
}

/** A benchmark module. */
export interface Benchmark {
  name: string;
  run(): Promise<BenchResult[]>;
}

/**
 * Whether a module's export is a benchmark.
 * @param x a module or its default export
 * @returns true when it has a string `name` and a function `run`
 */
export function isBenchmark(x: unknown): x is Benchmark {
  return typeof x === 'object' && x !== null && typeof (x as Benchmark).name === 'string' && typeof (x as Benchmark).run === 'function';
}
