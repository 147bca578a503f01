/** Timing of a synchronous workload in rounds: warm-up first (JIT, caches), then timed rounds. */

export interface MeasureOptions {
  /** Untimed rounds first, so the JIT has compiled the hot paths. */
  warmupRounds: number;
  /** At least this many timed rounds... */
  minRounds: number;
  /** ...and at least this much timed work, unless maxRounds is reached first. */
  minTimeMs: number;
  maxRounds: number;
}

export interface Measurement {
  /** Wall time of each timed round, ms. */
  roundsMs: number[];
  /** Median round: robust to a GC pause or a noisy neighbour in one round. */
  medianMs: number;
  meanMs: number;
}

export const DEFAULT_MEASURE: MeasureOptions = { warmupRounds: 3, minRounds: 5, minTimeMs: 2000, maxRounds: 10_000 };

/**
 * Times a workload. Everything runs on this thread, so the figures are for one core.
 * @param work one round of the workload; its return value is kept so the JIT cannot drop it
 * @param options rounds and time budget
 * @returns the round times with their median and mean
 */
export function measure(work: () => unknown, options: MeasureOptions = DEFAULT_MEASURE): Measurement {
  let sink: unknown = null;
  for (let i = 0; i < options.warmupRounds; i++) sink = work();
  const roundsMs: number[] = [];
  let total = 0;
  while (roundsMs.length < options.maxRounds && (roundsMs.length < options.minRounds || total < options.minTimeMs)) {
    const start = process.hrtime.bigint();
    sink = work();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    roundsMs.push(ms);
    total += ms;
  }
  keep(sink);
  return { roundsMs, medianMs: median(roundsMs), meanMs: total / roundsMs.length };
}

/**
 * The median of a list of numbers.
 * @param xs numbers (not changed)
 * @returns the median, NaN for an empty list
 */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Where results of timed work end up, visible from outside, so V8 cannot treat the work as dead. */
export const BLACKHOLE: { value: unknown } = { value: null };

function keep(x: unknown): void {
  BLACKHOLE.value = x;
}
