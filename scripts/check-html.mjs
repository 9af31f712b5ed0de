#!/usr/bin/env node
// CI check of the HTML report in a real browser (run after `npm run build`):
// renders examples/national-2024.json with the built package (dist/), opens the
// file in headless Chromium, and checks that
//   - the rendered DOM has the table(s) and one <svg> chart per result with data;
//   - the screenshot exists, is not trivially small, is not one flat colour,
//     and shows the bar colours (green for met, red for not met) it should;
//   - the file `xhht evaluate … --format html --out` writes renders its charts too.
// Prints one line and exits non-zero on failure.
//
//   node scripts/check-html.mjs [--dist dist] [--out docs/report-example.png] [--keep]
//
// --out copies the screenshot (for the docs); --keep leaves the temp files and prints their path.
// The browser is $CHROMIUM, /usr/bin/chromium or `chromium` on PATH (Debian's chromium package).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const WIDTH = 1200;
const HEIGHT = 1800; // the 2025 section with its numbered sources, and the first (not met) row of 2030
// the bar fills of src/report/svg.ts
const GREEN = [0x2e, 0x7d, 0x32];
const RED = [0xc6, 0x28, 0x28];

/** The temp dir, removed on every exit unless --keep. */
let work = null;

function fail(message) {
  console.log(`check-html: FAILED: ${message}`);
  if (work && !args.includes('--keep')) rmSync(work, { recursive: true, force: true });
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

/** Runs headless Chromium with a fresh profile; returns stdout. */
function chromium(bin, work, extra, url) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--hide-scrollbars',
    ...extra,
    url,
  ];
  const run = spawnSync(bin, flags, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) fail(`could not run ${bin}: ${run.error.message}`);
  if (run.status !== 0)
    fail(`${bin} exited with ${run.status}: ${(run.stderr || '').trim().split('\n').slice(-3).join(' | ')}`);
  return run.stdout;
}

/** Decodes an 8-bit RGB or RGBA PNG into { width, height, channels, pixels } (no interlace). */
function decodePng(buf) {
  const SIGNATURE = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG file');
  let pos = 8;
  let ihdr = null;
  const idat = [];
  while (pos < buf.length) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR')
      ihdr = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        depth: data[8],
        colour: data[9],
        interlace: data[12],
      };
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (!ihdr) throw new Error('no IHDR chunk');
  const channels = ihdr.colour === 6 ? 4 : ihdr.colour === 2 ? 3 : 0;
  if (ihdr.depth !== 8 || channels === 0 || ihdr.interlace !== 0)
    throw new Error(`unsupported PNG (depth ${ihdr.depth}, colour type ${ihdr.colour}, interlace ${ihdr.interlace})`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = ihdr.width * channels;
  const pixels = Buffer.alloc(stride * ihdr.height);
  // undo the per-row filters (PNG spec §9): None, Sub, Up, Average, Paeth
  for (let y = 0; y < ihdr.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev ? prev[x] : 0;
      const c = prev && x >= channels ? prev[x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad filter ${filter} on row ${y}`);
      out[x] = v & 0xff;
    }
  }
  return { width: ihdr.width, height: ihdr.height, channels, pixels };
}

/** Counts distinct colours and pixels near the two bar colours. */
function analyse(png) {
  const colours = new Set();
  let green = 0;
  let red = 0;
  const near = (r, g, b, [R, G, B]) => Math.abs(r - R) <= 8 && Math.abs(g - G) <= 8 && Math.abs(b - B) <= 8;
  for (let i = 0; i < png.pixels.length; i += png.channels) {
    const r = png.pixels[i];
    const g = png.pixels[i + 1];
    const b = png.pixels[i + 2];
    colours.add((r << 16) | (g << 8) | b);
    if (near(r, g, b, GREEN)) green++;
    else if (near(r, g, b, RED)) red++;
  }
  return { colours: colours.size, green, red };
}

// ---------------------------------------------------------------------------

const distDir = resolve(root, opt('--dist') ?? 'dist');
const entry = join(distDir, 'index.js');
if (!existsSync(entry)) fail(`${entry} not found: run npm run build first`);
let lib;
try {
  lib = await import(pathToFileURL(entry).href);
} catch (e) {
  fail(`cannot load ${entry}: ${e.message}`);
}
const { computeAttainment, computeAttainmentByUnit, renderReport } = lib;
if (typeof renderReport !== 'function') fail(`${entry} does not export renderReport`);

const example = JSON.parse(readFileSync(join(root, 'examples/national-2024.json'), 'utf8'));
// the bundled figures against both target years of Decision 1373, one section each
const reports = [];
for (const year of [2025, 2030]) {
  const input = { plan: 'qd-1373', year, observations: example.observations, asOf: '2025-06-30' };
  try {
    reports.push(computeAttainment(input));
  } catch (e) {
    if (e?.code !== 'mixed-units') throw e;
    reports.push(...computeAttainmentByUnit(input).reports);
  }
}
const expectedCharts = reports.reduce((n, r) => n + r.results.filter((x) => x.status !== 'no-data').length, 0);
const expectGreen = reports.some((r) => r.results.some((x) => x.status === 'met'));
const expectRed = reports.some((r) => r.results.some((x) => x.status === 'not-met'));
const html = renderReport(reports, { format: 'html', lang: 'vi' });

const bin = chromiumPath();
if (!bin) fail("Chromium not found (install Debian's chromium package or set $CHROMIUM)");
work = mkdtempSync(join(tmpdir(), 'xhht-check-html-'));
try {
  const file = join(work, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;

  // 1. the DOM as the browser built it
  const dom = chromium(bin, work, ['--dump-dom'], url);
  const svgs = (dom.match(/<svg\b/g) ?? []).length;
  const tables = (dom.match(/<table\b/g) ?? []).length;
  const rows = (dom.match(/<tr\b/g) ?? []).length;
  if (tables !== reports.length) fail(`expected ${reports.length} <table> in the rendered DOM, found ${tables}`);
  if (svgs !== expectedCharts)
    fail(`expected ${expectedCharts} <svg> charts (one per result with data), found ${svgs}`);
  if (!/role="img"/.test(dom) || !/<title id="chart-/.test(dom)) fail('the charts lack role="img" or <title>');
  const wantRows = reports.reduce((n, r) => n + 1 + r.results.length + new Set(r.results.map((x) => x.group)).size, 0);
  if (rows !== wantRows) fail(`expected ${wantRows} table rows (headers, groups, results), found ${rows}`);

  // 2. the picture
  const png = join(work, 'report.png');
  chromium(bin, work, [`--screenshot=${png}`, `--window-size=${WIDTH},${HEIGHT}`], url);
  if (!existsSync(png)) fail('Chromium wrote no screenshot');
  const bytes = statSync(png).size;
  if (bytes < 20_000) fail(`screenshot is only ${bytes} bytes: nothing was drawn`);
  let image;
  try {
    image = decodePng(readFileSync(png));
  } catch (e) {
    fail(`cannot read the screenshot: ${e.message}`);
  }
  if (image.width !== WIDTH || image.height !== HEIGHT)
    fail(`screenshot is ${image.width}×${image.height}, expected ${WIDTH}×${HEIGHT}`);
  const seen = analyse(image);
  if (seen.colours < 16) fail(`screenshot has ${seen.colours} colours: a blank page`);
  if (expectGreen && seen.green < 100)
    fail(`no green bar in the screenshot (${seen.green} px) although a result is met`);
  if (expectRed && seen.red < 100) fail(`no red bar in the screenshot (${seen.red} px) although a result is not met`);

  // 3. the file the command line writes (`xhht evaluate … --format html --out`), as a user gets it
  const cliFile = join(work, 'cli.html');
  const cli = spawnSync(
    process.execPath,
    [
      join(distDir, 'cli.js'),
      'evaluate',
      join(root, 'examples/national-2024.json'),
      '--year',
      '2025',
      '--format',
      'html',
      '--out',
      cliFile,
    ],
    { encoding: 'utf8' },
  );
  if (cli.status !== 0) fail(`xhht evaluate --format html exited with ${cli.status}: ${(cli.stderr || '').trim()}`);
  const cliDom = chromium(bin, work, ['--dump-dom'], pathToFileURL(cliFile).href);
  const cliCharts = (cliDom.match(/<svg\b/g) ?? []).length;
  const want2025 = reports[0].results.filter((x) => x.status !== 'no-data').length;
  if ((cliDom.match(/<table\b/g) ?? []).length !== 1 || cliCharts !== want2025) {
    fail(`the HTML written by xhht evaluate has ${cliCharts} chart(s), expected ${want2025}, in one table`);
  }

  const out = opt('--out');
  if (out) copyFileSync(png, resolve(root, out));
  console.log(
    `check-html: ok: ${reports.length} report(s), ${tables} table(s), ${svgs} chart(s) in the DOM; xhht evaluate --format html: ${cliCharts} chart(s); ` +
      `screenshot ${image.width}×${image.height}, ${Math.round(bytes / 1024)} kB, ${seen.colours} colours, ` +
      `${seen.green} green / ${seen.red} red bar px${out ? `; saved ${out}` : ''}${args.includes('--keep') ? `; files in ${work}` : ''}`,
  );
} finally {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
}
