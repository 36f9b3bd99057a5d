/** Timing and memory helpers for the benchmark: medians of interleaved runs, heap after garbage collection. */

/** Milliseconds since an arbitrary origin, high resolution. */
export const now = (): number => performance.now();

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Time of one call, in milliseconds. A minor garbage collection (a scavenge)
 * runs first (with node --expose-gc), outside the timing: every call starts
 * with an empty young generation instead of paying, at random, for the young
 * garbage left by the calls before it. Old-generation collections caused by
 * earlier calls can still land inside a timed call. Not plain `gc()`, a full
 * collection: it also shrinks the young generation, which makes the next
 * allocating call several times slower than it would ever be. (On Node 20,
 * `gc({ type: 'major' })` runs a scavenge too, as `--trace-gc` shows: this
 * asks for it by name.)
 * With `collect` false, none: for a stream of small calls, timed as they come.
 */
export function time(f: () => unknown, collect = true): number {
  if (collect) (globalThis as { gc?: (options?: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
  const start = now();
  f();
  return now() - start;
}

/**
 * Times several functions side by side: one warm-up call each (unless
 * `warmUp` is false, for the biggest models), then `runs`
 * rounds in which each is called once, in an order that rotates from round to
 * round, so that a noisy moment on a shared machine hits all of them alike.
 * Returns the median time of each, in milliseconds.
 */
export function sideBySide(runs: number, fs: readonly (() => unknown)[], warmUp = true): number[] {
  if (warmUp) for (const f of fs) f();
  const times = fs.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < fs.length; k++) {
      const j = (k + round) % fs.length;
      (times[j] as number[]).push(time(fs[j] as () => unknown));
    }
  }
  return times.map(median);
}

/** Runs the garbage collector (node --expose-gc) until the heap stops shrinking; returns the heap in use, in bytes. */
export function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run the benchmark with node --expose-gc (npm run bench does).');
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 6; i++) {
    gc();
    const used = process.memoryUsage().heapUsed;
    if (used >= last - 1024) return used;
    last = used;
  }
  return last;
}

/** Formats milliseconds for a table: three significant figures. */
export function ms(value: number): string {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${(value * 1000).toFixed(value >= 0.1 ? 0 : 1)} µs`;
}

/** Formats a ratio: two significant figures, at least one decimal below 10. */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? `${value.toFixed(0)}×` : value >= 10 ? `${value.toFixed(1)}×` : `${value.toFixed(2)}×`;
}

/** Formats bytes as MB (10^6), or kB below 1 MB. */
export function bytes(value: number): string {
  return value >= 1e6 ? `${(value / 1e6).toFixed(1)} MB` : `${(value / 1e3).toFixed(1)} kB`;
}

/** A Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
