import { defineConfig } from 'tsup';

// Two builds into dist/, run side by side by tsup:
// - the library: one entry per `exports` path of package.json, both module formats, declarations
//   for each (.d.ts / .d.cts): `xhht` (the package root, which loads no other package),
//   `xhht/report` (report building blocks) and `xhht/schema` (the zod schemas and the JSON Schema
//   of a plan file, which load zod). The ESM entries share chunks; `treeshake` keeps unused
//   catalog data out of bundles that import one function.
// - the `xhht` command line (package.json "bin"): ESM only, no declarations. esbuild keeps
//   the shebang of src/cli/bin.ts and tsup marks a file that starts with one executable.
//   The library build's clean must spare cli.js, which the other build may already have written.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', report: 'src/report/index.ts', schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // no source maps: they would point at src/, which the package does not ship
    sourcemap: false,
    clean: ['!cli.js'],
    treeshake: true,
    // es2022, not node20: esbuild lowers regular expressions with \p{…} to `new RegExp(…)` for node20,
    // and a bundler cannot drop such a call when it is unused. Node 20 runs ES2022 as written.
    target: 'es2022',
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
