/**
 * The summary grid in Chromium (issue #12): the grid of all 50 codes × 7 perspectives from choosing "Alle codes"
 * until it is painted (the "renders ≤ 200 ms"; the Node case in synthesis.ts times the computation alone),
 * and typing in a summary ("never makes a task over 50 ms"), on a project of the size: 70 groups,
 * 100,000 codings, 50 codes, 7 perspectives, 35 summaries and 100 key quotes (synthesisCorpus), imported through the Export screen as a user would. A cell with a summary of about 1,000
 * characters and two citations is opened; then 60 characters are typed one key press at a time and the summary
 * is saved (the save 600 ms after the last key, the grid and the open cell updating). Long tasks are recorded
 * inside the page with PerformanceObserver('longtask') — which reports only tasks over 50 ms, so 0 means none —
 * and the slowest key press (input to the next paint) with the Event Timing API.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchCase } from '../harness.ts';
import { benchDir, launch, profiled, serveApp, timed, type Served } from '../chromium.ts';
import { writeProject } from '../../../shared/exchange/projectWrite.ts';
import { synthesisCorpus } from './synthesis.ts';
import { openQdpx } from '../pages/app.ts';

const PROJECT = 'Bench samenvatten';
const GRID_CASE =
  'summary grid in Chromium: 50 codes × 7 perspectives of 100,000 codings, choosing "Alle codes" until painted';
const TYPING_CASE =
  'typing in a summary (summary grid in Chromium): longest task while typing 60 characters and saving (Chromium)';
const KEY_CASE =
  'typing in a summary (summary grid in Chromium): slowest key press until its paint (Chromium, Event Timing)';
const TYPED = ' De ouders zeggen vaker dat zij samen met de school willen zoeken.';

let served: Served | undefined;
let open: { context: BrowserContext; page: Page } | undefined;
// The slowest key press of each measured run, reported by the second case.
const keyPresses: number[] = [];

/** Builds and serves the app, and imports the project once into a profile the cases then share. */
async function prepare(): Promise<Page> {
  if (open) return open.page;
  served = await serveApp(benchDir('koor-bench-typing-'));
  const qdpx = path.join(served.dir, 'synthesis.qdpx');
  writeFileSync(qdpx, writeProject({ ...synthesisCorpus(), name: PROJECT }));
  open = await launch(path.join(served.dir, 'profile'), served.url);
  const { page } = open;
  await openQdpx(page, qdpx, PROJECT);
  return openSynthesis(page);
}

/** Opens Samenvatten and waits for the grid with its summarised cells. */
async function openSynthesis(page: Page): Promise<Page> {
  await page.getByRole('button', { name: 'Samenvatten', exact: true }).click({ timeout: 120_000 });
  await page
    .getByRole('gridcell', { name: /, samengevat/ })
    .first()
    .waitFor({ timeout: 120_000 });
  return page;
}

/** Closes the browser and the server once the last case of this file that runs (see --only) is done. */
async function closeAfter(name: string): Promise<void> {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  if (cases.filter((c) => !only || c.name.includes(only)).at(-1)?.name !== name) return;
  await open?.context.close();
  open = undefined;
  await served?.server.close();
  served = undefined;
}

/** In the page: records long tasks and the slowest key press (input until the next paint) from now on. */
function watch(): void {
  const state = globalThis as unknown as { koorTyping: () => { task: number; key: number } };
  let task = 0;
  let key = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) task = Math.max(task, entry.duration);
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'input')
        key = Math.max(key, entry.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  state.koorTyping = () => ({ task, key });
}

/**
 * In the page: from the change of the row choice until the paint after the grid shows at least `rows` rows
 * (the codes and the profile row). Self-contained: it runs in the page.
 */
function untilGrid(rows: number): Promise<number> {
  return new Promise((resolve) => {
    let start = 0;
    document.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (start === 0 || document.querySelectorAll('.summary-grid tbody tr').length < rows) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

export const cases: BenchCase[] = [
  {
    name: GRID_CASE,
    unit: 'ms',
    target: 200,
    better: 'lower',
    runs: 5,
    setup: async () => {
      await prepare();
    },
    run: async () => {
      const page = await prepare();
      const rows = page.getByLabel('Rijen');
      await rows.selectOption('default');
      await page.waitForTimeout(500);
      const ms = await timed(
        'grid',
        profiled(page, 'grid', async () => {
          const painted = page.evaluate(untilGrid, 51);
          await rows.selectOption('all');
          return painted;
        }),
      );
      await rows.selectOption('default');
      await page.waitForFunction(() => document.querySelectorAll('.summary-grid tbody tr').length < 51);
      return { value: ms };
    },
    teardown: () => closeAfter(GRID_CASE),
  },
  {
    name: TYPING_CASE,
    unit: 'ms',
    target: 50,
    better: 'lower',
    runs: 5,
    setup: async () => {
      await prepare();
    },
    run: async () => {
      const page = await prepare();
      const cell = page.getByRole('gridcell', { name: /, samengevat/ }).first();
      await cell.click();
      const editor = page.getByRole('textbox', { name: /^Samenvatting van/ });
      await editor.waitFor();
      // The cell is open and painted; let the opening's work settle before recording.
      await page.waitForTimeout(1000);
      await editor.press('End');
      await page.evaluate(watch);
      await profiled(page, 'typing', async () => {
        await page.keyboard.type(TYPED, { delay: 40 });
        // A cheap check (a text search over the whole page would itself be a long task in the page).
        await page.waitForFunction(
          () => document.querySelector('.summary-editor .save-status')?.textContent === 'Opgeslagen',
          undefined,
          { timeout: 10_000, polling: 200 },
        );
        // The save's re-render, and long tasks are reported after they end.
        await page.waitForTimeout(1000);
      });
      const { task, key } = await timed(
        'typing',
        page.evaluate(() =>
          (globalThis as unknown as { koorTyping: () => { task: number; key: number } }).koorTyping(),
        ),
      );
      keyPresses.push(key);
      // Close the cell so the next run opens it afresh.
      await page.getByRole('button', { name: 'Sluiten', exact: true }).first().click();
      return { value: task };
    },
    teardown: () => closeAfter(TYPING_CASE),
  },
  {
    // Not the figure (that is the longest task, above) but what the writer feels: the Event Timing
    // duration of the slowest key press, from the input to the paint that shows it, against 100 ms.
    name: KEY_CASE,
    unit: 'ms',
    target: 100,
    better: 'lower',
    runs: 5,
    run: async () => {
      const value = keyPresses.shift();
      if (value === undefined) throw new Error('run the typing case first');
      return { value };
    },
    teardown: () => closeAfter(KEY_CASE),
  },
];
