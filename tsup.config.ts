import { defineConfig } from 'tsup';

// Two builds into dist/, run side by side by tsup:
// - the library: two entries, both module formats, declarations for each (.d.ts / .d.cts):
//   `index` (the package root, which loads no other package) and `schema` (`xhht/schema`: the
//   zod schemas and the JSON Schema of a plan file, which load zod). In ESM, code both use is
//   in a shared chunk; `treeshake` keeps unused catalog data out of bundles that import one
//   function.
// - the `xhht` command line (package.json "bin"): ESM only, no declarations. esbuild keeps
//   the shebang of src/cli/bin.ts and tsup marks a file that starts with one executable.
//   The library build's clean must spare cli.js, which the other build may already have written.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
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
