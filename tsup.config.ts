import { defineConfig } from 'tsup';

// One entry, both module formats, declarations for each (.d.ts / .d.cts).
// `treeshake` keeps unused catalog data out of bundles that import one function.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
});
