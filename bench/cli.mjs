// The command line on big files (`npm run bench:cli`, not a test): `xhht evaluate` on a
// 1,000,000-row CSV file and `xhht assess-communes` on 100,000 communes, each timed by
// `/usr/bin/time -v` (wall time, CPU time, peak memory), beside a floor measured in the same
// run on the same file: `wc -l`, and a plain Node loop that reads the file and counts its lines.
//   node bench/cli.mjs [--runs N]   (after `npm run build`; the data is written once into .bench-data/)
// On a Debian machine without /usr/bin/time: apt-get install time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchData } from './cli-data.mjs';

const DATA = '.bench-data';
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;

if (!existsSync('/usr/bin/time')) {
  console.error('bench:cli needs /usr/bin/time (GNU time) for the peak memory: apt-get install time');
  process.exit(1);
}
if (!existsSync('dist/cli.js')) {
  console.error('bench:cli runs the built command line: npm run build first');
  process.exit(1);
}
const observations = join(DATA, 'observations-1m.csv');
const communes = join(DATA, 'communes-100k.csv');
if (!existsSync(observations) || !existsSync(communes)) {
  console.log(`writing the bench data into ${DATA}/ …`);
  await writeBenchData(DATA);
}

const out = mkdtempSync(join(tmpdir(), 'xhht-bench-'));

/** Runs a command under /usr/bin/time -v: wall and CPU seconds, peak resident memory in MB, exit code. */
function timed(command, args) {
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const field = (name) => r.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim();
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .map(Number)
    .reduce((s, x) => s * 60 + x, 0);
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  const rss = Number(field('Maximum resident set size \\(kbytes\\)')) / 1024;
  const exit = Number(field('Exit status'));
  return { wall: clock, cpu, rss, exit, stderr: r.stderr };
}

/** The median run of `runs` (by wall time). */
function median(command, args) {
  const all = Array.from({ length: runs }, () => timed(command, args));
  all.sort((a, b) => a.wall - b.wall);
  return all[Math.floor(all.length / 2)];
}

// the floor: read the file and count its lines, nothing else
const COUNT_LINES = `
const fs = require('node:fs');
const fd = fs.openSync(process.argv[1], 'r');
const buf = Buffer.allocUnsafe(1 << 16);
let lines = 0, n;
while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
console.log(lines);
`;

const cases = [
  {
    what: '`xhht evaluate`, 1,000,000 rows (100,000 units × 10 indicators) → `--format csv --out`',
    file: observations,
    args: [
      'dist/cli.js',
      'evaluate',
      observations,
      '--year',
      '2025',
      '--format',
      'csv',
      '--out',
      join(out, 'evaluate.csv'),
    ],
    output: join(out, 'evaluate.csv'),
    goal: { wall: 10, rss: 400 },
  },
  {
    what: '`xhht assess-communes`, 100,000 communes (34 provinces, nd142-2025, all standards) → `--format csv --out`',
    file: communes,
    args: ['dist/cli.js', 'assess-communes', communes, '--format', 'csv', '--out', join(out, 'communes.csv')],
    output: join(out, 'communes.csv'),
    goal: null,
  },
];

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
console.log(
  `xhht command line on big files — Node ${process.version}, ${cpus().length} cores ` +
    `(${cpus()[0]?.model ?? '?'}), median of ${runs} run(s)`,
);
console.log('(time -v: wall = elapsed, cpu = user + system, peak = maximum resident set size)\n');
try {
  for (const c of cases) {
    const wc = median('wc', ['-l', c.file]);
    const count = median(process.execPath, ['-e', COUNT_LINES, c.file]);
    const run = median(process.execPath, c.args);
    if (run.exit !== 0) {
      console.error(run.stderr);
      throw new Error(`${c.what}: exit ${run.exit}`);
    }
    console.log(c.what);
    console.log(`  input ${mb(statSync(c.file).size)}, output ${mb(statSync(c.output).size)}`);
    console.log(
      `  xhht:               wall ${run.wall.toFixed(1)} s, cpu ${run.cpu.toFixed(1)} s, peak ${run.rss.toFixed(0)} MB`,
    );
    console.log(
      `  floor, wc -l:       wall ${wc.wall.toFixed(2)} s, peak ${wc.rss.toFixed(0)} MB → xhht ` +
        `${(run.wall / Math.max(wc.wall, 0.01)).toFixed(0)}× its wall time`,
    );
    console.log(
      `  floor, node count:  wall ${count.wall.toFixed(2)} s, cpu ${count.cpu.toFixed(2)} s, peak ` +
        `${count.rss.toFixed(0)} MB → xhht ${(run.wall / Math.max(count.wall, 0.01)).toFixed(1)}× its wall ` +
        `time, ${(run.cpu / Math.max(count.cpu, 0.01)).toFixed(1)}× its cpu`,
    );
    if (c.goal) {
      const ok = (x, goal) => (x <= goal ? 'met' : 'not met');
      console.log(
        `  goal: wall ≤ ${c.goal.wall} s (${ok(run.wall, c.goal.wall)}), ` +
          `peak ≤ ${c.goal.rss} MB (${ok(run.rss, c.goal.rss)})`,
      );
    }
    console.log();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
