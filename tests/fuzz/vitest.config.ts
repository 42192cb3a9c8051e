import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the parsers' property tests with FUZZ_RUNS inputs each (10,000); the normal unit run
// includes the same files with the small default.
export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.fuzz.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
