/**
 * Conflicting observations in `npm run bench`: N observations of one
 * indicator, all with different values. Each is reported (every input ends in
 * a result or an issue) and none is used; the issues must grow linearly with
 * N, not as N² (each naming every other copy took 18.7 s and 1.1 GB of text
 * at N = 10,000).
 *
 * - computeAttainment over 100,000 such observations, against a plain loop
 *   over the same observations (group by indicator, find that the values
 *   differ, one fixed-text issue per observation); no goal: the figure is
 *   there to show the time and the size of the issue text, beside the same at
 *   10,000 (linear: the same size per observation).
 * - the command line (`xhht evaluate`, the built dist/cli.js) over a CSV file
 *   of 12,000 such rows: its time and the size of standard error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeAttainment, type AttainmentReport } from '../dist/index.js';
import { measure, median, type Figure } from './measure.js';

const INDICATOR = 'provinces-literacy-level-2';

/** N share observations of one indicator; no two neighbours equal, so every copy conflicts. */
function conflicting(n: number): { indicator: string; numerator: number; denominator: number }[] {
  return Array.from({ length: n }, (_, i) => ({ indicator: INDICATOR, numerator: i % 50, denominator: 100 }));
}

/** Characters of issue text, both languages. */
function textSize(report: AttainmentReport): number {
  let size = 0;
  for (const i of report.issues) size += i.message.length + i.messageVi.length;
  return size;
}

/** The floor: group by indicator, see that the values differ, one issue of fixed text per observation. */
function plainLoop(observations: readonly { indicator: string; numerator: number; denominator: number }[]) {
  const first = new Map<string, number>();
  const conflict = new Set<string>();
  observations.forEach((o, i) => {
    const j = first.get(o.indicator);
    if (j === undefined) first.set(o.indicator, i);
    else {
      const f = observations[j]!;
      if (f.numerator * o.denominator !== o.numerator * f.denominator) conflict.add(o.indicator);
    }
  });
  const issues: { index: number; message: string }[] = [];
  observations.forEach((o, i) => {
    if (conflict.has(o.indicator)) issues.push({ index: i, message: `"${o.indicator}": conflicting values; not used` });
  });
  return issues;
}

const MB = (chars: number) => `${(chars / 1e6).toFixed(1)} MB`;

function libraryFigure(runs: number): Figure {
  const small = computeAttainment({ plan: 'qd-1373', year: 2025, observations: conflicting(10_000) });
  const observations = conflicting(100_000);
  let last: AttainmentReport | null = null;
  const figure = measure(
    `computeAttainment, ${observations.length.toLocaleString('en')} conflicting observations of one indicator`,
    () => (last = computeAttainment({ plan: 'qd-1373', year: 2025, observations })),
    () => plainLoop(observations),
    null,
    { runs: Math.max(5, Math.round(runs / 3)), warmup: 2 },
  );
  const big = last as unknown as AttainmentReport;
  const perObs = (r: AttainmentReport, n: number) => (textSize(r) / n).toFixed(0);
  console.log(
    `  issues: ${big.issues.length.toLocaleString('en')}, issue text ${MB(textSize(big))} ` +
      `(${perObs(big, 100_000)} characters an observation); ` +
      `at 10,000: ${small.issues.length.toLocaleString('en')} issues, ${MB(textSize(small))} ` +
      `(${perObs(small, 10_000)} an observation)`,
  );
  return figure;
}

function cliFigure(): Figure {
  const dir = mkdtempSync(join(tmpdir(), 'xhht-bench-'));
  try {
    const n = 12_000;
    const file = join(dir, 'conflicting.csv');
    const rows = conflicting(n).map((o) => `${o.indicator},${o.numerator},${o.denominator}`);
    writeFileSync(file, ['indicator,numerator,denominator', ...rows, ''].join('\n'));
    const times: number[] = [];
    let stderr = 0;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const run = spawnSync(
        process.execPath,
        ['dist/cli.js', 'evaluate', file, '--year', '2025', '--out', join(dir, 'report.md')],
        { encoding: 'utf8', maxBuffer: 1 << 30 },
      );
      times.push(performance.now() - t0);
      stderr = Buffer.byteLength(run.stderr);
    }
    const figure: Figure = {
      what: `\`xhht evaluate\`, CSV of ${n.toLocaleString('en')} conflicting rows, end to end (new process)`,
      xhht: median(times),
      floor: null,
      goal: null,
    };
    console.log(
      `${figure.what}: xhht ${figure.xhht.toFixed(0)} ms | standard error ${MB(stderr)} ` +
        `(${(stderr / n).toFixed(0)} bytes a row)`,
    );
    return figure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the conflicting-observation figures and returns them for the summary table.
 *
 * @example
 * const figures = duplicatesBench(15);
 */
export function duplicatesBench(runs: number): Figure[] {
  console.log('\nConflicting observations');
  return [libraryFigure(runs), cliFigure()];
}
