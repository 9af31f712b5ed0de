import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The one-way flow of the design guide: data goes from text to numbers to results to reports,
 * and imports point the other way only, down the layers below. A module may import from its own
 * layer or a lower one, never from a higher one. Peers in one layer (standards/, workforce/,
 * titles/) may use each other; a new folder must be given a layer here before it can be used.
 */
const LAYERS: readonly (readonly string[])[] = [
  // shared helpers with no domain knowledge: errors (missing.ts: for required arguments left out),
  // util/ (deep freezing, values made once, shape guards, hidden contexts), check/ (the checker of
  // plain data with zod's issues); messages/ is the message catalogs (issue 12.3), message-in.ts
  // a problem's message in a caller's language
  ['errors.ts', 'missing.ts', 'message-in.ts', 'util', 'check', 'messages'],
  ['dates'], // ISO dates
  ['exact'], // exact arithmetic on counts, shares and thresholds; display rounding
  ['vi'], // Vietnamese numbers, shares and percentages as text
  ['catalog'], // indicators and legal documents, as data
  ['plans'], // plans: targets and baselines, as data
  ['progress'], // progress towards a target (Open SDG method)
  ['attainment'], // observations against targets
  ['standards', 'workforce', 'titles'], // recognition standards, qualifications, titles: observations for attainment
  ['report'], // tables and renderers
  ['cli'], // the command line
  ['index.ts', 'schema.ts'], // the public API: the root and the xhht/schema entry (xhht/report is report/index.ts)
];

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** The layer of a file under src/ ("src/exact/share.ts" → 2), or -1 for a folder no layer names. */
function layerOf(file: string): number {
  const top = relative(SRC, file).split(/[\\/]/)[0]!;
  return LAYERS.findIndex((names) => names.includes(top));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The files of src/ that `file` imports (static, type-only, re-exports and dynamic `import()`). */
function importsOf(file: string, text: string): string[] {
  // TypeScript's own scanner: an import written in a comment or a string is not an import
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
    .filter((path) => path.startsWith(SRC));
}

/** `from → to` for every import of `file` into a higher layer (or from or into a folder with no layer). */
function upwardImports(file: string, text: string): string[] {
  const own = layerOf(file);
  return importsOf(file, text)
    .filter((to) => own < 0 || layerOf(to) < 0 || layerOf(to) > own)
    .map((to) => `${relative(SRC, file)} → ${relative(SRC, to)}`);
}

describe('imports point down the layers of the design guide', () => {
  it('the check sees an upward arrow, also a type-only or dynamic one, and not one in a comment', () => {
    const catalogFile = join(SRC, 'catalog', 'registry.ts');
    expect(upwardImports(catalogFile, "import { deepFreeze } from '../plans/freeze.js';")).toEqual([
      'catalog/registry.ts → plans/freeze.ts',
    ]);
    expect(upwardImports(catalogFile, "import type { Plan } from '../plans/plan.js';")).toHaveLength(1);
    expect(upwardImports(catalogFile, "const m = await import('../report/html.js');")).toHaveLength(1);
    expect(upwardImports(catalogFile, "import { deepFreeze } from '../util/freeze.js';")).toEqual([]);
    expect(upwardImports(catalogFile, "/** import { x } from '../cli/main.js' */")).toEqual([]);
  });

  it('every folder and root file of src/ has a layer', () => {
    const tops = readdirSync(SRC);
    expect(tops.filter((name) => !LAYERS.some((names) => names.includes(name)))).toEqual([]);
  });

  it('no module of src/ imports from a higher layer', () => {
    const offenders = sourceFiles(SRC).flatMap((file) => upwardImports(file, readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
