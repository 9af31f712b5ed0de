import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue 10 §3: the xlsx library is loaded only by the command-line paths that read or write a
 * workbook, never by the library entry: importing xhht stays light. The check walks every import
 * (static, dynamic, re-export) reachable from src/index.ts and fails if one names a package
 * other than the library's own dependencies, or a file of the command line. When a build is
 * present, its entry files are checked too.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
/** The packages the library itself may import. */
const LIBRARY_PACKAGES = new Set(['date-fns', 'decimal.js', 'zod']);
const IMPORT = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

/** Every source file reachable from `entry`, and every package named on the way. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('importing the library does not load the command line or its xlsx library', () => {
  const graph = importGraph(join(SRC, 'index.ts'));

  it('the walk sees the library (the check can fail)', () => {
    expect(graph.files.size).toBeGreaterThan(50);
    expect([...graph.files].some((f) => f.endsWith(join('report', 'comparison-table.ts')))).toBe(true);
    // and would see exceljs where it is imported
    expect(importGraph(join(SRC, 'cli', 'xlsx', 'read.ts')).packages).toContain('exceljs');
  });

  it('no file of src/cli, and no package but the library dependencies', () => {
    expect([...graph.files].filter((f) => f.startsWith(join(SRC, 'cli')))).toEqual([]);
    expect([...graph.packages].filter((p) => !LIBRARY_PACKAGES.has(p) && !p.startsWith('node:'))).toEqual([]);
  });

  it.runIf(existsSync(join(ROOT, 'dist', 'index.js')))('the built entries name no xlsx or Word library', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
      expect(text, file).not.toMatch(/exceljs|jszip|["']docx["']/);
    }
  });
});
