import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config.js';

/*
 * Issue 10, point 5: the Word writer (the `docx` package, 20 MB) is loaded by the command line's
 * `--format docx` only, by a dynamic import. The library's own build, ESM and CommonJS, must not
 * name it at all: an app that imports xhht, in Node or a browser bundle, never pulls it in.
 */
/** The build of tsup.config.ts whose entry is `entry`. */
function buildOf(entry: string): Options {
  const configs = (Array.isArray(config) ? config : [config]) as Options[];
  const found = configs.find((c) => JSON.stringify(c.entry).includes(entry));
  if (!found) throw new Error(`no build with entry ${entry} in tsup.config.ts`);
  return found;
}

describe('the library entry (dist/index.js, dist/index.cjs)', () => {
  let dir = '';
  let files: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xhht-entry-'));
    await build({ ...buildOf('src/index.ts'), outDir: dir, dts: false, clean: false, silent: true, config: false });
    files = readdirSync(dir).filter((f) => /\.(c?js|mjs)$/.test(f));
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is built in both formats', () => {
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.cjs']));
  });

  it('never imports or requires "docx"', () => {
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code, f).not.toMatch(/(["'`])docx\1/);
      // nor any of its classes by name
      expect(code, f).not.toMatch(/\bPacker\b/);
    }
  });

  it('the command line does, and only by a dynamic import', async () => {
    await build({ ...buildOf('src/cli/bin.ts'), outDir: join(dir, 'cli'), clean: false, silent: true, config: false });
    const code = readFileSync(join(dir, 'cli', 'cli.js'), 'utf8');
    // ("docx" is also the name of the format: only module specifiers count)
    expect(code.match(/import\("docx"\)/g)).toHaveLength(1);
    expect(code).not.toMatch(/from\s*["']docx["']|require\(\s*["']docx["']\s*\)/);
  }, 120_000);
});
