// @ts-check
/**
 * Mutation testing (npm run mutate). See CONTRIBUTING.md, "Mutation testing".
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (code that runs only while a module loads: constant tables, regular expressions)
  // cannot be switched per test; each would rerun the whole suite (minutes each). They are listed
  // as Ignored in the report. Code that also runs inside a test is still tested.
  ignoreStatic: true,
  // The exact core and everything that decides a status from it. Nothing of this logic is excluded.
  mutate: [
    'src/exact/**/*.ts',
    'src/attainment/**/*.ts',
    // Standards: the evaluator, the roll-up, and the fast-path files they run on (compiled checks,
    // snapshot layout, level combination, national counts).
    'src/standards/evaluate*.ts',
    'src/standards/commune-decide.ts',
    'src/standards/commune-details.ts',
    'src/standards/level-source.ts',
    'src/standards/rollup*.ts',
    'src/standards/higher-unit.ts',
    'src/standards/district-province.ts',
    'src/standards/compile.ts',
    'src/standards/layout.ts',
    'src/standards/levels.ts',
    'src/standards/national.ts',
    'src/vi/**/*.ts',
    'src/progress/**/*.ts',
  ],
  // The build machine has 2 cores shared with other work.
  concurrency: 2,
  timeoutMS: 10000,
  // The first run of the whole suite, instrumented, takes minutes on a loaded machine.
  dryRunTimeoutMinutes: 60,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};
