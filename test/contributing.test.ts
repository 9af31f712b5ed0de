import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * CONTRIBUTING.md tells a newcomer which file to copy and where to register it: a path there
 * that no longer exists sends them looking. Every path it names must exist: each `code span`
 * that is a path of the repository, and each file or folder of its layout block.
 */

const ROOT = resolve(import.meta.dirname, '..');
const TEXT = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** Paths in `code spans`: with a folder (`src/x.ts`, `docs/`) or a file name (`biome.jsonc`); no globs. */
function spanPaths(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return [...prose.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => /^[\w.-]+(?:\/[\w.-]*)+$|^[\w-]+\.(?:ts|mjs|jsonc?|md)$/.test(p))
    .filter((p) => !p.startsWith('../'));
}

/** The first word of each line of the layout block; an indented name is in the folder above it. */
function layoutPaths(markdown: string): string[] {
  const block = /## Layout[\s\S]*?```\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  const out: string[] = [];
  let folder = '';
  for (const line of block.split('\n')) {
    const m = /^(\s*)(\S+)/.exec(line);
    if (!m || !/[/.]/.test(m[2]!)) continue; // a continuation line of a description
    if (m[1] === '') {
      out.push(m[2]!);
      if (m[2]!.endsWith('/')) folder = m[2]!;
    } else if (m[1] === '  ') out.push(folder + m[2]!); // a file of the folder above, indented by two
  }
  return out;
}

describe('CONTRIBUTING.md names paths that exist', () => {
  it('finds the paths it should (the check can fail)', () => {
    const sample = '| a plan | `src/plans/qd-387.ts` | `biome.jsonc` | `npm test` | `../shared/DESIGN.md` |';
    expect(spanPaths(sample)).toEqual(['src/plans/qd-387.ts', 'biome.jsonc']);
    expect(layoutPaths('## Layout\n\n```\nsrc/exact/    why\n  share.ts    Share\n           more\n```\n')).toEqual([
      'src/exact/',
      'src/exact/share.ts',
    ]);
  });

  it('the table of where a new thing goes names the files to copy', () => {
    const table = /## Where a new thing goes([\s\S]*?)\n## /.exec(TEXT)?.[1] ?? '';
    for (const thing of ['a decree', 'a plan', 'an indicator', 'an output format'])
      expect(table, thing).toContain(`| ${thing}`);
    expect(spanPaths(table).length).toBeGreaterThanOrEqual(10);
  });

  it('every path exists', () => {
    const paths = [...spanPaths(TEXT), ...layoutPaths(TEXT)];
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
