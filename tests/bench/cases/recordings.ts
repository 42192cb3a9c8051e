/**
 * Recordings in Chromium (issue 16): seeking to a turn and starting to play, following along while playing, and
 * storing a 200 MB recording in the browser's own storage. The recordings are generated in the setup (ffmpeg,
 * sox; nothing committed or downloaded): a 30-minute conversation with a turn every 5 s (360 turns, a WebVTT
 * transcript), imported with its recording through the Documents screen as a user would, and a 200 MiB WAV
 * linked to a second transcript. Play and follow are timed inside the page (performance.now,
 * requestAnimationFrame, PerformanceObserver 'longtask'); storing is timed from choosing the file to the
 * "linked" message.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchCase } from '../harness.ts';
import {
  benchDir,
  launch as launchChromium,
  longestTaskCpu,
  serveApp,
  timed,
  watchLongTasks,
  type Served,
} from '../chromium.ts';
import { createProject, openDocument as openProjectDocument } from '../pages/app.ts';

const TURNS = 360;
const SLOT = 5;
const PROJECT = 'Bench opnames';

type Shared = Served & { profile: string; recording: string; transcript: string; big: string; other: string };
let shared: Shared | undefined;
let open: { context: BrowserContext; page: Page } | undefined;

const clock = (s: number) =>
  `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;

function vtt(turns: number): string {
  const speakers = ['Gespreksleider', 'Anna', 'Bram', 'Carla', 'Dirk', 'Eva'];
  const lines = ['WEBVTT', ''];
  for (let i = 0; i < turns; i++) {
    lines.push(`${clock(i * SLOT)} --> ${clock(i * SLOT + SLOT - 1)}`);
    lines.push(
      `<v ${speakers[i % speakers.length]}>Beurt ${i + 1}: dit is wat er op dat moment gezegd werd, een zin of twee lang.`,
    );
    lines.push('');
  }
  return lines.join('\n');
}

/** Generates the recordings, serves the app and imports the conversation with its recording once. */
async function prepare(): Promise<Shared> {
  if (shared) return shared;
  const served = await serveApp(benchDir('koor-bench-rec-'));
  const dir = served.dir;
  const recording = path.join(dir, 'gesprek.mp3');
  const transcript = path.join(dir, 'gesprek.vtt');
  const other = path.join(dir, 'opslag.vtt');
  const big = path.join(dir, 'opslag.wav');
  execFileSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=220:duration=${TURNS * SLOT}`,
    '-ac',
    '1',
    '-ar',
    '22050',
    '-codec:a',
    'libmp3lame',
    '-b:a',
    '32k',
    recording,
  ]);
  writeFileSync(transcript, vtt(TURNS));
  writeFileSync(other, vtt(3));
  // 200 MiB of CD-quality stereo WAV (44,100 × 4 bytes a second × 1,189 s), made by sox, not committed.
  execFileSync('sox', ['-n', '-r', '44100', '-c', '2', '-b', '16', big, 'synth', '1189', 'sine', '440']);
  shared = { ...served, profile: path.join(dir, 'profile'), recording, transcript, big, other };
  const { context, page } = await launch();
  try {
    await createProject(page, PROJECT, { codebook: 'empty', wait: false });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Transcripten importeren' }).click(),
    ]);
    await chooser.setFiles([transcript, recording, other]);
    await page.getByRole('dialog').getByRole('button', { name: '2 documenten importeren' }).click();
    await page.getByText('Opname “gesprek.mp3” gekoppeld').waitFor({ timeout: 120_000 });
  } finally {
    await context.close();
  }
  return shared;
}

function launch(): Promise<{ context: BrowserContext; page: Page }> {
  return launchChromium(shared!.profile, shared!.url);
}

/** Opens the project and a document, without measuring. */
function openDocument(page: Page, name: string): Promise<void> {
  return openProjectDocument(page, PROJECT, name);
}

async function session(document: string): Promise<Page> {
  await prepare();
  open ??= await launch();
  await openDocument(open.page, document);
  return open.page;
}

async function close(): Promise<void> {
  await open?.context.close();
  open = undefined;
}

/**
 * In the page: ms from clicking a turn's time to the media playing past that time (the element paused first),
 * checked every animation frame and on every timeupdate.
 */
function measureSeek(button: HTMLElement): Promise<number> {
  return new Promise((resolve) => {
    const element = document.querySelector<HTMLMediaElement>('audio, video')!;
    element.pause();
    let target = Infinity;
    let done = false;
    const start = performance.now();
    const check = () => {
      if (done) return;
      if (!element.paused && element.currentTime > target) {
        done = true;
        element.removeEventListener('timeupdate', check);
        resolve(performance.now() - start);
        return;
      }
      requestAnimationFrame(check);
    };
    element.addEventListener('timeupdate', check);
    button.click();
    target = element.currentTime + 0.001;
    requestAnimationFrame(check);
  });
}

/** In the page: plays from the first turn at 2× for `ms`, following along; the longest task seen, in ms. */
function measureFollow(ms: number): Promise<number> {
  return new Promise((resolve) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const element = document.querySelector<HTMLMediaElement>('audio, video')!;
    document.querySelector<HTMLButtonElement>('.turn .turn-time.play')!.click();
    if (element.playbackRate !== 2) throw new Error(`playing at ${element.playbackRate}×, not 2×`);
    setTimeout(() => {
      element.pause();
      setTimeout(() => {
        observer.disconnect();
        resolve(longest);
      }, 200);
    }, ms);
  });
}

let seekTurn = 0;

export const cases: BenchCase[] = [
  {
    name: 'recordings: seek to a turn and start playing, click to time advancing (Chromium)',
    unit: 'ms',
    target: 100,
    better: 'lower',
    runs: 15,
    setup: async () => {
      const page = await session('Gesprek');
      await page.waitForTimeout(500);
    },
    run: async () => {
      const page = open!.page;
      // Rows further down each run: following along keeps the view at the row played last, so the next one
      // (five turns on) is on screen, as a turn a user clicks is.
      seekTurn += 5;
      const button = page.locator(`.turn[data-row="${seekTurn}"] .turn-time.play`);
      await button.scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      const value = await timed('seek', button.evaluate(measureSeek));
      return { value };
    },
    teardown: close,
  },
  {
    name: 'recordings: follow along while playing at 2× for 12 s, longest task (Chromium; 0 = no task over 50 ms)',
    unit: 'ms',
    target: 50,
    better: 'lower',
    runs: 3,
    setup: async () => {
      const page = await session('Gesprek');
      // 2× as a user chooses it, once the recording's metadata is in (the player applies its speed then; a
      // speed set on the element before that was reset to 1×, and the run heard only two turns).
      await page.waitForFunction(
        () => (document.querySelector<HTMLMediaElement>('audio, video')?.readyState ?? 0) >= 1,
      );
      await page.getByRole('combobox', { name: /snelheid/i }).selectOption('2');
      await page.evaluate(watchLongTasks);
    },
    run: async () => {
      const page = open!.page;
      // The long task's wall-clock time, and (as `cpu`) the CPU time of the longest task from a trace: on a
      // loaded machine the first also counts the time the browser waited for a core.
      const { result: value, cpu } = await longestTaskCpu(page, () =>
        timed('follow', page.evaluate(measureFollow, 12_000)),
      );
      // The transcript followed: a turn well past the first is the one being heard.
      const playing = await page.locator('.turn.playing').getAttribute('data-row');
      if (Number(playing) < 3) throw new Error(`following did not move (row ${playing})`);
      return { value, cpu };
    },
    teardown: close,
  },
  {
    name: 'recordings: store a 200 MiB recording in the browser (OPFS), choosing to linked (Chromium)',
    unit: 's',
    target: 10,
    better: 'lower',
    runs: 3,
    setup: async () => {
      await session('Opslag');
    },
    run: async () => {
      const page = open!.page;
      const unlink = page.getByRole('button', { name: 'Opname ontkoppelen' });
      if (await unlink.count()) {
        await unlink.click();
        await page.getByRole('button', { name: 'Opname koppelen…' }).waitFor();
      }
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Opname koppelen…' }).click(),
      ]);
      const start = performance.now();
      await chooser.setFiles(shared!.big);
      await page.getByText('Opname “opslag.wav” gekoppeld').waitFor({ timeout: 120_000 });
      const value = (performance.now() - start) / 1000;
      await page.getByRole('button', { name: 'Opname ontkoppelen' }).waitFor();
      return { value };
    },
    teardown: async () => {
      await close();
      await shared?.server.close();
      if (shared) rmSync(shared.dir, { recursive: true, force: true });
      shared = undefined;
    },
  },
];
