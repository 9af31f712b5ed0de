import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { ENTRIES, EXPORTS, FORMER_EXPORTS, SEEDS, argsArb, call } from './harness.js';

/*
 * Issue 13 §1, the property: every function the package exports, called with
 * anything (fc.anything with BigInt, null prototypes, boxed values…, and
 * Symbols, cyclic values, revoked Proxies, throwing and changing getters; and
 * its well-formed arguments with one part replaced, removed or hidden),
 * returns, or throws an XhhtError with a code of ERROR_CODES: nothing else.
 * What it returns is read in full (lazy parts are built on first read).
 *
 * `npm test` runs a moderate number of cases per export; `npm run fuzz` runs
 * many more (FUZZ_RUNS per export, FUZZ_SEED to replay a run).
 */

// every entry point's exports (xhht, xhht/report, xhht/schema), and the former exports the library still calls
const FUNCTIONS = [...EXPORTS, ...FORMER_EXPORTS];
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe('every export, any value: returns or throws a coded XhhtError (issue 13 §1)', () => {
  it('covers every exported function, each with well-formed arguments to start from', () => {
    // every entry point of package.json "exports" is called (./package.json is data)
    const entries = Object.keys(PACKAGE.exports)
      .filter((k) => k !== './package.json')
      .map((k) => (k === '.' ? 'xhht' : `xhht/${k.slice(2)}`));
    expect(Object.keys(ENTRIES).sort()).toEqual(entries.sort());
    // 88 exported functions across the three entries when this was written; a new export gets its seed in harness.ts
    expect(EXPORTS.length).toBeGreaterThan(80);
    expect(FUNCTIONS.map(([n]) => n).filter((n) => !(n in SEEDS))).toEqual([]);
    expect(ERROR_CODES.length).toBeGreaterThan(40);
  });

  for (const [name, fn] of FUNCTIONS) {
    it(name, { timeout: Math.max(60_000, RUNS * 200) }, () => {
      fc.assert(
        fc.property(argsArb(name), (recipe) => {
          const outcome = call(name, fn as (...a: unknown[]) => unknown, recipe.make() as unknown[]);
          if (!outcome.ok) {
            const e = outcome.error as { name?: unknown; message?: unknown };
            throw new Error(`${name} threw ${String(e?.name)}: ${String(e?.message)}`);
          }
        }),
        { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
      );
    });
  }
});
