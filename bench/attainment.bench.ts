/**
 * Attainment figures of `npm run bench`, each beside its floor (bench/floors.ts):
 *
 * - computeAttainmentByUnit over 1,000,000 share observations (100,000 units ×
 *   10 indicators of qd-1373, 2025 targets), against the naive implementation
 *   of the same task (group by unit, float rate, compare with each target);
 *   goal: within 2×. The decisions are compared afterwards.
 * - reading every result of every report once (built on first read): no goal.
 * - the exact comparison kernel against a naive `n / d * 100 >= t` loop over
 *   the same 1,000,000 (n, d, t) triples; goal: within 2×.
 * - shares exactly at the smallest numerator that meets a target: how many the
 *   naive float comparison calls "not met".
 */
import { performance } from 'node:perf_hooks';
import {
  compareShareToThreshold,
  computeAttainmentByUnit,
  getPlan,
  minimumNumerator,
  parseThreshold,
  type AttainmentByUnit,
} from '../dist/index.js';
import { prng, shareObservations } from './data.js';
import { naiveAttainmentByUnit, type NaiveResult } from './floors.js';
import { measure, median, type Figure } from './measure.js';

function byUnitFigures(runs: number): Figure[] {
  const observations = shareObservations();
  const targets = getPlan('qd-1373')
    .targets.filter((t) => t.year === 2025 && t.kind === 'percent')
    .map((t) => ({ indicator: t.indicator, value: Number(t.value) }));
  let last: AttainmentByUnit | null = null;
  let naive: { unit: string; results: NaiveResult[] }[] = [];
  const figure = measure(
    `computeAttainmentByUnit, ${observations.length.toLocaleString('en')} share observations (100,000 units × 10 indicators)`,
    () => (last = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations })),
    () => (naive = naiveAttainmentByUnit(observations, targets)),
    { ratio: 2 },
    { runs: Math.max(5, Math.round(runs / 2)), warmup: 2 },
  );
  const result = last as unknown as AttainmentByUnit;
  // Same decisions? Every unit, every target (reading the results builds them).
  let decisions = 0;
  const diff: string[] = [];
  result.reports.forEach((r, u) => {
    const n = naive[u]!;
    r.results.forEach((x, i) => {
      decisions++;
      if (n.unit !== r.unit || n.results[i]!.indicator !== x.indicator || n.results[i]!.status !== x.status)
        diff.push(`${r.unit} ${x.indicator}: xhht ${x.status}, naive ${n.results[i]!.status}`);
    });
  });
  console.log(
    `  same decisions: ${decisions.toLocaleString('en')} (unit, target) results, naive differs on ${diff.length}; issues: ${result.issues.length}`,
  );
  for (const d of diff.slice(0, 10)) console.log(`    differs: ${d}`);
  // Reading every result once: built on first read, so a fresh result each time.
  const reads: number[] = [];
  for (let r = 0; r < 3; r++) {
    const fresh = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations });
    const t0 = performance.now();
    let n = 0;
    for (const report of fresh.reports) n += report.results.length;
    reads.push(performance.now() - t0);
    decisions = n;
  }
  const detail: Figure = {
    what: `reading all ${decisions.toLocaleString('en')} results of every report once, after computeAttainmentByUnit`,
    xhht: median(reads),
    floor: null,
    goal: null,
  };
  console.log(
    `${detail.what}: xhht ${detail.xhht.toFixed(0)} ms | floor — | ratio — | goal — (results are built on first read)`,
  );
  return [figure, detail];
}

function kernelFigure(runs: number): Figure {
  const random = prng(2021);
  const N = 1_000_000;
  // Both loops read the same share objects, as an app holding observations would.
  const shares = new Array<{ numerator: number; denominator: number }>(N);
  const texts = ['70', '90', '99.5', '12', '97.85', '50'];
  const thresholds = texts.map((t) => parseThreshold(t));
  const floats = texts.map(Number);
  const tIndex = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const denominator = 1 + Math.floor(random() * 1_000_000);
    shares[i] = { numerator: Math.floor(random() * (denominator + 1)), denominator };
    tIndex[i] = Math.floor(random() * texts.length);
  }
  let metExact = 0;
  let metNaive = 0;
  const figure = measure(
    `exact comparison kernel, ${N.toLocaleString('en')} comparisons`,
    () => {
      let met = 0;
      for (let i = 0; i < N; i++) if (compareShareToThreshold(shares[i]!, thresholds[tIndex[i]!]!) >= 0) met++;
      metExact = met;
    },
    () => {
      let met = 0;
      for (let i = 0; i < N; i++)
        if ((shares[i]!.numerator / shares[i]!.denominator) * 100 >= floats[tIndex[i]!]!) met++;
      metNaive = met;
    },
    { ratio: 2 },
    { runs },
  );
  console.log(`  decisions where the naive float loop disagrees with the exact one: ${Math.abs(metExact - metNaive)}`);
  // Shares exactly at the smallest numerator that meets each target (the boundary a
  // review is decided on): how often does the naive float loop call them "not met"?
  let boundary = 0;
  let naiveWrong = 0;
  for (const text of ['57', '29', '58', '70', '90', '99.1', '97.85', '12.5']) {
    const t = parseThreshold(text);
    for (let d = 1; d <= 20_000; d++) {
      const m = minimumNumerator(d, t);
      boundary++;
      if (!((m / d) * 100 >= Number(text))) naiveWrong++;
    }
  }
  console.log(
    `  boundary cases (smallest numerator that meets the target, d = 1…20,000, 8 targets): naive float calls ${naiveWrong.toLocaleString('en')} of ${boundary.toLocaleString('en')} "not met"; the exact kernel calls all of them "met"`,
  );
  return figure;
}

/**
 * Runs the attainment figures and returns them for the summary table.
 *
 * @example
 * const figures = attainmentBench(15);
 */
export function attainmentBench(runs: number): Figure[] {
  console.log('\nAttainment');
  return [...byUnitFigures(runs), kernelFigure(runs)];
}
