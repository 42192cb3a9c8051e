/**
 * Two people citing in one summary at once, in the built app, through a real `koor server` and PostgreSQL on
 * 127.0.0.1 (started and stopped here): Anna and Bram each cite another fragment in the same cell's summary
 * while Bram's connection is down, and once he is back both citations are there on both screens, each marker
 * opening the fragment its writer cited (in sync schema 2 the later write of the summary's citations won).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTeam, type Team } from '../team/teamApp.ts';
import { profilePerTest } from './browser.ts';
import { annaCodesBramJoins, cite, openCell, saved } from './summaryCell.ts';

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
    const { a, b, line } = await annaCodesBramJoins(team, 'Studie', freshProfile);

    // Anna starts the cell's summary; Bram sees it.
    const annas = await openCell(a.page);
    await annas.fill('Steun');
    await saved(a.page);
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
