import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * House rule: no line of code, comment or text in the sources is longer than 120 characters.
 * Biome's formatter keeps code within 120 (biome.jsonc) but leaves what it cannot break: long
 * strings, templates, regular expressions and comments. Those are split by hand: a string into
 * pieces joined by `+` (the same text), a regular expression through `new RegExp` of pieces, a
 * comment wrapped. Characters are counted as code points, as an editor counts them.
 */

const ROOT = resolve(import.meta.dirname, '..');
const MAX = 120;
const FOLDERS = ['src', 'test', 'scripts', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** `line (length)` for every line of `text` longer than `max` code points. */
function longLines(text: string, max: number): string[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const length = [...line].length;
    return length > max ? [`${i + 1} (${length})`] : [];
  });
}

describe('lines are at most 120 characters', () => {
  it('counts code points, so a Vietnamese line is measured as it reads', () => {
    // "ữ" is one code point (U+1EEF) but three bytes in UTF-8: 120 of them fit, 121 do not
    expect(longLines('ữ'.repeat(120), MAX)).toEqual([]);
    expect(longLines(`a\n${'ữ'.repeat(121)}\nb`, MAX)).toEqual(['2 (121)']);
  });

  it.each(FOLDERS)('in %s/', (folder) => {
    const offenders = sourceFiles(join(ROOT, folder)).flatMap((file) =>
      longLines(readFileSync(file, 'utf8'), MAX).map((at) => `${relative(ROOT, file)}:${at}`),
    );
    expect(offenders).toEqual([]);
  });
});
