/**
 * Coding together in the built app, step by step, for the end-to-end tests and the bench alike: a real
 * `koor server` with a real PostgreSQL on 127.0.0.1 (started here, stopped by `stop()` and in any case when the
 * process ends), a project shared from one Chromium profile and joined from another, codings made by keyboard,
 * and each coding timed from A's key press until B's code panel counts it. Nothing here uses vitest, so the
 * bench runs it too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket, type Server } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openTeamStore } from '../../shared/cli/server/store.ts';
import type { MemberRole } from '../../shared/sync/protocol.ts';
import { freePort, startPostgres, type Service } from './services.ts';

export const TEAM_TRANSCRIPT = path.resolve('tests/fixtures/transcripts/07_onderzoekers_opleiders.txt');
export const TEAM_TRANSCRIPT_NAME = 'Onderzoekers opleiders';

const servers = new Set<ChildProcess>();
process.once('exit', () => servers.forEach((child) => child.kill('SIGKILL')));

/** Starts `koor server` on `port` as its own process; resolves with its address once it listens. */
export async function serverProcess(
  port: number,
  database: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['shared/cli/koor.mjs', 'server', '--port', String(port), '--database', database],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  servers.add(child);
  child.once('exit', () => servers.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const found = /team server on (ws:\/\/\S+)/.exec(String(chunk));
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`koor server exited with ${code}`)));
  });
  return { child, url };
}

async function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

export type Team = {
  /** The server's address, ws://127.0.0.1:port. */
  url: string;
  port: number;
  /** Each member's invitation code, by name. */
  tokens: Record<string, string>;
  /** Kills the server process at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and database. */
  restart(): Promise<void>;
  /** Stops the server and PostgreSQL, and removes the database. */
  stop(): Promise<void>;
};

/** A PostgreSQL and a `koor server` on it for project `project`, with these members invited. */
export async function startTeam(
  project: string,
  members: readonly (readonly [name: string, role: MemberRole])[],
): Promise<Team> {
  const postgres: Service = await startPostgres();
  try {
    const store = await openTeamStore(postgres.url);
    const tokens: Record<string, string> = {};
    for (const [name, role] of members) tokens[name] = (await store.invite(project, name, role)).token;
    await store.close();
    const port = await freePort();
    let server = await serverProcess(port, postgres.url);
    return {
      url: server.url,
      port,
      tokens,
      kill: () => ended(server.child, 'SIGKILL'),
      async restart() {
        await ended(server.child, 'SIGKILL');
        server = await serverProcess(port, postgres.url);
      },
      async stop() {
        await ended(server.child, 'SIGTERM');
        await postgres.stop();
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}

/** A TCP relay in front of the server whose line can be cut and restored, as a laptop losing its network. */
export class Line {
  private relay: Server | null = null;
  private sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: number,
  ) {}
  async up(): Promise<void> {
    this.relay = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target, '127.0.0.1');
      for (const [s, other] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        // One end gone (the server down, the browser gone) takes the other with it, as a real network does.
        s.on('close', () => {
          this.sockets.delete(s);
          other.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.relay!.listen(this.port, '127.0.0.1', resolve));
  }
  async down(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.relay?.close(() => resolve()) ?? resolve());
    this.sockets.forEach((s) => s.destroy());
    await closed;
    this.relay = null;
  }
}

/** On the start screen: makes a project and opens it. */
export async function newProject(
  page: Page,
  name: string,
  codebook: 'normaliseren' | 'empty',
): Promise<void> {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption(codebook);
  await page.getByRole('button', { name: 'Project maken' }).click();
}

/** Imports one transcript file into the open project. */
export async function importTranscript(page: Page, file = TEAM_TRANSCRIPT): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles([file]);
  await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
}

/** Shares the open project through the Samenwerken dialog; resolves once connected. */
export async function share(page: Page, server: string, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Samenwerken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Samenwerken' });
  await dialog.getByLabel('Serveradres').fill(server);
  await dialog.getByLabel('Uitnodigingscode').fill(token);
  await dialog.getByRole('button', { name: 'Verbinden' }).click();
  // The page reloads so that its CSP admits this server, then joins.
  await page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
}

/** Opens a transcript from Documenten and puts the keyboard in its first turn. */
export async function openTranscript(page: Page, name = TEAM_TRANSCRIPT_NAME): Promise<void> {
  await page.getByRole('button', { name: 'Documenten', exact: true }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('.turn').first().focus();
}

/** The number of codings the code panel counts (every code's count added up). */
export async function codedCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.code-panel .count, .side .count')).reduce(
      (sum, el) => sum + Number((el.textContent ?? '0').replace(/\D/g, '') || 0),
      0,
    ),
  );
}

/** Waits until the code panel counts `count` codings. */
export async function untilCounted(page: Page, count: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      Array.from(document.querySelectorAll('.code-panel .count, .side .count')).reduce(
        (sum, el) => sum + Number((el.textContent ?? '0').replace(/\D/g, '') || 0),
        0,
      ) === n,
    count,
    { timeout, polling: 50 },
  );
}

/** Codes the turn after the focused one with the first code, by keyboard (arrow down, Enter selects, "1" codes). */
export async function codeNextTurn(page: Page): Promise<void> {
  await page.locator('.turn.focused').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText(/^Selectie: /).waitFor();
  await page.keyboard.press('1');
}

type Timed = { koorPresses: number[]; koorArrivals: number[]; koorSeen: number };

/**
 * Starts timing codings from `a` to `b`: in A, the moment each "1" is pressed (from the key event itself, not
 * from the test's round trip to the page); in B, the moment its code panel counts one more coding.
 */
export async function watchCodings(a: Page, b: Page): Promise<void> {
  await a.evaluate(() => {
    const w = window as unknown as Timed;
    w.koorPresses = [];
    window.addEventListener(
      'keydown',
      (e) => e.key === '1' && w.koorPresses.push(performance.timeOrigin + e.timeStamp),
      { capture: true },
    );
  });
  await b.evaluate(() => {
    const w = window as unknown as Timed;
    w.koorArrivals = [];
    const count = () =>
      Array.from(document.querySelectorAll('.side .count')).reduce(
        (sum, el) => sum + Number((el.textContent ?? '0').replace(/\D/g, '') || 0),
        0,
      );
    w.koorSeen = count();
    new MutationObserver(() => {
      const now = count();
      for (; w.koorSeen < now; w.koorSeen++) w.koorArrivals.push(performance.timeOrigin + performance.now());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * A codes its next turn; resolves with the milliseconds from A's key press until B counted it (the `n`th coding
 * since `watchCodings`, counting from 0).
 */
export async function timeOneCoding(a: Page, b: Page, n: number, timeout = 10_000): Promise<number> {
  await codeNextTurn(a);
  await b.waitForFunction((count) => (window as unknown as Timed).koorArrivals.length > count, n, {
    timeout,
    polling: 20,
  });
  const sent = await a.evaluate((i) => (window as unknown as Timed).koorPresses[i]!, n);
  const arrived = await b.evaluate((i) => (window as unknown as Timed).koorArrivals[i]!, n);
  return arrived - sent;
}

/** The nearest-rank 95th percentile. */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}
