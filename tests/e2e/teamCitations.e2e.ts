/**
 * Two people citing in one summary at once, in the built app, through a real `koor server` and PostgreSQL on
 * 127.0.0.1 (started and stopped here): Anna and Bram each cite another fragment in the same cell's summary
 * while Bram's connection is down, and once he is back both citations are there on both screens, each marker
 * opening the fragment its writer cited (in sync schema 2 the later write of the summary's citations won).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../team/services.ts';
import {
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

/** Opens Samenvatten with every code as a row, and the first cell with three fragments; resolves with its editor. */
async function openCell(page: Page) {
  await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
  await page.getByLabel('Rijen').selectOption('all');
  await page
    .getByRole('gridcell', { name: /: 3 fragmenten/ })
    .first()
    .click();
  const editor = page.getByRole('textbox', { name: /^Samenvatting van/ });
  await editor.waitFor();
  return editor;
}

/** Cites the `index`-th fragment card of the open cell and waits until the summary is saved. */
async function cite(page: Page, index: number): Promise<void> {
  await page
    .locator('.synthesis-fragment')
    .nth(index)
    .getByRole('button', { name: /^Citeer \[\d\]$/ })
    .click();
  await page.locator('.cell-summary').getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
}

/** The number each fragment card of the open cell would cite it as: its citation's, or the next one. */
const citeNumbers = (page: Page) =>
  page
    .locator('.synthesis-fragment')
    .getByRole('button', { name: /^Citeer \[\d\]$/ })
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));

/** How many markers of the summary's preview open their fragment (a broken one does not). */
const working = (page: Page) =>
  page
    .getByRole('group', { name: 'Voorbeeld met verwijzingen' })
    .getByRole('button', { name: /^Verwijzing / })
    .count();

describe('citing together in a shared project', () => {
  it('keeps both citations when two people cite in one summary at once', async () => {
    const a = await launch(freshProfile());
    await newProject(a.page, 'Studie', 'normaliseren');
    await importTranscript(a.page);
    await share(a.page, team.url, team.tokens.Anna!);
    await openTranscript(a.page);
    await a.page.locator('.turn').first().click();
    for (let i = 0; i < 3; i++) {
      await codeNextTurn(a.page);
      await untilCounted(a.page, i + 1);
    }
    const line = new Line(await freePort(), team.port);
    await line.up();
    const b = await launch(freshProfile());
    await newProject(b.page, 'Studie (Bram)', 'empty');
    await share(b.page, `ws://127.0.0.1:${line.port}`, team.tokens.Bram!);
    await openTranscript(b.page);
    await untilCounted(b.page, 3);

    // Anna starts the cell's summary; Bram sees it.
    const annas = await openCell(a.page);
    await annas.fill('Steun');
    await a.page.locator('.cell-summary').getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    const brams = await openCell(b.page);
    await expect.poll(() => brams.inputValue(), { timeout: 15_000 }).toBe('Steun');
    await line.down();
    await b.page.getByRole('button', { name: 'Samenwerken: offline' }).waitFor({ timeout: 15_000 });
    // Each cites another fragment; both write it as [1].
    await cite(a.page, 0);
    await cite(b.page, 1);
    expect(await annas.inputValue()).toMatch(/^(Steun \[1\]|\[1\] ?Steun)$/);
    expect(await brams.inputValue()).toMatch(/^(Steun \[1\]|\[1\] ?Steun)$/);
    expect(await citeNumbers(a.page)).toEqual(['Citeer [1]', 'Citeer [2]', 'Citeer [2]']);
    expect(await citeNumbers(b.page)).toEqual(['Citeer [2]', 'Citeer [1]', 'Citeer [2]']);

    await line.up();
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).waitFor({ timeout: 30_000 });
    // Both citations on both screens: the two fragments cited as [1] and [2] (in the same order for both), the
    // third would be [3], and the summary holds both markers, each opening its fragment.
    const merged: string[][] = [];
    for (const [page, editor] of [
      [a.page, annas],
      [b.page, brams],
    ] as const) {
      await expect
        .poll(() => citeNumbers(page), { timeout: 15_000 })
        .toEqual(expect.arrayContaining(['Citeer [3]']));
      const numbers = await citeNumbers(page);
      expect([...numbers].sort()).toEqual(['Citeer [1]', 'Citeer [2]', 'Citeer [3]']);
      expect(numbers[2]).toBe('Citeer [3]');
      merged.push(numbers);
      await expect.poll(() => editor.inputValue()).toContain('Steun');
      expect((await editor.inputValue()).match(/\[\d\]/g)!.sort()).toEqual(['[1]', '[2]']);
      expect(await working(page)).toBe(2);
    }
    expect(merged[0]).toEqual(merged[1]);
    await a.context.close();
    await b.context.close();
  }, 300_000);
});
