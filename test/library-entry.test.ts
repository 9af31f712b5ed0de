import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config.js';

/*
 * Issue 10, points 3 and 5: the heavy libraries of the command line — exceljs for .xlsx (issue 10
 * §3), docx for the Word appendix (point 5, 20 MB) — are loaded only by the command-line paths that
 * read or write those files, each by one dynamic import. The library never names them: an app that
 * imports xhht, in Node or a browser bundle, never pulls them in. Checked twice: on the sources
 * (every import reachable from src/index.ts) and on the builds tsup makes (the library's ESM and
 * CommonJS entries, the command line's bundle).
 *
 * Issue 11: the package root imports no package at all (zod only in the `xhht/schema` entry) and
 * no Node built-in (`node:…`), so it loads fast and runs in a browser as built.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
/** The packages the `xhht/schema` entry imports; the root imports none. */
const SCHEMA_PACKAGES = ['zod'];
/** The command line's own: every other dependency of package.json. */
const CLI_PACKAGES = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
    .dependencies,
).filter((p) => !SCHEMA_PACKAGES.includes(p));
const IMPORT =
  /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every module a built file imports, exports from, requires or loads by `import()`. */
const specifiers = (code: string) =>
  [
    ...code.matchAll(
      /(?:^|[^\w.$])(?:import|export)\s[^'"`]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["'];?\s*$|(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);

/** Every source file reachable from `entry`, and every package named on the way (type-only imports are erased, so not followed). */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/^(?:import|export) type\s[^;]*;/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

/** The build of tsup.config.ts whose entry is `entry`. */
function buildOf(entry: string): Options {
  const configs = (Array.isArray(config) ? config : [config]) as Options[];
  const found = configs.find((c) => JSON.stringify(c.entry).includes(entry));
  if (!found) throw new Error(`no build with entry ${entry} in tsup.config.ts`);
  return found;
}

describe('the command line’s own libraries', () => {
  it('are exceljs and docx (a new dependency is checked here too)', () => {
    expect(CLI_PACKAGES.sort()).toEqual(['docx', 'exceljs']);
  });
});

describe('the library’s sources (every import reachable from src/index.ts)', () => {
  const graph = importGraph(join(SRC, 'index.ts'));

  it('the walk sees the library and would see the heavy libraries where they are imported (the check can fail)', () => {
    expect(graph.files.size).toBeGreaterThan(50);
    expect([...graph.files].some((f) => f.endsWith(join('report', 'comparison-table.ts')))).toBe(true);
    expect([...graph.files].some((f) => f.endsWith(join('report', 'letterhead.ts')))).toBe(true);
    expect(importGraph(join(SRC, 'cli', 'xlsx', 'read.ts')).packages).toContain('exceljs');
    expect(importGraph(join(SRC, 'cli', 'docx.ts')).packages).toContain('docx');
  });

  it('name no file of src/cli, no package and no Node built-in', () => {
    expect([...graph.files].filter((f) => f.startsWith(join(SRC, 'cli')))).toEqual([]);
    expect([...graph.packages]).toEqual([]);
  });

  it('the schema entry is the one that names zod (the walk sees a package where there is one)', () => {
    expect([...importGraph(join(SRC, 'schema.ts')).packages]).toEqual(['zod']);
  });
});

describe('the builds', () => {
  let dir = '';
  let files: string[] = [];
  let cli = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xhht-entry-'));
    await build({ ...buildOf('src/index.ts'), outDir: dir, dts: false, clean: false, silent: true, config: false });
    files = readdirSync(dir).filter((f) => /\.(c?js|mjs)$/.test(f));
    await build({ ...buildOf('src/cli/bin.ts'), outDir: join(dir, 'cli'), clean: false, silent: true, config: false });
    cli = readFileSync(join(dir, 'cli', 'cli.js'), 'utf8');
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the library is built in both formats', () => {
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'schema.js', 'schema.cjs']));
  });

  /** The files the root entry loads: index.js and the chunks it imports, or index.cjs. */
  const rootFiles = (start: string) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const spec of specifiers(readFileSync(join(dir, f), 'utf8')))
        if (spec.startsWith('./')) visit(spec.slice(2));
    };
    visit(start);
    return [...seen];
  };

  it.each(['index.js', 'index.cjs'])(
    'the root entry (%s and its chunks) imports no package and no Node built-in',
    (entry) => {
      const loaded = rootFiles(entry);
      expect(loaded.length).toBeGreaterThan(0);
      for (const f of loaded) {
        const code = readFileSync(join(dir, f), 'utf8');
        expect(
          specifiers(code).filter((spec) => !spec.startsWith('./')),
          f,
        ).toEqual([]);
        expect(code, f).not.toMatch(/["'`]node:/);
      }
    },
  );

  it('the scan sees the package the schema entry imports (it can fail)', () => {
    expect(rootFiles('schema.js').flatMap((f) => specifiers(readFileSync(join(dir, f), 'utf8')))).toContain('zod');
    expect(specifiers(readFileSync(join(dir, 'schema.cjs'), 'utf8'))).toContain('zod');
  });

  it.each(CLI_PACKAGES)('the library entry never imports or requires %s', (name) => {
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code, f).not.toMatch(new RegExp(`(["'\`])${escape(name)}\\1`));
    }
  });

  it('nor anything of theirs by name (the zip library under both, the Word packer)', () => {
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code, f).not.toMatch(/jszip|\bPacker\b|\bWorkbook\b/);
    }
  });

  it.each(CLI_PACKAGES)('the command line loads %s by exactly one dynamic import, never statically', (name) => {
    // ("docx" and "xlsx" are also names of formats: only module specifiers count)
    expect(cli.match(new RegExp(`import\\(\\s*["']${escape(name)}["']\\s*\\)`, 'g'))).toHaveLength(1);
    expect(cli).not.toMatch(new RegExp(`from\\s*["']${escape(name)}["']|require\\(\\s*["']${escape(name)}["']\\s*\\)`));
  });
});
