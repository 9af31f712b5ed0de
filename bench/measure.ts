/**
 * Timing for `npm run bench`: xhht and its floor measured in the same run,
 * interleaved (the order alternates, so neither always runs on a warmer or a
 * quieter machine), after a warm-up, on a heap in its steady state (each call
 * pays for the collections its own garbage causes, on average). BENCH_GC=1
 * with node --expose-gc forces a full collection before each timed call
 * instead; V8 then shrinks the young generation, which bills allocation-heavy
 * code for scavenges a running app does not see.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * What a figure is measured against: a ratio to its floor, milliseconds, milliseconds over its
 * floor (a cold import over a bare `node -e 0`), or a size in kB (1 kB = 1,000 bytes).
 */
export type Goal =
  | { readonly ratio: number }
  | { readonly ms: number }
  | { readonly overMs: number }
  | { readonly kB: number }
  | null;

/**
 * One line of the bench: xhht's median, its floor's median, the ratio and the goal.
 *
 * @example
 * const f: Figure = { what: 'x', xhht: 10, floor: 2, goal: { ratio: 5 } };
 */
export interface Figure {
  readonly what: string;
  readonly xhht: number;
  readonly floor: number | null;
  readonly goal: Goal;
  /** Minimum and 95th percentile of xhht's runs, for the record. */
  readonly spread?: { readonly min: number; readonly p95: number };
  /** What `xhht` and `floor` count: milliseconds (the default) or kB. */
  readonly unit?: 'ms' | 'kB';
}

const gc = process.env.BENCH_GC === '1' ? (globalThis as { gc?: () => void }).gc : undefined;

/** Median of a list (the middle value; the upper middle for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

/** Whether a full collection runs before each timed call (BENCH_GC=1 with node --expose-gc). */
export const forcedGc = gc !== undefined;

/** Milliseconds of one call (after a full collection when forced). */
export function timeOnce(fn: () => unknown): number {
  gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Medians of `xhht` and `floor` over `runs` interleaved runs, after `warmup`
 * runs of each. `floor` may be null (a figure with an absolute goal only).
 */
export function measure(
  what: string,
  xhht: () => unknown,
  floor: (() => unknown) | null,
  goal: Goal,
  { runs = 15, warmup = 3 }: { runs?: number; warmup?: number } = {},
): Figure {
  for (let i = 0; i < warmup; i++) {
    xhht();
    floor?.();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) {
      a.push(timeOnce(xhht));
      if (floor) b.push(timeOnce(floor));
    } else {
      if (floor) b.push(timeOnce(floor));
      a.push(timeOnce(xhht));
    }
  }
  const figure: Figure = {
    what,
    xhht: median(a),
    floor: floor ? median(b) : null,
    goal,
    spread: { min: Math.min(...a), p95: quantile(a, 0.95) },
  };
  console.log(line(figure));
  return figure;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** Whether a figure meets its goal (null when it has none). */
export function met(f: Figure): boolean | null {
  if (f.goal === null) return null;
  if ('ms' in f.goal) return f.xhht <= f.goal.ms;
  if ('kB' in f.goal) return f.xhht <= f.goal.kB;
  if ('overMs' in f.goal) return f.floor !== null && f.xhht - f.floor <= f.goal.overMs;
  return f.floor !== null && f.xhht / f.floor <= f.goal.ratio;
}

/** The goal as the table says it: `≤ 5×`, `≤ 25 ms`, `≤ floor + 50 ms`, `≤ 30 kB`. */
function goalShort(goal: NonNullable<Goal>): string {
  if ('ms' in goal) return `≤ ${goal.ms} ms`;
  if ('kB' in goal) return `≤ ${goal.kB} kB`;
  if ('overMs' in goal) return `≤ floor + ${goal.overMs} ms`;
  return `≤ ${goal.ratio}×`;
}

function goalText(f: Figure): string {
  if (f.goal === null) return 'goal —';
  return `goal ${goalShort(f.goal)} (${met(f) ? 'met' : 'NOT met'})`;
}

/** A value in the figure's unit: `12.3 ms`, `33.75 kB`. */
const amount = (f: Figure, x: number) => (f.unit === 'kB' ? `${x.toFixed(2)} kB` : `${ms(x)} ms`);

/** `what: xhht X ms | floor Y ms | ratio R× (+D ms) | goal …` */
export function line(f: Figure): string {
  const floor = f.floor === null ? 'floor —' : `floor ${amount(f, f.floor)}`;
  const over = f.floor !== null && f.goal !== null && 'overMs' in f.goal ? ` (+${ms(f.xhht - f.floor)} ms)` : '';
  const ratio = f.floor === null ? 'ratio —' : `ratio ${(f.xhht / f.floor).toFixed(2)}×${over}`;
  const spread = f.spread ? ` (min ${amount(f, f.spread.min)}, p95 ${amount(f, f.spread.p95)})` : '';
  return `${f.what}: xhht ${amount(f, f.xhht)}${spread} | ${floor} | ${ratio} | ${goalText(f)}`;
}

/** The summary table, in Markdown (for the README). */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    const ok = met(f);
    const over = f.floor !== null && f.goal !== null && 'overMs' in f.goal ? ` (+${ms(f.xhht - f.floor)} ms)` : '';
    return `| ${f.what} | ${amount(f, f.xhht)} | ${f.floor === null ? '—' : amount(f, f.floor)} | ${f.floor === null ? '—' : `${(f.xhht / f.floor).toFixed(2)}×${over}`} | ${
      f.goal === null ? '—' : goalShort(f.goal)
    } | ${ok === null ? '—' : ok ? 'yes' : '**no**'} |`;
  });
  return [
    '| figure | xhht (median) | floor (median) | ratio | goal | met |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The 1-minute load average, and a word on it for a 2-core machine. */
export function load(): string {
  const [one, five] = loadavg();
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)${one! > 2 ? ': busy machine, figures are noisy; rerun when quieter' : ''}`;
}
