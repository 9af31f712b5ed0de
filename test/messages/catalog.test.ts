import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import * as en from '../../src/messages/en.js';
import * as sections from '../../src/messages/sections.js';
import * as vi from '../../src/messages/vi.js';

/*
 * Issue 12, scope 3: messages as data. Every message has both languages, both
 * use the same parameters, every key is used by the code, and the code raises
 * each message with the error code its key names. The types check most of this
 * at compile time (src/messages/sections.ts); this test checks it again on the
 * catalogs as they are at run time, and the parts types cannot see.
 */

type Catalogs = Readonly<Record<string, Readonly<Record<string, string>>>>;
const EN = en as unknown as Catalogs;
const VI = vi as unknown as Catalogs;
const SECTIONS = sections as unknown as Readonly<Record<string, { en: unknown; vi: unknown }>>;

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Every `{…}` without blanks in a template: what `fill` would take for a parameter if it were one. */
function braces(template: string): string[] {
  return [...template.matchAll(/\{([^\s{}]+)\}/g)].map((m) => m[1]!);
}

/** The parameters of a template, sorted. */
function params(template: string): string[] {
  return [...new Set(braces(template))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

// the code that says something: everything under src/ but the catalogs themselves
const CODE = sourceFiles(SRC)
  .filter((f) => !relative(SRC, f).startsWith('messages'))
  .map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

describe('the message catalogs (issue 12.3)', () => {
  it('have the same sections in English and Vietnamese, each paired in sections.ts', () => {
    expect(Object.keys(VI).sort()).toEqual(Object.keys(EN).sort());
    expect(Object.keys(EN).length).toBeGreaterThan(0);
    const paired = Object.values(SECTIONS);
    for (const name of Object.keys(EN)) {
      expect(
        paired.some((s) => s.en === EN[name] && s.vi === VI[name]),
        `section ${name}`,
      ).toBe(true);
    }
    expect(paired.length).toBe(Object.keys(EN).length);
  });

  it('have every key in both languages, and each key once across the sections', () => {
    const seen = new Map<string, string>();
    for (const [section, messages] of Object.entries(EN)) {
      expect(Object.keys(VI[section]!).sort(), `section ${section}`).toEqual(Object.keys(messages).sort());
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${section}`).toBeUndefined();
        seen.set(key, section);
      }
    }
  });

  it('name keys by code: kebab-case segments; a key without a detail is an error code', () => {
    for (const messages of Object.values(EN)) {
      for (const key of Object.keys(messages)) {
        expect(key, key).toMatch(KEY);
        if (!key.includes('.')) expect(ERROR_CODES as readonly string[], key).toContain(key);
      }
    }
  });

  it('use the same parameters in both languages, each written {name}', () => {
    for (const [section, messages] of Object.entries(EN)) {
      for (const [key, english] of Object.entries(messages)) {
        const vietnamese = VI[section]![key]!;
        expect(params(vietnamese), `${section} ${key}`).toEqual(params(english));
        for (const name of [...braces(english), ...braces(vietnamese)]) {
          expect(name, `${section} ${key}: {${name}} is not a parameter name`).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
        }
      }
    }
  });

  it('hold text: no empty message; a blank at either end (a piece of a sentence) in both languages', () => {
    for (const [section, messages] of Object.entries(EN)) {
      for (const [key, english] of Object.entries(messages)) {
        const vietnamese = VI[section]![key]!;
        expect(english.trim().length, `${section} ${key}`).toBeGreaterThan(0);
        expect(vietnamese.trim().length, `${section} ${key}`).toBeGreaterThan(0);
        expect(/^\s/.test(vietnamese), `${section} ${key}: leading blank`).toBe(/^\s/.test(english));
        expect(/\s$/.test(vietnamese), `${section} ${key}: trailing blank`).toBe(/\s$/.test(english));
      }
    }
  });

  it('have no message the code never says', () => {
    const code = CODE.map((f) => f.text).join('\n');
    // keys built from a prefix: say(EXACT, `invalid-count.${name}`, …)
    const prefixes = [...code.matchAll(/`([a-z0-9.-]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.values(EN)
      .flatMap((m) => Object.keys(m))
      .filter((key) => !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('are raised with the code their key names (a key named by a code)', () => {
    // new XhhtError('code', say(S, 'key' …) and issueOf('code', path, say(S, 'key' …)
    const RAISE =
      /(?:new XhhtError|issueOf)\(\s*'([a-z0-9-]+)',\s*(?:[^,()]+(?:\([^()]*\))?,\s*)??say\(\s*\w+,\s*['`]([a-z0-9.-]+)/g;
    let checked = 0;
    for (const { file, text } of CODE) {
      for (const m of text.matchAll(RAISE)) {
        const [, code, key] = m;
        // a key of its own group (`text.too-long`) goes with any code; a key named by a code goes with that code
        if (!(ERROR_CODES as readonly string[]).includes(key!.split('.')[0]!)) continue;
        expect(key === code || key!.startsWith(`${code}.`), `${file}: ${code} raised with message ${key}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
