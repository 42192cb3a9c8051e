/**
 * What the browser bench cases share: building the renderer (or a bench page) with Vite, serving it, and
 * driving Debian's Chromium with playwright-core on a persistent profile, as a user's browser would run Koor.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.ts';

export { CHROMIUM };
const FLAGS = CHROMIUM_FLAGS;

export type Served = { dir: string; server: PreviewServer; url: string };

/** A new temporary folder for a case's build, profile and files. */
export function benchDir(prefix: string): string {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Builds the app into `dir` (KOOR_BENCH_DIST reuses a build) and serves it on 127.0.0.1. */
export async function serveApp(dir: string): Promise<Served> {
  const dist = process.env.KOOR_BENCH_DIST ?? path.join(dir, 'dist');
  if (!process.env.KOOR_BENCH_DIST) {
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'inherit',
    });
  }
  return serve(
    dir,
    await preview({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
      build: { outDir: dist },
    }),
  );
}

/** Builds a bench page (an HTML file beside its module, under tests/bench/pages/) and serves it. */
export async function servePage(dir: string, page: string): Promise<Served> {
  const root = path.resolve('tests/bench/pages');
  const outDir = path.join(dir, 'page');
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(root, page) } },
  });
  return serve(
    dir,
    await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
      build: { outDir },
    }),
  );
}

function serve(dir: string, server: PreviewServer): Served {
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { dir, server, url: `http://127.0.0.1:${address.port}/` };
}

/** Launches Chromium at 1400 × 900 on a persistent profile and opens `url`. */
export async function launch(profile: string, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  // tsx keeps function names with a `__name` helper, which the functions handed to evaluate() then call.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { context, page };
}

/** Fails a measurement that never finishes instead of hanging the run. */
export async function timed<T>(label: string, work: Promise<T>, ms = 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** In the page: starts recording long tasks; `koorLongest()` then returns the longest one so far, in ms. */
export function watchLongTasks(): void {
  const state = globalThis as unknown as { koorLongest: () => number };
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask' });
  state.koorLongest = () => longest;
}

/**
 * Runs `work`; with KOOR_BENCH_PROFILE=<folder> it also records a V8 CPU profile of the page into that folder
 * (open it in Chrome DevTools; build with `--minify false` and point KOOR_BENCH_DIST at it for readable names).
 */
export async function profiled<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  const folder = process.env.KOOR_BENCH_PROFILE;
  if (!folder) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${label}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  await cdp.detach();
  return result;
}

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * Runs `work` while Chromium traces the page's main thread, and returns its result with the longest task's CPU
 * time in ms (the thread time of the longest `RunTask` on a renderer main thread). Unlike a long task's
 * wall-clock duration, it does not grow when other processes take the machine's cores from the browser.
 */
export async function longestTaskCpu<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: number }> {
  const { result, longest } = await mainThreadCpu(page, work);
  return { result, cpu: longest };
}

/**
 * Runs `work` while Chromium traces the page's main thread, and returns its result with the CPU time in ms of the
 * longest task (`longest`) and of all tasks together (`total`: the thread time of every `RunTask` on a renderer
 * main thread, nested ones counted once), neither of which grows when other processes take the machine's cores.
 */
export async function mainThreadCpu<T>(
  page: Page,
  work: () => Promise<T>,
  between?: { from: string; to: string },
): Promise<{ result: T; longest: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: object[] }) => events.push(...(e.value as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: between ? 'toplevel,blink.user_timing' : 'toplevel',
    transferMode: 'ReportEvents',
  });
  let result: T;
  try {
    result = await work();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // With `between`: only the tasks from the one that made the page's performance.mark(from) to the one that
  // made performance.mark(to), not the tracing's own round trips or work the page does after the measurement.
  const mark = (name: string) => events.find((e) => e.name === name)?.ts;
  const from = between ? mark(between.from) : -Infinity;
  const to = between ? mark(between.to) : Infinity;
  if (from === undefined || to === undefined)
    throw new Error(`no performance marks ${between?.from}, ${between?.to}`);
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        main.has(`${e.pid}:${e.tid}`) &&
        e.ts + (e.dur ?? 0) >= from &&
        e.ts <= to,
    )
    .sort((a, b) => a.ts - b.ts);
  let longest = 0;
  let total = 0;
  const ends = new Map<string, number>();
  for (const e of tasks) {
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    longest = Math.max(longest, cpu);
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(thread) ?? -Infinity)) continue;
    ends.set(thread, e.ts + (e.dur ?? 0));
    total += cpu;
  }
  return { result, longest, total };
}
