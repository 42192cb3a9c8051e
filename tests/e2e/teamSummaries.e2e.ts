/**
 * Writing one cell's summary together, in the built app, through a real `koor server` and PostgreSQL on 127.0.0.1
 * (started and stopped here), with Anna and Bram in two browsers:
 * - both start the cell's first summary at the same moment (Bram's line down): one summary, holding both texts,
 *   on both screens (each used to make a summary of their own, and the grid showed one of them);
 * - Bram changes the summary while Anna is typing in it: her save keeps his change (it used to put back the text
 *   her draft started from);
 * - Anna removes a citation from the keyboard: its marker goes, later ones are renumbered, on Bram's screen too,
 *   and undo brings it back; a reader sees the citations without a Remove button.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProject, openTranscript, share, startTeam, untilCounted, type Team } from '../team/teamApp.ts';
import { launch, profilePerTest } from './browser.ts';
import { annaCodesBramJoins, cite, openCell, saved } from './summaryCell.ts';

let team: Team;
const freshProfile = profilePerTest();

beforeAll(async () => {
  team = await startTeam('samen', [
    ['Anna', 'owner'],
    ['Bram', 'coder'],
    ['Lezer', 'reader'],
  ]);
}, 90_000);

afterAll(async () => {
  await team?.stop();
});

const markers = async (editor: Awaited<ReturnType<typeof openCell>>) =>
  (await editor.inputValue()).match(/\[\d\]/g) ?? [];
const citationList = (page: Page) => page.getByRole('region', { name: 'Verwijzingen' }).locator('li');

describe('writing one summary together', () => {
  it('keeps both people’s first summary, a change made while the other types, and removes a citation', async () => {
    const { a, b, line } = await annaCodesBramJoins(team, 'Samen', freshProfile);
    const annas = await openCell(a.page);
    const brams = await openCell(b.page);

    // Both write the cell's first summary at once (Bram offline), then meet.
    await line.down();
    await b.page.getByRole('button', { name: 'Samenwerken: offline' }).waitFor({ timeout: 15_000 });
    await annas.fill('Ouders zoeken steun.');
    await saved(a.page);
    await brams.fill('School helpt weinig.');
    await saved(b.page);
    await line.up();
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
    for (const editor of [annas, brams]) {
      await expect.poll(() => editor.inputValue(), { timeout: 15_000 }).toContain('Ouders zoeken steun.');
      await expect.poll(() => editor.inputValue(), { timeout: 15_000 }).toContain('School helpt weinig.');
    }
    await expect.poll(() => brams.inputValue()).toBe(await annas.inputValue());

    // Anna types on for three seconds (so her save waits); meanwhile Bram's change to the start arrives.
    await annas.focus();
    await a.page.keyboard.press('Control+End');
    await Promise.all([
      annas.pressSequentially(' Ook thuis.', { delay: 250 }),
      (async () => {
        await b.page.waitForTimeout(300);
        await brams.fill(`Kort: ${await brams.inputValue()}`);
        await saved(b.page);
      })(),
    ]);
    await saved(a.page);
    for (const editor of [annas, brams]) {
      await expect.poll(() => editor.inputValue(), { timeout: 15_000 }).toMatch(/^Kort: /);
      await expect.poll(() => editor.inputValue(), { timeout: 15_000 }).toContain('Ook thuis.');
    }

    // Anna cites two fragments, then removes the first citation from the keyboard; Bram sees it go.
    await cite(a.page, 0);
    await cite(a.page, 1);
    await expect.poll(() => markers(brams), { timeout: 15_000 }).toEqual(['[1]', '[2]']);
    const remove = a.page.getByRole('button', { name: 'Verwijzing [1] verwijderen' });
    await remove.focus();
    await a.page.keyboard.press('Enter');
    expect(await markers(annas)).toEqual(['[1]']);
    expect(await citationList(a.page).count()).toBe(1);
    await expect.poll(() => markers(brams), { timeout: 15_000 }).toEqual(['[1]']);
    await expect.poll(() => citationList(b.page).count()).toBe(1);
    // Undo brings it back, on both screens.
    await a.page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => markers(annas)).toEqual(['[1]', '[2]']);
    await expect.poll(() => markers(brams), { timeout: 15_000 }).toEqual(['[1]', '[2]']);
    await expect.poll(() => citationList(b.page).count()).toBe(2);

    // A reader sees the citations, and no way to remove one.
    const reader = await launch(freshProfile());
    await newProject(reader.page, 'Samen (lezer)', 'empty');
    await share(reader.page, team.url, team.tokens.Lezer!);
    await openTranscript(reader.page);
    await untilCounted(reader.page, 3);
    const readers = await openCell(reader.page);
    await expect.poll(() => markers(readers), { timeout: 15_000 }).toEqual(['[1]', '[2]']);
    expect(await citationList(reader.page).count()).toBe(2);
    expect(await reader.page.getByRole('button', { name: /^Verwijzing \[\d\] verwijderen$/ }).count()).toBe(
      0,
    );
    await line.down();
    for (const opened of [a, b, reader]) await opened.context.close();
  }, 300_000);
});
