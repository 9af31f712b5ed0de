import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run many cases; give them room on the 2-core CI machine.
    testTimeout: 60_000,
  },
});
