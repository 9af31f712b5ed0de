// @ts-nocheck -- the real module by path: the alias below would otherwise resolve 'fast-check' to this file
import * as real from '../../node_modules/fast-check/lib/fast-check.js';

/*
 * fast-check as the tests see it under Stryker only (vitest.stryker.config.ts aliases 'fast-check'
 * here): every property runs at most MAX_RUNS cases, from a fixed seed, and stops at its first
 * counterexample without shrinking it. A property that fails has killed its mutant; shrinking and
 * thousands of cases per mutant would make a run take many hours. Fewer cases can only let a
 * mutant survive, never kill one: the score measured this way is a lower bound.
 */
const MAX_RUNS = 50;

function capped(params) {
  const runs = params?.numRuns ?? 100;
  return { seed: 20261203, ...params, numRuns: Math.min(runs, MAX_RUNS), endOnFailure: true };
}

export * from '../../node_modules/fast-check/lib/fast-check.js';

export function assert(property, params) {
  return real.assert(property, capped(params));
}

export function check(property, params) {
  return real.check(property, capped(params));
}

export default { ...real.default, assert, check };
