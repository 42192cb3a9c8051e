import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that run alone: study-sized projects, several browsers with a team server, killed browsers, recordings
 * played in real time and mouse drags. Sharing the two cores with a second Chromium would make what they measure or
 * wait for depend on the other file.
 */
const SOLO = [
  'tests/e2e/study*.e2e.ts',
  'tests/e2e/compareCounts.e2e.ts',
  'tests/e2e/crash.e2e.ts',
  'tests/e2e/coding.e2e.ts',
  'tests/e2e/recordings*.e2e.ts',
  'tests/e2e/transcribe.e2e.ts',
  'tests/e2e/team*.e2e.ts',
];

// End-to-end tests drive Debian's Chromium (playwright-core) against the built renderer served on 127.0.0.1. The
// other files run two at a time (the CI machine has two cores); the solo files run after them, one at a time.
export default defineConfig({
  test: {
    environment: 'node',
    globalSetup: ['tests/e2e/server.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pairs',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: [...configDefaults.exclude, ...SOLO],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'solo',
          include: SOLO,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
