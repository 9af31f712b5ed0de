import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config.js';

/*
 * Issue 9, point 3: the package cites documents, never our research material. The seed
 * documents, the research notes and their line numbers are for the tests only (see
 * test/fixtures/seed-evidence.ts); nothing under src/ (comments included), docs/, the README or
 * what `npm pack` ships may point at them.
 *
 * The patterns, and why each is precise enough:
 * - `seed` / `seeds` as a word, in any case ("seed 003", "Seed 004", "the seed plans"). A letter,
 *   digit or underscore on either side makes it another word, so "seeded", "seedling" or a
 *   `seedValue` identifier do not match.
 * - `domain note(s)` / `domain-note(s)`: the research notes by their name.
 * - `shared/` (also `shared\`): the research folder's path ("../shared/domain/…"). Nothing in the
 *   package has another folder of that name.
 * - A line reference, "dòng 12", "line 12", "lines 51–53", "Line 7": a line number is how a note
 *   points into a seed. The command line legitimately names lines of the user's own input file
 *   ("so-lieu.csv:7", "tệp … dòng 3"), so a line reference on a text line that also names a file
 *   (".csv", ".json", "CSV", "tệp", "file") is allowed.
 * - The research notes' file names (targets-1373.md, standards-verification.md, …) and their
 *   section marks "§A3", "§B2".
 */
const RULES: readonly { readonly name: string; readonly pattern: RegExp; readonly allowed?: RegExp }[] = [
  { name: 'seed', pattern: /(?<![\p{L}\d_])seeds?(?![\p{L}\d_])/iu },
  { name: 'domain note', pattern: /domain[ -]notes?/i },
  { name: 'shared/', pattern: /(?<![\p{L}\d_-])shared[/\\]/iu },
  {
    name: 'line reference',
    pattern: /(?<![\p{L}\d_])(dòng|lines?)\s+\d+(\s*[–-]\s*\d+)?(?![\p{L}\d_])/iu,
    allowed: /\.csv|\.json|\bCSV\b|tệp|\bfile\b/i,
  },
  {
    name: 'research note file',
    pattern:
      /targets-1373\.md|standards-verification\.md|standards-xmc-pcgd\.md|learning-models-workforce\.md|legal-2026-12\.md/i,
  },
  { name: 'research note section', pattern: /§\s?[A-B]\d/ },
];

/** Every offence in a text: `file:line rule: excerpt`. */
function offences(file: string, text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const rule of RULES) {
      const m = rule.pattern.exec(line);
      if (m && !(rule.allowed?.test(line) ?? false))
        out.push(`${file}:${i + 1} ${rule.name}: …${line.slice(Math.max(0, m.index - 40), m.index + 40).trim()}…`);
    }
  });
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const ROOT = resolve(import.meta.dirname, '..');
const TEXT = /\.(ts|js|cjs|mjs|map|md|json|d\.ts|d\.cts|txt|csv)$/;

describe('the patterns', () => {
  it('find what they are meant to find', () => {
    for (const bad of [
      'seed 003, dòng 51–53',
      'Seed 004',
      '(domain note §B2)',
      '../shared/seeds/002_x.txt',
      'line 65',
      'lines 72–74',
      'standards-verification.md §2',
    ]) {
      expect(offences('x', bad), bad).not.toEqual([]);
    }
  });

  it('leave legitimate words alone', () => {
    for (const ok of [
      'seeded PRNG',
      'a seedling',
      'const seedValue = 1',
      'so-lieu.csv:7: numerator',
      'tệp so-lieu.csv, dòng 7',
      'the CSV file, line 3',
      'Mục II.2.1, điểm a',
      'sharedState/',
      'online 24',
    ]) {
      expect(offences('x', ok), ok).toEqual([]);
    }
  });
});

describe('no research references in what users read', () => {
  it('src/ (code and comments), docs/ and the README', () => {
    const files = [
      ...filesUnder(join(ROOT, 'src')),
      ...filesUnder(join(ROOT, 'docs')).filter((f) => TEXT.test(f)),
      join(ROOT, 'README.md'),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => offences(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  describe('the packed tarball', () => {
    let dir = '';
    let unpacked = '';

    // Build into a temporary copy (a fresh clone has no dist/ yet when the tests run), pack it
    // with npm as a release would, unpack it, and read every file.
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'xhht-pack-'));
      const configs = (Array.isArray(config) ? config : [config]) as Options[];
      for (const c of configs)
        await build({ ...c, outDir: join(dir, 'dist'), clean: false, silent: true, config: false });
      for (const f of ['package.json', 'README.md', 'CHANGELOG.md']) cpSync(join(ROOT, f), join(dir, f));
      const tgz = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
        cwd: dir,
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .pop()!;
      unpacked = join(dir, 'unpacked');
      mkdirSync(unpacked);
      execFileSync('tar', ['-xzf', join(dir, tgz), '-C', unpacked]);
    }, 120_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('holds the built library, the README and the CHANGELOG, and none of them cites research material', () => {
      const files = filesUnder(join(unpacked, 'package'));
      const names = files.map((f) => relative(join(unpacked, 'package'), f)).sort();
      expect(names).toEqual(
        expect.arrayContaining([
          'CHANGELOG.md',
          'README.md',
          'dist/cli.js',
          'dist/index.d.ts',
          'dist/index.js',
          'package.json',
        ]),
      );
      const found = files.flatMap((f) => offences(relative(unpacked, f), readFileSync(f, 'utf8')));
      expect(found).toEqual([]);
    });
  });
});
