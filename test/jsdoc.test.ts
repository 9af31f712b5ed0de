import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * House rule: every exported declaration in src/ (the CLI included) carries a
 * JSDoc block with an `@example`, so the API reference and an editor's hover
 * always show how a symbol is used.
 *
 * The check is line-based on purpose, so that its verdict is easy to predict:
 * a line starting `export [declare] [async] function|const|interface|type|class|enum Name`
 * must be preceded, with only blank lines between, by a `/** … *\/` block that
 * has an `@example` tag. Re-exports (`export { … } from`, `export type { … } from`,
 * `export * from`) declare nothing and do not match.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

const EXPORT = /^export (?:declare )?(?:async )?(?:function|const|interface|type|class|enum) (\w+)/;

/**
 * The JSDoc block that ends right above line `i` (blank lines allowed), or
 * `null` when the nearest thing above is code, a `//` comment or a plain
 * `/* … *\/` comment.
 */
function jsDocAbove(lines: readonly string[], i: number): string | null {
  let end = i - 1;
  while (end >= 0 && lines[end]!.trim() === '') end--;
  if (end < 0 || !lines[end]!.trimEnd().endsWith('*/')) return null;
  const isJsDoc = (opening: string) => opening.startsWith('/**') && !opening.startsWith('/**/');
  const last = lines[end]!.trim();
  if (last.startsWith('/*')) return isJsDoc(last) ? last : null; // a one-line block
  if (last.includes('/*')) return null; // code with a trailing comment: `x(); /* … *\/`
  // Walking up, the first line that opens a comment opens this one; meeting
  // another `*\/` first means there is no single block to read.
  for (let start = end - 1; start >= 0; start--) {
    const t = lines[start]!.trim();
    if (t.includes('*/')) return null;
    if (t.startsWith('/*')) return isJsDoc(t) ? lines.slice(start, end + 1).join('\n') : null;
  }
  return null;
}

/** True when the block has an `@example` tag (also inline, as in `/** a − b. @example sub(a, b) *\/`). */
function hasExample(block: string): boolean {
  return /(?:^|[\s*])@example\b/.test(block);
}

/** `file:line Name (why)` for each export of `text` without a JSDoc `@example`. */
function offendersIn(file: string, text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = EXPORT.exec(line);
    if (!m) return;
    const doc = jsDocAbove(lines, i);
    if (doc === null) out.push(`${file}:${i + 1} ${m[1]} (no JSDoc block right above)`);
    else if (!hasExample(doc)) out.push(`${file}:${i + 1} ${m[1]} (JSDoc has no @example)`);
  });
  return out;
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(SRC, f))
    .sort();
}

describe('JSDoc @example on every export in src/', () => {
  it('finds the exports it is meant to check', () => {
    const files = sourceFiles();
    const cli = files.filter((f) => relative(ROOT, f).startsWith(join('src', 'cli')));
    const exports = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split(/\r?\n/)
        .filter((l) => EXPORT.test(l)),
    );
    // guards against a walk or a pattern that silently checks nothing
    expect(cli.length).toBeGreaterThan(10);
    expect(exports.length).toBeGreaterThan(200);
  });

  it('every exported declaration has a JSDoc block with @example', () => {
    const offenders = sourceFiles().flatMap((f) =>
      offendersIn(relative(ROOT, f).split('\\').join('/'), readFileSync(f, 'utf8')),
    );
    expect(offenders, `exports without a JSDoc @example:\n${offenders.join('\n')}`).toEqual([]);
  });
});

describe('the check itself', () => {
  const check = (text: string) => offendersIn('x.ts', text);

  it('accepts a JSDoc with @example, blank lines between, and single-line blocks', () => {
    expect(check('/**\n * Doc.\n *\n * @example\n * f(); // 1\n */\n\nexport function f() {}')).toEqual([]);
    expect(check('/** @example\n * g */\nexport async function g() {}')).toEqual([]);
    expect(
      check('/** One. @example a; // 1 */\nexport const a = 1;\n/** @example c */\nexport declare const c: number;'),
    ).toEqual([]);
  });

  it('flags a missing block, a block without @example, and comments that are not JSDoc', () => {
    expect(check('export type T = 1;')).toEqual(['x.ts:1 T (no JSDoc block right above)']);
    expect(check('/** Doc, see the examples. */\nexport interface I {}')).toEqual(['x.ts:2 I (JSDoc has no @example)']);
    expect(check('/** Doc, see foo@examples.org. */\nexport interface J {}')).toEqual([
      'x.ts:2 J (JSDoc has no @example)',
    ]);
    expect(check('/* @example x */\nexport class C {}')).toEqual(['x.ts:2 C (no JSDoc block right above)']);
    expect(check('/** @example x */\n// note\nexport enum E {}')).toEqual(['x.ts:3 E (no JSDoc block right above)']);
    expect(check('/** @example x */\nconst y = 1; /* trailing */\nexport const z = y;')).toEqual([
      'x.ts:3 z (no JSDoc block right above)',
    ]);
    expect(check('/**\n * @example x\n */\nconst y = 1;\n\nexport const z = y;')).toEqual([
      'x.ts:6 z (no JSDoc block right above)',
    ]);
  });

  it('leaves re-exports alone', () => {
    expect(
      check("export { a, b } from './a.js';\nexport type { T } from './t.js';\nexport * from './all.js';"),
    ).toEqual([]);
  });
});
