import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * What the package ships (issue 9, point 7): a licence, no source maps that point at sources it
 * does not ship, and a README whose links work on the registry page, where relative links break
 * (npm resolves them against a `repository`, and the project names none yet). Links therefore
 * point at the files this version ships, on jsDelivr's npm mirror, and every such file must be in
 * the tarball; docs link each other and the examples relatively, which works there too.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  homepage: string;
  files: string[];
};
const CDN = `https://cdn.jsdelivr.net/npm/xhht@${pkg.version}/`;

/** The files `npm pack` would put in the tarball (no build needed: the list is what matters). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(out) as [{ files: { path: string }[] }];
  return info.files.map((f) => f.path);
}

function links(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('the package', () => {
  const files = packedFiles();

  it('ships an MIT licence', () => {
    expect(pkg.license).toBe('MIT');
    expect(files).toContain('LICENSE');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('ships no source maps (they would point at src/, which is not shipped)', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(readFileSync(join(ROOT, 'tsup.config.ts'), 'utf8')).not.toMatch(/sourcemap:\s*true/);
  });

  it('README links are absolute, and every file they name is in this version of the package', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const all = links(readme);
    expect(all.length).toBeGreaterThan(10);
    const relative = all.filter((l) => !/^(https?:|mailto:|#)/.test(l));
    expect(relative).toEqual([]);
    for (const link of all.filter((l) => l.startsWith('https://cdn.jsdelivr.net/npm/xhht'))) {
      expect(link.startsWith(CDN), `${link} names version ${pkg.version}`).toBe(true);
      const path = link.slice(CDN.length).split('#')[0]!;
      expect(files, `${path} is shipped`).toContain(path);
    }
    expect(pkg.homepage.startsWith(CDN)).toBe(true);
    expect(files).toContain(pkg.homepage.slice(CDN.length));
  });

  it('docs link only to files the package ships', () => {
    for (const doc of files.filter((f) => f.startsWith('docs/') && f.endsWith('.md'))) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      for (const link of links(text).filter((l) => !/^(https?:|mailto:|#)/.test(l))) {
        const target = normalize(join(dirname(doc), link.split('#')[0]!));
        if (link.startsWith('#') || target === normalize(doc)) continue;
        expect(existsSync(join(ROOT, target)), `${doc} → ${link}`).toBe(true);
        expect(files, `${doc} → ${link} is shipped`).toContain(target);
      }
    }
  });
});
