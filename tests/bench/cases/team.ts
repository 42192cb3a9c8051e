/**
 * Coding together (issue #17): "two browsers coding the same transcript: a coding appears in the other ≤ 300 ms
 * (p95)". A real `koor server` with a real PostgreSQL on 127.0.0.1, started by this case and stopped by it; two
 * Chromium profiles of the built app, A sharing a project with one transcript and B joining it from an empty
 * project, both with the transcript open. Each run is one coding: A codes its next turn by keyboard, timed from
 * the key event in A until B's code panel counts the coding (both clocks are this machine's). The same steps
 * as the end-to-end test tests/e2e/teamBrowsers.e2e.ts (tests/team/teamApp.ts).
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchCase } from '../harness.ts';
import { benchDir, launch, serveApp, type Served } from '../chromium.ts';
import {
  importTranscript,
  newProject,
  openTranscript,
  share,
  startTeam,
  timeOneCoding,
  watchCodings,
  type Team,
} from '../../team/teamApp.ts';

const CODINGS = 32;

let served: Served | undefined;
let team: Team | undefined;
let browsers: { context: BrowserContext; page: Page }[] = [];
let made = 0;
const latencies: number[] = [];

async function setup(): Promise<void> {
  try {
    await prepare();
  } catch (error) {
    // The harness runs teardown only after a setup that succeeded: stop what was started.
    await teardown();
    throw error;
  }
}

async function prepare(): Promise<void> {
  served = await serveApp(benchDir('koor-bench-team-'));
  team = await startTeam('studie', [
    ['Anna', 'owner'],
    ['Bram', 'coder'],
  ]);
  const a = await launch(path.join(served.dir, 'profile-a'), served.url);
  browsers.push(a);
  await newProject(a.page, 'Studie', 'normaliseren');
  await importTranscript(a.page);
  await share(a.page, team.url, team.tokens.Anna!);
  const b = await launch(path.join(served.dir, 'profile-b'), served.url);
  browsers.push(b);
  await newProject(b.page, 'Studie (Bram)', 'empty');
  await share(b.page, team.url, team.tokens.Bram!);
  for (const { page } of browsers) await openTranscript(page);
  await a.page.locator('.turn').first().click();
  await watchCodings(a.page, b.page);
}

async function teardown(): Promise<void> {
  if (latencies.length) {
    const sorted = [...latencies].sort((x, y) => x - y);
    process.stderr.write(
      `  ${latencies.length} codings: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, load ${os.loadavg()[0]!.toFixed(2)}\n`,
    );
  }
  for (const { context } of browsers) await context.close();
  browsers = [];
  await served?.server.close();
  await team?.stop();
  if (served) rmSync(served.dir, { recursive: true, force: true });
  served = undefined;
  team = undefined;
}

export const cases: BenchCase[] = [
  {
    name: 'team: coding from A appears in B (two Chromium profiles, koor server and PostgreSQL on 127.0.0.1)',
    unit: 'ms',
    target: 300,
    better: 'lower',
    runs: CODINGS,
    statistic: 'p95',
    setup,
    run: async () => {
      const [a, b] = browsers;
      const ms = await timeOneCoding(a!.page, b!.page, made++);
      latencies.push(ms);
      return { value: ms };
    },
    teardown,
  },
];
