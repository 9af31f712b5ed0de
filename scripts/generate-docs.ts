/**
 * Writes every generated documentation page (scripts/docs/pages.ts).
 * Usage: `npm run docs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES } from './docs/pages.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const page of PAGES) {
  const file = resolve(root, page.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page.render());
  console.log(`wrote ${page.path}`);
}
