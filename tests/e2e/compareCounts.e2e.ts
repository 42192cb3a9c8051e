/**
 * Compare's numbers agree with the quotes they open. A project with the study's codebook and overlapping codings
 * (a parent and its sub-code on one answer, two sub-codes on one sentence): every number of the crosstab (cells,
 * the "(Σ n)" with sub-codes, row and column totals) and the chart's bars open a drill-down whose heading gives
 * the same number of quotes; overlapping codings of one row are one quote that names all their codes. Side by side
 * shows a large theme a hundred quotes at a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeProject } from '../../shared/exchange/projectWrite.ts';
import { openQdpx } from '../bench/pages/app.ts';
import { generateCorpus } from '../bench/corpus.ts';
import { launch, profilePerTest } from './browser.ts';

const freshProfile = profilePerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function projectFile(size = { documents: 14, charsPerDocument: 3_000, codings: 1_500, seed: 7 }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-compare-counts-'));
  dirs.push(dir);
  const corpus = generateCorpus(size);
  const file = path.join(dir, 'overlap.qdpx');
  writeFileSync(file, writeProject({ ...corpus, name: 'Overlap' }));
  return file;
}

const numberIn = (text: string): number => Number(/\d[\d.,]*/.exec(text)![0].replace(/[.,]/g, ''));

/** Clicks a number, reads the drill-down's heading and closes it: [number clicked, quotes, merged note]. */
async function open(page: Page, button: Locator): Promise<[number, number, string]> {
  const clicked = numberIn((await button.textContent()) ?? '');
  await button.click();
  const dialog = page.getByRole('dialog');
  const count = dialog.getByTestId('drill-count');
  await count.waitFor();
  const heading = (await count.textContent()) ?? '';
  const note = (await dialog.locator('.drill-head .muted').first().textContent()) ?? '';
  await dialog.getByRole('button', { name: /^(Sluiten|Close)$/ }).click();
  await dialog.waitFor({ state: 'detached' });
  return [clicked, numberIn(heading), note];
}

describe('compare counts', () => {
  it('opens as many quotes as every number says, overlapping codings as one quote (nl, en)', async () => {
    const file = projectFile();
    const { context, page } = await launch(freshProfile());
    try {
      await openQdpx(page, file, 'Overlap');
      await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
      const table = page.getByTestId('crosstab');
      await table.waitFor();
      const groups: [string, Locator][] = [
        ['cell', table.locator('tbody td.num:not(.total) > button.cell-button:not([disabled])')],
        ['with sub-codes', table.locator('tbody button.rolled-up')],
        ['row total', table.locator('tbody td.total > button.cell-button:not([disabled])')],
        ['column total', table.locator('tfoot button.cell-button:not([disabled])')],
      ];
      let merged = 0;
      for (const [kind, buttons] of groups) {
        const n = await buttons.count();
        expect(n, kind).toBeGreaterThan(0);
        // Every number of a kind would take minutes; every eighth (cells: 29th, prime to the 7 columns) covers each
        // column and many rows.
        for (let i = 0; i < n; i += kind === 'cell' ? 29 : 8) {
          const [clicked, quotes, note] = await open(page, buttons.nth(i));
          expect(quotes, `${kind} ${i}`).toBe(clicked);
          if (note) merged++;
        }
      }
      // Without overlapping codings this test could not tell fragments from codings.
      expect(merged).toBeGreaterThan(0);

      // A bar opens the quotes of its cell.
      const bars = page.getByTestId('chart').getByLabel(/ — open de citaten bij /);
      await bars.first().waitFor();
      for (let i = 0; i < Math.min(3, await bars.count()); i++) {
        const bar = bars.nth(i);
        const clicked = numberIn((await bar.getAttribute('aria-label')) ?? '');
        await bar.click();
        const dialog = page.getByRole('dialog');
        expect(numberIn((await dialog.getByTestId('drill-count').textContent()) ?? '')).toBe(clicked);
        await dialog.getByRole('button', { name: 'Sluiten' }).click();
      }

      // In English: a parent's number with its sub-codes, whose codings overlap, opens one quote per fragment.
      await page.getByTestId('language-switch').selectOption('en');
      const rolled = table.locator('tbody button.rolled-up');
      await expect.poll(() => rolled.first().getAttribute('aria-label')).toMatch(/open the quotes for/);
      let shown = false;
      for (let i = 0; i < (await rolled.count()) && !shown; i++) {
        const [clicked, quotes, note] = await open(page, rolled.nth(i));
        expect(quotes).toBe(clicked);
        if (note) {
          expect(note).toMatch(/^\(from \d+ codings: overlapping codings are one quote\)$/);
          shown = true;
        }
      }
      expect(shown).toBe(true);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('names what a number counted before its quotes, grouped by it; co-occurrence opens as many items as it says (nl, en)', async () => {
    const file = projectFile({ documents: 8, charsPerDocument: 3_000, codings: 900, seed: 7 });
    const { context, page } = await launch(freshProfile());
    try {
      await openQdpx(page, file, 'Overlap');
      await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
      const table = page.getByTestId('crosstab');
      await table.waitFor();
      const dialog = page.getByRole('dialog');
      /** Opens a number; returns [number clicked, heading, counted groups shown, quotes shown]. */
      const drill = async (button: Locator): Promise<[number, string, number, number]> => {
        const clicked = numberIn((await button.textContent()) ?? '');
        await button.click();
        const heading = (await dialog.getByTestId('drill-count').textContent()) ?? '';
        const groups = await dialog.getByTestId('drill-group').count();
        const uncounted = await dialog
          .getByRole('region', { name: /^(Zonder spreker|Without a speaker)/ })
          .count();
        const quotes = await dialog.getByTestId('quote').count();
        await dialog.getByRole('button', { name: /^(Sluiten|Close)$/ }).click();
        await dialog.waitFor({ state: 'detached' });
        return [clicked, heading, groups - uncounted, quotes];
      };
      const cells = table.locator('tbody td.num:not(.total) > button.cell-button:not([disabled])');
      const measure = page.getByRole('combobox', { name: /^(Maat|Measure)\b/ });

      // Groups (documents): a cell, a row total, the Σ with sub-codes and a column total name the groups they count.
      await measure.selectOption('documents');
      const samples = [
        cells.nth(3),
        table.locator('tbody td.total > button.cell-button:not([disabled])').nth(2),
        table.locator('tbody button.rolled-up').first(),
        table.locator('tfoot button.cell-button:not([disabled])').first(),
      ];
      for (const button of samples) {
        const [clicked, heading, groups, quotes] = await drill(button);
        expect(heading).toMatch(new RegExp(`^${clicked} groep(en)? · \\d+ (citaat|citaten)$`));
        if (quotes < 100) expect(groups).toBe(clicked);
      }
      // Speakers: the speakers counted, each a group of their quotes.
      await measure.selectOption('speakers');
      for (const i of [0, 5]) {
        const [clicked, heading, groups] = await drill(cells.nth(i));
        expect(heading).toMatch(new RegExp(`^${clicked} sprekers? · \\d+ (citaat|citaten)$`));
        expect(groups).toBe(clicked);
      }
      // A bar of the chart says the same as its cell.
      const bar = page
        .getByTestId('chart')
        .getByLabel(/ — open de citaten bij /)
        .first();
      await bar.waitFor();
      const barValue = numberIn((await bar.getAttribute('aria-label')) ?? '');
      await bar.click();
      expect(await dialog.getByTestId('drill-counted').textContent()).toMatch(
        new RegExp(`^${barValue} sprekers?$`),
      );
      await dialog.getByRole('button', { name: 'Sluiten' }).click();

      // In English, with the plurals of English: "1 group", "3 groups".
      await page.getByTestId('language-switch').selectOption('en');
      await measure.selectOption('documents');
      await expect.poll(() => cells.first().getAttribute('aria-label')).toMatch(/open the quotes for/);
      const ones = table.locator('tbody td.num:not(.total) > button.cell-button', { hasText: /^1$/ });
      const [, one] = await drill(ones.first());
      expect(one).toMatch(/^1 group · 1 quote$|^1 group · \d+ quotes$/);
      const [clicked, more] = await drill(cells.nth(1));
      expect(more).toMatch(new RegExp(`^${clicked} groups? · \\d+ quotes?$`));
      // Per 1,000 words: the coded words of the words spoken, which give the number.
      await measure.selectOption('per1000');
      const rate = cells.nth(2);
      const value = Number(((await rate.textContent()) ?? '').replace(/,/g, ''));
      await rate.click();
      const words = /^([\d,]+) coded words? of ([\d,]+) spoken$/.exec(
        (await dialog.getByTestId('drill-counted').textContent()) ?? '',
      )!;
      const [coded, spoken] = [words[1]!, words[2]!].map((w) => Number(w.replace(/,/g, ''))) as [
        number,
        number,
      ];
      expect(Math.abs((coded * 1000) / spoken - value)).toBeLessThan(0.06);
      await dialog.getByRole('button', { name: 'Close' }).click();

      // Co-occurrence: overlapping text opens one quote per pair; the same turn opens the turns it counts.
      await page.getByRole('tab', { name: 'Co-occurrence' }).click();
      const matrix = page.getByTestId('cooccurrence');
      const pairs = matrix.locator('button.cell-button:not([disabled])');
      await pairs.first().waitFor();
      for (const i of [0, 7, 19]) {
        const [clicked, heading, , quotes] = await drill(pairs.nth(i));
        expect(heading).toMatch(new RegExp(`^${clicked} quotes?$`));
        if (clicked < 100) expect(quotes).toBe(clicked);
      }
      await page.getByLabel('Same turn').check();
      await expect.poll(() => pairs.first().getAttribute('aria-label')).toMatch(/open the turns/);
      for (const i of [0, 11]) {
        const [clicked, heading, groups] = await drill(pairs.nth(i));
        expect(heading).toMatch(new RegExp(`^${clicked} turns? · \\d+ quotes?$`));
        expect(groups).toBe(clicked);
      }
    } finally {
      await context.close();
    }
  }, 300_000);

  it('side by side shows a theme’s quotes a hundred at a time, its heading counting them all', async () => {
    // 'partnerschap en alliantie' (the first theme) has 304 quotes of young people and 199 of parents here.
    const file = projectFile({ documents: 8, charsPerDocument: 20_000, codings: 12_000, seed: 7 });
    const { context, page } = await launch(freshProfile());
    try {
      await openQdpx(page, file, 'Overlap');
      await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
      await page.getByRole('tab', { name: 'Naast elkaar' }).click();
      const [young, parents] = [
        page.getByRole('region', { name: 'ervaringsdeskundige jongeren' }),
        page.getByRole('region', { name: 'ervaringsdeskundige ouders' }),
      ];
      await expect.poll(() => young.getByTestId('quote').count()).toBe(100);
      await expect.poll(() => young.getByRole('heading').textContent()).toContain('304 citaten');
      await expect.poll(() => parents.getByRole('heading').textContent()).toContain('199 citaten');
      expect(await parents.getByTestId('quote').count()).toBe(100);
      await parents.getByRole('button', { name: 'Nog 99 citaten tonen' }).click();
      await expect.poll(() => parents.getByTestId('quote').count()).toBe(199);
      await young.getByRole('button', { name: 'Nog 100 citaten tonen' }).click();
      await expect.poll(() => young.getByTestId('quote').count()).toBe(200);
      // Another theme starts at the first hundred again.
      await page.getByLabel('Thema').selectOption({ index: 1 });
      await expect.poll(() => young.getByRole('heading').textContent()).not.toContain('304 citaten');
      expect(await young.getByTestId('quote').count()).toBeLessThanOrEqual(100);
    } finally {
      await context.close();
    }
  }, 300_000);
});
