import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../scripts/docs/pages.js';

// Generated pages must match the data they are generated from: a stale page is
// a failing test, fixed by `npm run docs`.
describe('generated docs are current', () => {
  for (const page of PAGES) {
    it(`${page.path} matches \`npm run docs\``, () => {
      const committed = readFileSync(resolve(import.meta.dirname, '..', page.path), 'utf8');
      expect(committed, `${page.path} is stale: run npm run docs`).toBe(page.render());
    });
  }
});

describe('docs/errors.md', () => {
  it('documents every error code', async () => {
    const { ERROR_CODES } = await import('../src/errors.js');
    const page = readFileSync(resolve(import.meta.dirname, '..', 'docs/errors.md'), 'utf8');
    const missing = ERROR_CODES.filter((code) => !page.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });
});
