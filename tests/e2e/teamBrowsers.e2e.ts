/**
 * Two coders in two Chromium profiles of the built app, sharing one project through a real `koor server` on
 * 127.0.0.1 with a real PostgreSQL (both started and stopped here): A shares a local project, B joins it from an
 * empty one, A's codings appear in B (latency measured), B codes while cut off from the server and after a
 * reload, and nothing is lost when B is back; then both code one turn alike and Betrouwbaarheid, on either side,
 * shows both coders and the agreement that shared/rigour computes from the codings they made.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementReport } from '../../shared/rigour/report.ts';
import { freePort } from '../team/services.ts';
import {
  codedCount,
  codeNextTurn,
  importTranscript,
  Line,
  newProject,
  openTranscript,
  p95,
  share,
  startTeam,
  timeOneCoding,
  watchCodings,
  type Team,
} from '../team/teamApp.ts';
import { launch, profilePerTest, screenshot, storedProject } from './browser.ts';

const PROJECT = 'studie';
const LIVE_CODINGS = 32;

let team: Team;
const freshProfile = profilePerTest();

beforeAll(async () => {
  team = await startTeam(PROJECT, [
    ['Anna', 'owner'],
    ['Bram', 'coder'],
  ]);
}, 90_000);

afterAll(async () => {
  await team?.stop();
});

const percent = (value: number) =>
  `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100)}%`;
const coefficient = (value: number | undefined) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value!);

/** Betrouwbaarheid's coder table (name → number of codings) and its overall agreement row, as shown. */
async function rigourScreen(page: Page): Promise<{ coders: Record<string, string>; overall: string[] }> {
  await page.getByRole('button', { name: 'Betrouwbaarheid', exact: true }).click();
  const overall = page.getByRole('table', { name: /overeenstemming/i }).locator('tfoot td');
  await overall.first().waitFor();
  const rows = await page
    .locator('.coder-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent ?? '')));
  return {
    coders: Object.fromEntries(rows.map(([name, codings]) => [name!, codings!])),
    overall: await overall.allTextContents(),
  };
}

describe('coding together in two browsers', () => {
  it('shares a project, shows A’s codings live in B with A’s name, and keeps B’s offline work', async () => {
    const a = await launch(freshProfile());
    await newProject(a.page, 'Studie', 'normaliseren');
    await importTranscript(a.page);
    await share(a.page, team.url, team.tokens.Anna!);

    const line = new Line(await freePort(), team.port);
    await line.up();
    const b = await launch(freshProfile());
    await newProject(b.page, 'Studie (Bram)', 'empty');
    await share(b.page, `ws://127.0.0.1:${line.port}`, team.tokens.Bram!);
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).click();
    const members = b.page.getByRole('dialog', { name: 'Samenwerken' });
    await expect.poll(() => members.textContent(), { timeout: 10_000 }).toContain('Anna eigenaar');
    expect(await members.textContent()).toContain('Bram codeur (jij)');
    await screenshot(b.page, 'team-share');
    await members.getByRole('button', { name: 'Sluiten' }).click();

    // Both open the transcript; B's copy came from the server.
    for (const page of [a.page, b.page]) await openTranscript(page);
    await a.page.locator('.turn').first().click();

    // A codes turn after turn; each coding is timed from A's key press until B's code panel counts it.
    await watchCodings(a.page, b.page);
    const latencies: number[] = [];
    for (let i = 0; i < LIVE_CODINGS; i++) latencies.push(await timeOneCoding(a.page, b.page, i));
    const median = [...latencies].sort((x, y) => x - y)[Math.floor(latencies.length / 2)]!;
    console.log(
      `team: ${LIVE_CODINGS} codings from A's key press to B's screen: median ${Math.round(median)} ms, p95 ${Math.round(p95(latencies))} ms, max ${Math.round(Math.max(...latencies))} ms (load ${loadavg()[0]!.toFixed(1)})`,
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
    // A holds Bram's three codings under his name, and draws them with it (only the turns in view are drawn:
    // at the end of the transcript, where he coded, at least the last of them).
    const bramsIn = async (page: typeof a.page) => {
      const stored = await storedProject(page);
      const bram = stored.coders.find((c) => c.name === 'Bram')?.id;
      return stored.codings.filter((c) => c.coderId === bram).length;
    };
    await expect.poll(() => bramsIn(a.page), { timeout: 10_000 }).toBe(3);
    // Ctrl+End again on each try: a transcript drawn again as the synced codings arrive can take the key press.
    await expect
      .poll(
        async () => {
          await a.page.locator('.turn.focused').focus();
          await a.page.keyboard.press('Control+End');
          return a.page.locator('.stripe[title$="— Bram"]').count();
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);

    // Agreement by coder: Bram also codes the first turn Anna coded. Betrouwbaarheid, in either browser, lists
    // both members with their own codings and the agreement computed from both (per turn, all codes together).
    await b.page.locator('.turn').first().click();
    await codeNextTurn(b.page);
    const total = LIVE_CODINGS + 6;
    await expect.poll(() => codedCount(a.page), { timeout: 10_000 }).toBe(total);
    await expect.poll(() => codedCount(b.page), { timeout: 10_000 }).toBe(total);
    const project = await storedProject(b.page);
    const coderOf = (name: string) => project.coders.find((c) => c.name === name)!.id;
    const [anna, bram] = [coderOf('Anna'), coderOf('Bram')];
    const codingsOf = (id: string) => project.codings.filter((c) => c.coderId === id).length;
    expect([codingsOf(anna), codingsOf(bram)]).toEqual([LIVE_CODINGS + 2, 4]);
    const { overall } = agreementReport(project, [anna, bram], { unit: 'turn' });
    // One turn both coded, Anna's others and Bram's three alone: neither full nor no agreement.
    expect(overall.percentAgreement).toBeGreaterThan(0);
    expect(overall.percentAgreement).toBeLessThan(1);
    for (const page of [a.page, b.page]) {
      const screen = await rigourScreen(page);
      const you = page === a.page ? 'Anna' : 'Bram';
      const named = (name: string) => (name === you ? `${name} (jij, op deze computer)` : name);
      expect(screen.coders).toMatchObject({
        [named('Anna')]: String(LIVE_CODINGS + 2),
        [named('Bram')]: '4',
      });
      // n, % agreement, Cohen's kappa, Krippendorff's alpha, …: the first three as shared/rigour has them.
      expect(screen.overall.slice(0, 3)).toEqual([
        new Intl.NumberFormat('nl-NL').format(overall.n),
        percent(overall.percentAgreement),
        coefficient(overall.cohenKappa),
      ]);
    }
    await line.down();
    await a.context.close();
    await b.context.close();
    // Two browsers, a server and a database on a shared machine: the scenario takes minutes under load.
  }, 300_000);
});
