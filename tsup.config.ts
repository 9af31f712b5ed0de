import { defineConfig } from 'tsup';

// Two builds into dist/, run side by side by tsup:
// - the library: one entry per `exports` path of package.json (`xhht` and `xhht/report`), both
//   module formats, declarations for each (.d.ts / .d.cts); the ESM entries share chunks;
//   `treeshake` keeps unused catalog data out of bundles that import one function.
// - the `xhht` command line (package.json "bin"): ESM only, no declarations. esbuild keeps
//   the shebang of src/cli/bin.ts and tsup marks a file that starts with one executable.
//   The library build's clean must spare cli.js, which the other build may already have written.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', report: 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // no source maps: they would point at src/, which the package does not ship
    sourcemap: false,
    clean: ['!cli.js'],
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    // one file: the library build's clean would remove any chunk next to it
    splitting: false,
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    outDir: 'dist',
  },
]);
