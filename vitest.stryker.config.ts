import { defineConfig } from 'vitest/config';

// The tests Stryker runs (npm run mutate): those of the mutated modules. The command line, report,
// plan and docs tests reach the same code end to end, through far more of it per test: under Stryker
// each reruns for every mutant it covers, hours more on the build machine.
export default defineConfig({
  // properties: at most 50 cases each, a fixed seed, no shrinking (see test/mutation/fast-check.ts)
  resolve: {
    alias: [{ find: /^fast-check$/, replacement: new URL('./test/mutation/fast-check.ts', import.meta.url).pathname }],
  },
  test: {
    include: [
      'test/exact/**/*.test.ts',
      'test/vi/**/*.test.ts',
      'test/attainment/**/*.test.ts',
      'test/standards/**/*.test.ts',
      'test/progress/**/*.test.ts',
      'test/display-consistency.test.ts',
    ],
    testTimeout: 60_000,
    // A mutant run loads the modules once for all its test files (each run starts a fresh worker, so
    // nothing leaks from one mutant to the next): a covered mutant often reaches 20 test files, and
    // loading the instrumented code per file cost several times the tests themselves.
    isolate: false,
  },
});
