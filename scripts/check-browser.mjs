#!/usr/bin/env node
// CI check of the library in a real browser (run after `npm run build`): a page served from
// 127.0.0.1 imports the built ESM entry (dist/index.js and its chunks, as built, no bundler),
// computes the reports of the bundled national example (examples/national-2024.json against both
// target years of Decision 1373), renders them with renderReport(…, { format: 'html' }) into the
// page, and writes what it did into a marker element. Headless Chromium loads the page and dumps
// the DOM; the check fails on any error, uncaught exception, unhandled rejection or console.error
// in the page, on a marker that is missing, and on a report or rendering that differs from what
// the same build gives in Node.
//
//   node scripts/check-browser.mjs [--dist dist] [--keep]
//
// The browser is $CHROMIUM, /usr/bin/chromium or `chromium` on PATH (Debian's chromium package).
// --keep leaves the browser's profile and the dumped DOM in a temp dir and prints its path.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const keep = args.includes('--keep');
const distDir = resolve(root, opt('--dist') ?? 'dist');

let work = null;
let server = null;

function fail(message) {
  console.log(`check-browser: FAILED: ${message}`);
  server?.close();
  if (work && !keep) rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser']) {
    const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  }
  return null;
}

/** The same 32-bit FNV-1a hash the page computes: Node and the browser must render the same text. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------
// What the page must get: the same build, run in Node.

const entry = join(distDir, 'index.js');
if (!existsSync(entry)) fail(`${entry} not found: run npm run build first`);
let lib;
try {
  lib = await import(pathToFileURL(entry).href);
} catch (e) {
  fail(`cannot load ${entry} in Node: ${e.message}`);
}
const example = JSON.parse(readFileSync(join(root, 'examples/national-2024.json'), 'utf8'));

// The page's program: the reports of the example against both target years, one section each,
// as the demo and the command line compute them. Run here in Node and, as text, in the page.
const PROGRAM = `
function reportsOf(lib, example) {
  const reports = [];
  for (const year of [2025, 2030]) {
    const input = { plan: 'qd-1373', year, observations: example.observations, asOf: '2025-06-30' };
    try {
      reports.push(lib.computeAttainment(input));
    } catch (e) {
      if (e?.code !== 'mixed-units') throw e;
      reports.push(...lib.computeAttainmentByUnit(input).reports);
    }
  }
  return reports;
}
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}`;
const reportsOf = new Function('lib', 'example', `${PROGRAM}\nreturn reportsOf(lib, example);`);
const reports = reportsOf(lib, example);
const html = lib.renderReport(reports, { format: 'html', lang: 'vi' });
const want = {
  reports: reports.length,
  results: reports.reduce((n, r) => n + r.results.length, 0),
  charts: reports.reduce((n, r) => n + r.results.filter((x) => x.status !== 'no-data').length, 0),
  statuses: reports.map((r) => r.results.map((x) => x.status).join(',')).join(' | '),
  htmlLength: html.length,
  htmlHash: fnv1a(html),
};

// ---------------------------------------------------------------------------
// The page.

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>xhht in the browser</title>
<script>
  // Installed before the module runs: every error the page sees is kept and reported.
  window.__problems = [];
  addEventListener('error', (e) => __problems.push('error: ' + (e.message || (e.target && e.target.src ? 'cannot load ' + e.target.src : e.type))), true);
  addEventListener('unhandledrejection', (e) => __problems.push('unhandled rejection: ' + ((e.reason && e.reason.stack) || e.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...a) => { __problems.push('console.error: ' + a.map(String).join(' ')); consoleError(...a); };
</script>
</head>
<body>
<main id="report"></main>
<pre id="xhht-check"></pre>
<script type="module">
import * as lib from '/dist/index.js';
${PROGRAM}
const marker = document.getElementById('xhht-check');
const result = { problems: window.__problems };
try {
  const example = await (await fetch('/example.json')).json();
  const reports = reportsOf(lib, example);
  const html = lib.renderReport(reports, { format: 'html', lang: 'vi' });
  // the report is a whole document: its styles and body go into this page
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const style of doc.querySelectorAll('style')) document.head.append(document.adoptNode(style));
  document.getElementById('report').append(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
  const shown = document.getElementById('report');
  Object.assign(result, {
    reports: reports.length,
    results: reports.reduce((n, r) => n + r.results.length, 0),
    charts: reports.reduce((n, r) => n + r.results.filter((x) => x.status !== 'no-data').length, 0),
    statuses: reports.map((r) => r.results.map((x) => x.status).join(',')).join(' | '),
    htmlLength: html.length,
    htmlHash: hash(html),
    tables: shown.querySelectorAll('table').length,
    svgs: shown.querySelectorAll('svg').length,
  });
} catch (e) {
  window.__problems.push('exception: ' + ((e && e.stack) || e));
}
marker.textContent = JSON.stringify(result);
marker.dataset.done = 'yes';
</script>
</body>
</html>
`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (path === '/' || path === '/index.html') return send(200, 'text/html; charset=utf-8', PAGE);
  if (path === '/example.json') return send(200, TYPES['.json'], JSON.stringify(example));
  if (path.startsWith('/dist/') && path.endsWith('.js')) {
    const file = normalize(join(distDir, path.slice('/dist/'.length)));
    if (file.startsWith(distDir + sep) && existsSync(file)) return send(200, TYPES['.js'], readFileSync(file));
  }
  // favicon and anything else: not found (the page asks for nothing else)
  send(404, 'text/plain; charset=utf-8', 'not found');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

// ---------------------------------------------------------------------------
// The browser.

const bin = chromiumPath();
if (!bin) fail("Chromium not found (install Debian's chromium package or set $CHROMIUM)");
work = mkdtempSync(join(tmpdir(), 'xhht-check-browser-'));
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--user-data-dir=${join(work, 'profile')}`,
  // the page's work is over when its module has run; allow for a slow, busy machine
  '--virtual-time-budget=30000',
  '--enable-logging=stderr',
  '--v=0',
  '--dump-dom',
  url,
];
// asynchronous: the server above answers in this process while the browser runs
const run = await new Promise((ok) => {
  const child = spawn(bin, flags, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  child.on('error', (e) => ok({ status: null, error: e, stdout, stderr }));
  child.on('close', (status) => {
    clearTimeout(timer);
    ok({ status, stdout, stderr });
  });
});
server.close();
if (keep) {
  writeFileSync(join(work, 'dom.html'), run.stdout);
  writeFileSync(join(work, 'chromium.log'), run.stderr);
}
if (run.error) fail(`could not run ${bin}: ${run.error.message}`);
if (run.status !== 0) fail(`${bin} exited with ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);

// Uncaught errors the page could not record itself (Chromium logs them as console messages).
const uncaught = run.stderr.split('\n').filter((l) => /CONSOLE.*(Uncaught|Error)/.test(l));
if (uncaught.length > 0) fail(`the browser logged: ${uncaught.slice(0, 3).join(' | ')}`);

const marker = /<pre id="xhht-check"[^>]*>([\s\S]*?)<\/pre>/.exec(run.stdout);
if (!marker || !/data-done="yes"/.test(marker[0])) fail('the page never finished: its module did not run (see --keep)');
const text = marker[1]
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"')
  .replace(/&amp;/g, '&');
let got;
try {
  got = JSON.parse(text);
} catch {
  fail(`the marker is not JSON: ${text.slice(0, 200)}`);
}
if (got.problems.length > 0) fail(`the page reported: ${got.problems.slice(0, 3).join(' | ')}`);
for (const key of Object.keys(want)) {
  if (got[key] !== want[key])
    fail(`${key} in the browser is ${JSON.stringify(got[key])}, in Node ${JSON.stringify(want[key])}`);
}
if (got.tables !== want.reports) fail(`expected ${want.reports} <table> in the page, found ${got.tables}`);
if (got.svgs !== want.charts)
  fail(`expected ${want.charts} <svg> charts in the page (one per result with data), found ${got.svgs}`);
if (!keep) rmSync(work, { recursive: true, force: true });
console.log(
  `check-browser: ok: dist/index.js as built, in ${bin.split('/').pop()}: ${got.reports} report(s), ${got.results} results, ` +
    `${got.tables} table(s) and ${got.svgs} chart(s) rendered in the page, the same HTML as in Node (${got.htmlLength} characters, hash ${got.htmlHash}); ` +
    `no error, exception or console error${keep ? `; files in ${work}` : ''}`,
);
