/**
 * Issue 11, goals 1 and 2: what an app pays to load xhht.
 *
 * - Cold import: a fresh `node` that imports the package root by its name (as an app does,
 *   resolved through package.json "exports"), against the floor `node -e 0` — a fresh node that
 *   loads nothing. Spawned alternately, so both see the same machine; the goal is a difference,
 *   at most 50 ms over the floor.
 * - Bundle sizes: size-limit (the checks of .size-limit.cjs, also run by `npm test`): esbuild,
 *   browser, minified, gzip; no floor, a limit each.
 *
 * Needs the build (`npm run bench` builds first).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { line, median, type Figure, type Goal } from './measure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What a child prints last: its own CPU time (user + system, all threads), in ms. */
const PRINT_CPU = 'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));';

/**
 * Wall time of one fresh `node` running `code` (CommonJS or, with `esm`, a module), from the
 * package (so `xhht` resolves to it), and the CPU time it reports.
 */
function spawnTime(code: string, esm: boolean): { wall: number; cpu: number } {
  const args = esm ? ['--input-type=module', '-e', `${code} ${PRINT_CPU}`] : ['-e', `${code} ${PRINT_CPU}`];
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return { wall, cpu: Number(run.stdout) };
}

const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

interface Program {
  readonly what: string;
  readonly code: string;
  readonly esm: boolean;
  readonly goal: Goal;
}

/**
 * Each program against the floor (`node -e 0`, printing its CPU time as every program does),
 * spawned in turn (the floor first on even rounds, last on odd ones), after one warm-up of each
 * (the file cache). Two figures per program: wall time, the goal's measure, and CPU time, which a
 * busy machine disturbs less (its processes wait for a core, and the wall clock counts the wait).
 */
function coldStarts(programs: readonly Program[], runs: number): Figure[] {
  const floorRun = () => spawnTime('0;', false);
  floorRun();
  for (const p of programs) spawnTime(p.code, p.esm);
  const floor: { wall: number; cpu: number }[] = [];
  const times = programs.map((): { wall: number; cpu: number }[] => []);
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) floor.push(floorRun());
    programs.forEach((p, i) => times[i]!.push(spawnTime(p.code, p.esm)));
    if (r % 2 === 1) floor.push(floorRun());
  }
  const figures: Figure[] = [];
  for (const measure of ['wall', 'cpu'] as const) {
    const f = median(floor.map((x) => x[measure]));
    programs.forEach((p, i) => {
      const xs = times[i]!.map((x) => x[measure]);
      const figure: Figure = {
        what: measure === 'wall' ? p.what : `${p.what}, CPU time`,
        xhht: median(xs),
        floor: f,
        goal: measure === 'wall' ? p.goal : null,
        spread: { min: Math.min(...xs), p95: quantile(xs, 0.95) },
      };
      console.log(line(figure));
      figures.push(figure);
    });
  }
  return figures;
}

/** The goals of issue 11 for each size-limit check (.size-limit.cjs keeps the limits `npm test` enforces). */
const SIZE_GOALS: Readonly<Record<string, number>> = {
  'computeAttainment alone': 30,
  'parseViNumber alone': 5,
  'the whole root': 60,
};

/** The size-limit checks and their sizes (size-limit's JSON output; it exits 1 when one is over its limit). */
function bundleSizes(): Figure[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'size-limit', 'bin.js'), '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  let sizes: { name: string; size: number }[];
  try {
    sizes = JSON.parse(run.stdout) as { name: string; size: number }[];
  } catch {
    throw new Error(`size-limit gave no JSON: ${run.stderr || run.stdout}`);
  }
  return Object.entries(SIZE_GOALS).map(([name, kB]) => {
    const size = sizes.find((s) => s.name === name);
    if (!size) throw new Error(`size-limit did not measure "${name}"`);
    const figure: Figure = {
      what: `bundle: ${name} (browser, minified, gzip)`,
      xhht: size.size / 1000,
      floor: null,
      goal: { kB },
      unit: 'kB',
    };
    console.log(line(figure));
    return figure;
  });
}

/**
 * The import and bundle figures (issue 11, goals 1 and 2).
 *
 * @param runs - spawns of each program (at least 11)
 * @example
 * importBench(15); // wall and CPU time of three cold loads, then three bundle sizes
 */
export function importBench(runs: number): Figure[] {
  console.log('\n== loading xhht (fresh node processes; floor: node -e 0)');
  const figures = coldStarts(
    [
      { what: "cold import('xhht'), the package root", code: "import 'xhht';", esm: true, goal: { overMs: 50 } },
      { what: "cold require('xhht'), the package root (CommonJS)", code: "require('xhht');", esm: false, goal: null },
      { what: "cold import('xhht/schema') (loads zod)", code: "import 'xhht/schema';", esm: true, goal: null },
    ],
    Math.max(runs, 11),
  );
  console.log('\n== bundle sizes (size-limit, .size-limit.cjs; goals of issue 11)');
  return [...figures, ...bundleSizes()];
}
