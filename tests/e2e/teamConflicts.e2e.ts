/**
 * Concurrent edits and a server crash in the built app, through a real `koor server` and PostgreSQL on 127.0.0.1
 * (started, killed, restarted and stopped here): a code deleted by one coder while another applies it (the coding
 * is kept and shown under "Verwijderde code"), the same person coding the same words on two devices (one coding
 * after they meet), and the server killed while codings are on their way (none lost once it is back).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../team/services.ts';
import {
  codedCount,
  codeNextTurn,
  importTranscript,
  Line,
  newProject,
  openTranscript,
  share,
  startTeam,
  untilCounted,
  type Team,
} from '../team/teamApp.ts';
import { launch, profilePerTest } from './browser.ts';

let team: Team;
const freshProfile = profilePerTest();

beforeAll(async () => {
  team = await startTeam('studie', [
    ['Anna', 'owner'],
    ['Bram', 'coder'],
  ]);
}, 90_000);

afterAll(async () => {
  await team?.stop();
});

/** Joins the shared project from a new, empty project (through `server`) and opens the transcript. */
async function join(server: string, token: string, name: string) {
  const opened = await launch(freshProfile());
  await newProject(opened.page, name, 'empty');
  await share(opened.page, server, token);
  await openTranscript(opened.page);
  return opened;
}

/** Selects turn `index` (clicking it, then Enter) and presses the code key `key`. */
async function codeTurn(page: Page, index: number, key: string): Promise<void> {
  const turn = page.locator('.turn').nth(index);
  await turn.click();
  await turn.focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^Selectie: /).waitFor();
  await page.keyboard.press(key);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ORPHAN = /^1 codering hoort bij een code die een teamlid verwijderde/;

describe('concurrent edits and faults in a shared project', () => {
  it('keeps a coding whose code was deleted meanwhile, folds one person’s double coding, and survives a server crash', async () => {
    const a = await launch(freshProfile());
    await newProject(a.page, 'Studie', 'normaliseren');
    await importTranscript(a.page);
    await share(a.page, team.url, team.tokens.Anna!);
    await openTranscript(a.page);
    const line = new Line(await freePort(), team.port);
    await line.up();
    const b = await join(`ws://127.0.0.1:${line.port}`, team.tokens.Bram!, 'Studie (Bram)');

    // Bram, cut off, codes a turn with the second code while Anna deletes that code (it has no codings yet).
    const second = (await b.page
      .locator('.code-apply', { has: b.page.locator('kbd', { hasText: /^2$/ }) })
      .locator('.code-name')
      .textContent())!;
    await line.down();
    await b.page.getByRole('button', { name: 'Samenwerken: offline' }).waitFor({ timeout: 15_000 });
    await codeTurn(b.page, 5, '2');
    await untilCounted(b.page, 1);
    await a.page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await a.page
      .getByRole('treeitem', { name: new RegExp(`^${escape(second)}`) })
      .first()
      .click();
    await a.page.getByRole('button', { name: 'Verwijderen…' }).click();
    await a.page.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await a.page
      .getByRole('treeitem', { name: new RegExp(`^${escape(second)}`) })
      .waitFor({ state: 'detached' });
    await line.up();
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
    // Neither lost it nor left it dangling: both show it, under the deleted code, with a way to give it another.
    await openTranscript(a.page);
    for (const page of [a.page, b.page]) {
      await page.getByRole('status').filter({ hasText: ORPHAN }).waitFor({ timeout: 15_000 });
    }
    await a.page.locator('.stripe[title="Verwijderde code — Bram"]').waitFor();
    await a.page
      .getByRole('status')
      .filter({ hasText: ORPHAN })
      .getByRole('button', { name: 'Toon' })
      .click();
    const editor = a.page.getByRole('region', { name: 'Geselecteerde codering' });
    expect(await editor.getByRole('combobox').locator('option:checked').textContent()).toBe(
      'Verwijderde code',
    );

    // Anna on a second device, cut off from the first: both code the same turn with the same code.
    const line2 = new Line(await freePort(), team.port);
    await line2.up();
    const a2 = await join(`ws://127.0.0.1:${line2.port}`, team.tokens.Anna!, 'Studie (Anna thuis)');
    await untilCounted(a2.page, 0);
    await line2.down();
    await a2.page.getByRole('button', { name: 'Samenwerken: offline' }).waitFor({ timeout: 15_000 });
    await codeTurn(a.page, 8, '1');
    await codeTurn(a2.page, 8, '1');
    await untilCounted(a.page, 1);
    await untilCounted(a2.page, 1);
    await untilCounted(b.page, 1);
    await line2.up();
    await a2.page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
    // One coding of Anna's on those words, everywhere (two would have counted 2 for a moment and stayed 2).
    await a2.page.waitForTimeout(2000);
    for (const page of [a.page, a2.page, b.page]) await untilCounted(page, 1);
    await a2.context.close();

    // The server is killed while Anna codes ten turns in a row, and started again: nothing she coded is lost.
    await a.page.locator('.turn').nth(10).click();
    // Each coding is counted before the next key, so a lost one fails at its own step, not as a total at the end.
    for (let i = 0; i < 10; i++) {
      await codeNextTurn(a.page);
      await untilCounted(a.page, 2 + i);
      if (i === 4) await team.kill();
    }
    await a.page.getByRole('button', { name: 'Samenwerken: offline' }).waitFor({ timeout: 15_000 });
    await team.restart();
    await a.page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
    await untilCounted(b.page, 11, 30_000);
    // A newcomer's copy comes from the restarted server's database alone.
    await a.context.close();
    await b.context.close();
    const c = await join(team.url, team.tokens.Bram!, 'Studie (Bram, nieuwe laptop)');
    await untilCounted(c.page, 11, 30_000);
    expect(await codedCount(c.page)).toBe(11);
    await c.context.close();
  }, 400_000);
});
