/**
 * Two coders in two Chromium profiles of the built app, sharing one project through a real `koor server` on
 * 127.0.0.1 with a real PostgreSQL (both started and stopped here): A shares a local project, B joins it from an
 * empty one, A's codings appear in B (latency measured), B codes while cut off from the server and after a
 * reload, and nothing is lost when B is back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket, type Server } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTeamStore } from '../../shared/cli/server/store.ts';
import { freePort, startPostgres, type Service } from '../team/services.ts';
import { launch, profilePerTest, screenshot } from './browser.ts';

const FILE = path.resolve('tests/fixtures/transcripts/07_onderzoekers_opleiders.txt');
const PROJECT = 'studie';
const LIVE_CODINGS = 32;

let postgres: Service;
let server: ChildProcess;
let serverUrl: string;
const tokens: Record<string, string> = {};
const freshProfile = profilePerTest();

/** A TCP relay in front of the server whose line can be cut and restored, as a laptop losing its network. */
class Line {
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
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => this.sockets.delete(s));
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

beforeAll(async () => {
  postgres = await startPostgres();
  const store = await openTeamStore(postgres.url);
  tokens.anna = (await store.invite(PROJECT, 'Anna', 'owner')).token;
  tokens.bram = (await store.invite(PROJECT, 'Bram', 'coder')).token;
  await store.close();
  const port = await freePort();
  server = spawn(
    process.execPath,
    ['shared/cli/koor.mjs', 'server', '--port', String(port), '--database', postgres.url],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  serverUrl = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = /team server on (ws:\/\/\S+)/.exec(String(chunk));
      if (found) resolve(found[1]!);
    });
    server.once('exit', (code) => reject(new Error(`koor server exited with ${code}`)));
  });
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await postgres?.stop();
});

async function newProject(page: Page, name: string, codebook: 'normaliseren' | 'empty') {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption(codebook);
  await page.getByRole('button', { name: 'Project maken' }).click();
}

async function share(page: Page, server: string, token: string) {
  await page.getByRole('button', { name: 'Samenwerken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Samenwerken' });
  await dialog.getByLabel('Serveradres').fill(server);
  await dialog.getByLabel('Uitnodigingscode').fill(token);
  await dialog.getByRole('button', { name: 'Verbinden' }).click();
  // The page reloads so that its CSP admits this server, then joins.
  await page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
}

/** The number of codings the code panel counts (every code's count added up). */
async function codedCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.code-panel .count, .side .count')).reduce(
      (sum, el) => sum + Number((el.textContent ?? '0').replace(/\D/g, '') || 0),
      0,
    ),
  );
}

/** Codes the next turn with the first code, by keyboard (arrow down, Enter selects the turn, "1" codes). */
async function codeNextTurn(page: Page): Promise<void> {
  await page.locator('.turn.focused').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText(/^Selectie: /).waitFor();
  await page.keyboard.press('1');
}

type Timed = { arrivals: number[]; presses: number[]; seen: number };

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

describe('coding together in two browsers', () => {
  it('shares a project, shows A’s codings live in B with A’s name, and keeps B’s offline work', async () => {
    const a = await launch(freshProfile());
    await newProject(a.page, 'Studie', 'normaliseren');
    const chooser = a.page.waitForEvent('filechooser');
    await a.page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await a.page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await share(a.page, serverUrl, tokens.anna!);

    const line = new Line(await freePort(), Number(new URL(serverUrl).port));
    await line.up();
    const b = await launch(freshProfile());
    await newProject(b.page, 'Studie (Bram)', 'empty');
    await share(b.page, `ws://127.0.0.1:${line.port}`, tokens.bram!);
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).click();
    const members = b.page.getByRole('dialog', { name: 'Samenwerken' });
    await expect.poll(() => members.textContent(), { timeout: 10_000 }).toContain('Anna eigenaar');
    expect(await members.textContent()).toContain('Bram codeur (jij)');
    await screenshot(b.page, 'team-share');
    await members.getByRole('button', { name: 'Sluiten' }).click();

    // Both open the transcript; B's copy came from the server.
    for (const page of [a.page, b.page]) {
      await page.getByRole('button', { name: 'Documenten', exact: true }).click();
      await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();
      await page.locator('.turn').first().focus();
    }
    await a.page.locator('.turn').first().click();
    // The moment A presses the key, from the key event itself (not from the test's round trip to the page).
    await a.page.evaluate(() => {
      const w = window as unknown as Timed;
      w.presses = [];
      window.addEventListener(
        'keydown',
        (e) => e.key === '1' && w.presses.push(performance.timeOrigin + e.timeStamp),
        { capture: true },
      );
    });

    // A codes turn after turn; each coding is timed until B's code panel counts it.
    await b.page.evaluate(() => {
      const w = window as unknown as Timed;
      w.arrivals = [];
      const count = () =>
        Array.from(document.querySelectorAll('.side .count')).reduce(
          (sum, el) => sum + Number((el.textContent ?? '0').replace(/\D/g, '') || 0),
          0,
        );
      w.seen = count();
      new MutationObserver(() => {
        const now = count();
        for (; w.seen < now; w.seen++) w.arrivals.push(performance.timeOrigin + performance.now());
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const latencies: number[] = [];
    for (let i = 0; i < LIVE_CODINGS; i++) {
      await codeNextTurn(a.page);
      await expect
        .poll(() => b.page.evaluate(() => (window as unknown as Timed).arrivals.length), {
          timeout: 10_000,
          interval: 20,
        })
        .toBe(i + 1);
      const sent = await a.page.evaluate((n) => (window as unknown as Timed).presses[n]!, i);
      const arrived = await b.page.evaluate((n) => (window as unknown as Timed).arrivals[n]!, i);
      latencies.push(arrived - sent);
    }
    const p95ms = p95(latencies);
    const median = [...latencies].sort((x, y) => x - y)[Math.floor(latencies.length / 2)]!;
    console.log(
      `team: ${LIVE_CODINGS} codings from A's key press to B's screen: median ${Math.round(median)} ms, p95 ${Math.round(p95ms)} ms, max ${Math.round(Math.max(...latencies))} ms (load ${loadavg()[0]!.toFixed(1)})`,
    );
    // The ≤ 300 ms target is checked by the bench case "team: coding from A appears in B" (speed targets are
    // benchmarks' business); here every coding must arrive, and the figures are reported.
    expect(latencies).toHaveLength(LIVE_CODINGS);
    // B sees whose codings they are.
    await expect
      .poll(() => b.page.locator('.stripe[title$="— Anna"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(b.page, 'team-live');

    // B loses the line, codes three turns and reloads while offline; A codes two more meanwhile.
    await line.down();
    await b.page.getByRole('button', { name: 'Samenwerken: offline' }).waitFor({ timeout: 15_000 });
    await b.page.locator('.turn').last().click();
    await b.page.locator('.turn').last().focus();
    for (let i = 0; i < 3; i++) {
      await b.page.keyboard.press('ArrowUp');
      await b.page.keyboard.press('Enter');
      await b.page.getByText(/^Selectie: /).waitFor();
      await b.page.keyboard.press('1');
      await expect.poll(() => codedCount(b.page), { timeout: 10_000 }).toBe(LIVE_CODINGS + i + 1);
    }
    for (let i = 0; i < 2; i++) await codeNextTurn(a.page);
    await expect.poll(() => codedCount(a.page), { timeout: 10_000 }).toBe(LIVE_CODINGS + 2);
    await b.page.reload();
    await expect.poll(() => codedCount(b.page), { timeout: 15_000 }).toBe(LIVE_CODINGS + 3);

    // Back online: both hold everything, once.
    await line.up();
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => codedCount(b.page), { timeout: 15_000 }).toBe(LIVE_CODINGS + 5);
    await expect.poll(() => codedCount(a.page), { timeout: 15_000 }).toBe(LIVE_CODINGS + 5);
    await expect.poll(() => a.page.locator('.stripe[title$="— Bram"]').count(), { timeout: 10_000 }).toBe(3);
    await line.down();
    await a.context.close();
    await b.context.close();
  });
});
