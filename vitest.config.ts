import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      // A small sample of the fuzz run (FUZZ_RUNS defaults to 200 inputs per parser).
      'tests/fuzz/**/*.fuzz.ts',
    ],
    environment: 'node',
    testTimeout: 20000,
  },
});
