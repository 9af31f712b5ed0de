/**
 * `npm run bench` (not a test): every figure beside its floor and its goal,
 * then a summary table in Markdown for the README. Figures are medians of
 * interleaved runs within this one run; the machine's load is printed before
 * and after, since a shared machine's speed varies.
 *
 * Run: npm run bench [-- import|standards|attainment|duplicates] (BENCH_RUNS=n for more runs; BENCH_GC=1 for a full
 * collection before each timed call).
 */
import { attainmentBench } from './attainment.bench.js';
import { duplicatesBench } from './duplicates.bench.js';
import { importBench } from './import.bench.js';
import { forcedGc, load, table, type Figure } from './measure.js';
import { standardsBench } from './standards.bench.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const only = process.argv[2];
const gcNote = forcedGc ? 'a full GC before each timed call' : 'steady-state heap';
console.log(`xhht benchmark (node ${process.version}, ${runs} runs, medians; ${gcNote})`);
console.log(`before: ${load()}`);
const figures: Figure[] = [];
// first: fresh processes, before this one heats the machine
if (only === undefined || only === 'import') figures.push(...importBench(runs));
if (only === undefined || only === 'standards') figures.push(...standardsBench(runs));
if (only === undefined || only === 'attainment') figures.push(...attainmentBench(runs));
if (only === undefined || only === 'duplicates') figures.push(...duplicatesBench(runs));
console.log(`\nafter: ${load()}\n`);
console.log(table(figures));
