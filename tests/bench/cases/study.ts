/**
 * A study-sized project in Chromium (issue 15): 70 transcripts of 70,000 characters with 100,000 codings.
 * Storage runs the app's own storage code on Chromium's real IndexedDB (a bench page, tests/bench/pages/);
 * the import, the opening of an imported project and the first Compare go through the built app's UI, each on
 * a fresh profile, timed inside the page from the click to the paint of the result, with the longest task
 * (PerformanceObserver 'longtask') while it ran. The open case's runs also time reading the .qdpx before (file
 * chosen until its report shows) and exporting the opened project after (click until the download), from Node.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchCase } from '../harness.ts';
import {
  benchDir,
  launch,
  mainThreadCpu,
  profiled,
  serveApp,
  servePage,
  timed,
  watchLongTasks,
  type Served,
} from '../chromium.ts';
import { generateCorpus } from '../corpus.ts';
import { writeProject } from '../../../shared/exchange/projectWrite.ts';
import type { ProjectData } from '../../../shared/model.ts';
import { chooseQdpx, createProject } from '../pages/app.ts';

const DOCUMENTS = 70;
let corpus: ProjectData | undefined;
const study = () =>
  (corpus ??= generateCorpus({ documents: DOCUMENTS, charsPerDocument: 70_000, codings: 100_000, seed: 7 }));

let app: Served | undefined;
let profiles = 0;

async function appServer(): Promise<Served> {
  app ??= await serveApp(benchDir('koor-bench-study-'));
  return app;
}

async function closeApp(): Promise<void> {
  await app?.server.close();
  app = undefined;
}

/** A fresh profile with an empty project open on its Documents screen. */
async function freshProject(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const served = await appServer();
  const opened = await launch(path.join(served.dir, `profile-${profiles++}`), served.url);
  await createProject(opened.page, name);
  return opened;
}

/**
 * In the page: clicks `button` and resolves with the ms until the paint after the result is shown (`listed`: all
 * documents in the table with their counts; `crosstab`: the crosstab has rows), and the longest task seen
 * meanwhile (koorLongest, from watchLongTasks). Self-contained: it runs in the page.
 */
function clickUntil(
  button: HTMLElement,
  [what, documents]: ['listed' | 'crosstab', number],
): Promise<{ ms: number; longest: number }> {
  const holds = () =>
    what === 'listed'
      ? document.querySelectorAll('.documents-table tbody tr').length === documents &&
        !document.querySelector('.documents-table')?.textContent?.includes('…')
      : document.querySelectorAll('[data-testid="crosstab"] tbody tr').length > 0;
  const state = globalThis as unknown as { koorLongest: () => number };
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const ms = performance.now() - start;
          // Long tasks are reported after they end: give the last one a moment to arrive.
          setTimeout(() => resolve({ ms, longest: state.koorLongest() }), 100);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}

const LISTED: ['listed', number] = ['listed', DOCUMENTS];
type LongTasks = { koorLongest: () => number };

// Figures of one measured run that the following "longest task" cases report (one run measures both).
const longest: Record<string, number[]> = {
  import: [],
  open: [],
  compare: [],
  drill: [],
  read: [],
  export: [],
};
// Wall-clock times measured by the open case's runs (reading the file first, exporting the opened project after).
const measured: Record<string, number[]> = { read: [], export: [] };

const measuredCase = (name: string, key: string, target: number, runs: number): BenchCase => ({
  name,
  unit: 'ms',
  target,
  better: 'lower',
  runs,
  run: async () => {
    const value = measured[key]!.shift();
    if (value === undefined) throw new Error(`run the case before "${name}" first`);
    return { value };
  },
});

const longestCase = (name: string, key: string, runs: number, target = 200): BenchCase => ({
  name,
  unit: 'ms',
  target,
  better: 'lower',
  runs,
  run: async () => {
    const value = longest[key]!.shift();
    if (value === undefined) throw new Error(`run the case before "${name}" first`);
    return { value };
  },
});

let transcriptFiles: string[] = [];
// Load times of the store case's runs, reported by the load case.
const loaded: number[] = [];
let qdpxFile = '';

/** Writes the study as a .qdpx once, for the cases that open it (each may run alone with --only). */
async function writeQdpx(): Promise<void> {
  if (qdpxFile) return;
  const served = await appServer();
  qdpxFile = path.join(served.dir, 'study.qdpx');
  writeFileSync(qdpxFile, writeProject({ ...study(), name: 'Studie' }));
}

export const cases: BenchCase[] = [
  {
    name: 'study: store 70 transcripts × 70,000 chars, 100,000 codings (Chromium IndexedDB)',
    unit: 'ms',
    target: 5_000,
    better: 'lower',
    runs: 3,
    run: async () => {
      const served = await servePage(benchDir('koor-bench-storage-'), 'storage.html');
      const { context, page } = await launch(path.join(served.dir, 'profile'), `${served.url}storage.html`);
      try {
        await page.waitForFunction(() => 'koorStorageBench' in globalThis);
        const { store, load } = await timed(
          'storage',
          page.evaluate(() =>
            (
              globalThis as unknown as { koorStorageBench: () => Promise<{ store: number; load: number }> }
            ).koorStorageBench(),
          ),
          300_000,
        );
        loaded.push(load);
        return { value: store };
      } finally {
        await context.close();
        await served.server.close();
      }
    },
  },
  {
    // Measured by the same runs as the store case (one page stores, then reads back on a new connection).
    name: 'study: load back 70 transcripts × 70,000 chars, 100,000 codings (Chromium IndexedDB)',
    unit: 'ms',
    target: 2_000,
    better: 'lower',
    runs: 3,
    run: async () => {
      const value = loaded.shift();
      if (value === undefined) throw new Error('run the store case first');
      return { value };
    },
  },
  {
    name: 'study: UI import of 70 transcripts, "Importeren" until all 70 are listed with counts (Chromium)',
    unit: 'ms',
    target: 3_000,
    better: 'lower',
    runs: 3,
    setup: async () => {
      const served = await appServer();
      transcriptFiles = study().documents.map((d) => {
        const file = path.join(served.dir, `${d.name}.txt`);
        writeFileSync(file, d.text);
        return file;
      });
    },
    run: async () => {
      const { context, page } = await freshProject('Bench import');
      try {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: 'Transcripten importeren' }).click(),
        ]);
        await chooser.setFiles(transcriptFiles);
        const confirm = page.getByRole('button', { name: `${DOCUMENTS} documenten importeren` });
        await confirm.waitFor();
        for (let i = 0; !(await confirm.isEnabled()); i++) {
          if (i > 1200) throw new Error('the files were not read within 120 s');
          await page.waitForTimeout(100);
        }
        await page.evaluate(watchLongTasks);
        const { ms, longest: task } = await timed('import', confirm.evaluate(clickUntil, LISTED), 120_000);
        longest.import!.push(task);
        return { value: ms };
      } finally {
        await context.close();
      }
    },
  },
  longestCase('study: UI import of 70 transcripts, longest task while storing (Chromium)', 'import', 3),
  {
    name: 'study: open an imported .qdpx of that size as a new project, until its documents are listed (Chromium)',
    unit: 'ms',
    target: 3_000,
    better: 'lower',
    runs: 3,
    setup: writeQdpx,
    run: async () => {
      const { context, page } = await freshProject('Leeg');
      try {
        await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByRole('button', { name: 'Project importeren (.qdpx)…' }).click(),
        ]);
        // Reading the file (unzip, XML, records, speakers): from the file chosen until its report is shown.
        await page.evaluate(watchLongTasks);
        const readStart = Date.now();
        const open = page.getByRole('dialog').getByRole('button', { name: 'Als nieuw project openen' });
        await profiled(page, 'read', async () => {
          await chooser.setFiles(qdpxFile);
          await open.waitFor({ timeout: 60_000 });
        });
        measured.read!.push(Date.now() - readStart);
        longest.read!.push(await page.evaluate(() => (globalThis as unknown as LongTasks).koorLongest()));
        await page.evaluate(watchLongTasks);
        const { ms, longest: task } = await timed('open', open.evaluate(clickUntil, LISTED), 120_000);
        longest.open!.push(task);
        // Exporting the opened project as .qdpx: from the click until the file is handed to the browser.
        await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
        const exportButton = page.getByRole('button', { name: 'Project exporteren (.qdpx)' }).first();
        await exportButton.waitFor();
        await page.waitForTimeout(500);
        await page.evaluate(watchLongTasks);
        const exportStart = Date.now();
        await profiled(page, 'export', () =>
          Promise.all([page.waitForEvent('download', { timeout: 120_000 }), exportButton.click()]),
        );
        measured.export!.push(Date.now() - exportStart);
        await page.waitForTimeout(100);
        longest.export!.push(await page.evaluate(() => (globalThis as unknown as LongTasks).koorLongest()));
        return { value: ms };
      } finally {
        await context.close();
      }
    },
  },
  longestCase('study: open an imported .qdpx, longest task while storing and opening (Chromium)', 'open', 3),
  measuredCase(
    'study: open an imported .qdpx: reading the file, chosen until its report is shown (Chromium, wall-clock)',
    'read',
    3_000,
    3,
  ),
  longestCase('study: open an imported .qdpx: longest task while reading the file (Chromium)', 'read', 3),
  measuredCase(
    'study: open an imported .qdpx, then export it: click until the download starts (Chromium, wall-clock)',
    'export',
    3_000,
    3,
  ),
  longestCase('study: open an imported .qdpx, then export it: longest task (Chromium)', 'export', 3),
  {
    name: 'study: first Compare of the opened project, click until the crosstab is painted (Chromium)',
    unit: 'ms',
    target: 500,
    better: 'lower',
    runs: 3,
    setup: writeQdpx,
    run: async () => {
      // The project is imported outside the measurement; Compare is then opened for the first time.
      const { context, page } = await freshProject('Leeg');
      try {
        await (await chooseQdpx(page, qdpxFile)).click();
        await page
          .locator('.documents-table tbody tr')
          .nth(DOCUMENTS - 1)
          .waitFor({ timeout: 120_000 });
        // A reload, as when the project is opened another day: nothing is cached in the page.
        await page.reload();
        await page
          .locator('.documents-table tbody tr')
          .nth(DOCUMENTS - 1)
          .waitFor({ timeout: 120_000 });
        await page.waitForTimeout(500);
        await page.evaluate(watchLongTasks);
        const compare = page.getByRole('button', { name: 'Vergelijken', exact: true });
        const { ms, longest: task } = await timed(
          'compare',
          profiled(page, 'compare', () =>
            compare.evaluate(clickUntil, ['crosstab', DOCUMENTS] as ['crosstab', number]),
          ),
          120_000,
        );
        longest.compare!.push(task);
        // Then the first drill-down: a number of the first row, its quotes opened (CPU time of the longest task,
        // which other processes on the machine do not lengthen).
        const dialog = page.getByRole('dialog');
        const number = page
          .getByTestId('crosstab')
          .locator('tbody button.cell-button:not([disabled])')
          .first();
        const drill = await mainThreadCpu(page, async () => {
          await number.click();
          await dialog.getByTestId('quote').first().waitFor();
          await page.waitForTimeout(300);
        });
        longest.drill!.push(drill.longest);
        return { value: ms };
      } finally {
        await context.close();
      }
    },
  },
  longestCase('study: first Compare, longest task (Chromium)', 'compare', 3),
  {
    ...longestCase(
      'study: first Compare, then the first drill-down: longest task CPU (Chromium)',
      'drill',
      3,
      100,
    ),
    teardown: closeApp,
  },
];
