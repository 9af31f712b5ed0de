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

/** Wall time of one fresh `node` with these arguments, run from the package (so `xhht` resolves to it). */
function spawnTime(args: readonly string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr.toString()}`);
  return ms;
}

const quantile = (xs: readonly number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

/**
 * Each program against the floor, spawned in turn (floor first on even rounds, last on odd ones),
 * after one warm-up of each (the file cache).
 */
function coldStarts(
  programs: readonly { what: string; args: readonly string[]; goal: Goal }[],
  runs: number,
): Figure[] {
  const floorArgs = ['-e', '0'];
  spawnTime(floorArgs);
  for (const p of programs) spawnTime(p.args);
  const floor: number[] = [];
  const times = programs.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    if (r % 2 === 0) floor.push(spawnTime(floorArgs));
    programs.forEach((p, i) => times[i]!.push(spawnTime(p.args)));
    if (r % 2 === 1) floor.push(spawnTime(floorArgs));
  }
  const f = median(floor);
  return programs.map((p, i) => {
    const xs = times[i]!;
    const figure: Figure = {
      what: p.what,
      xhht: median(xs),
      floor: f,
      goal: p.goal,
      spread: { min: Math.min(...xs), p95: quantile(xs, 0.95) },
    };
    console.log(line(figure));
    return figure;
  });
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
 * importBench(15); // [cold import of the root, require of the root, import of xhht/schema, three bundle sizes]
 */
export function importBench(runs: number): Figure[] {
  console.log('\n== loading xhht (fresh node processes; floor: node -e 0)');
  const figures = coldStarts(
    [
      {
        what: "cold import('xhht'), the package root",
        args: ['--input-type=module', '-e', "import 'xhht';"],
        goal: { overMs: 50 },
      },
      { what: "cold require('xhht'), the package root (CommonJS)", args: ['-e', "require('xhht');"], goal: null },
      {
        what: "cold import('xhht/schema') (loads zod)",
        args: ['--input-type=module', '-e', "import 'xhht/schema';"],
        goal: null,
      },
    ],
    Math.max(runs, 11),
  );
  console.log('\n== bundle sizes (size-limit, .size-limit.cjs; goals of issue 11)');
  return [...figures, ...bundleSizes()];
}
