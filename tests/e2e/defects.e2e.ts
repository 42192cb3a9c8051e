import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

// Defects found walking through Koor as a new user (issue 15, section 4), each checked on screen.
const FILE = path.resolve('tests/fixtures/transcripts/07_onderzoekers_opleiders.txt');

const freshProfile = profilePerTest();

/** A project with the Normaliseren codebook and one transcript, opened on that transcript. */
async function openTranscript(page: Page): Promise<void> {
  await page.getByLabel('Naam van het project').fill('Nieuwe gebruiker');
  await page.getByRole('button', { name: 'Project maken' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles([FILE]);
  await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
  await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();
  await page.locator('.turn').first().waitFor();
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('defects seen as a new user', () => {
  it('codes by number key without typing it into the coder’s name, keeps focus on the turn and toasts off it', async () => {
    const { context, page } = await launch(freshProfile());
    await openTranscript(page);
    // The moderator's opening turn, coded with "1" (the first code of the codebook).
    await page.locator('.turn').first().focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('1');
    const name = page.getByRole('dialog').getByLabel('Je naam');
    await name.waitFor();
    expect(await name.inputValue()).toBe('');
    await name.pressSequentially('Onderzoeker A');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[aria-label^="Codering "]').count()).toBeGreaterThan(0);
    // Focus is back on the turn, so the next arrow key moves on in the transcript.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.turn') !== null))
      .toBe(true);

    // At the end of the transcript, several quick codings: the confirmations never cover the focused turn.
    await page.keyboard.press('Control+End');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Enter');
      await page.getByText(/^Selectie: /).waitFor();
      await page.keyboard.press('1');
      await page.locator('.toast').first().waitFor();
      await page.keyboard.press('ArrowUp');
    }
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.toast').count()).toBe(1);
    // Read once the focused turn has scrolled into place (under load, a single read could land mid-scroll).
    await expect
      .poll(async () => {
        const turn = await page.locator('.turn.focused').boundingBox();
        const toast = await page.locator('.toasts').boundingBox();
        return turn !== null && toast !== null && !overlap(turn, toast);
      })
      .toBe(true);
    await screenshot(page, 'defects-toasts');

    // The coder's name is stored as typed.
    await page.getByRole('button', { name: 'Betrouwbaarheid', exact: true }).click();
    await page.getByRole('tab', { name: 'Codeurs & overeenstemming' }).click();
    const coder = page.locator('.coder-table tbody td').first();
    await expect.poll(() => coder.textContent()).toMatch(/^Onderzoeker A\b/);

    // Compare: the crosstab says the moderator's codings (opening and closing turn) are left out and offers to count it.
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    const summary = page.getByTestId('crosstab-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/^2 van 4 coderingen in 1 document · .* · 2 coderingen van de gespreksleider niet meegeteld/);
    await summary.getByRole('button', { name: 'Meetellen' }).click();
    expect(await page.getByLabel('Gespreksleider meetellen').isChecked()).toBe(true);
    await expect.poll(() => summary.textContent()).toMatch(/^4 coderingen in 1 document · /);

    // A category row shows its count with sub-codes, as the codebook's "(+n)" does.
    const category = page.locator('.crosstab tbody tr', { hasText: 'Visie: het goede gesprek' });
    await expect.poll(() => category.locator('.rolled-up').last().textContent()).toBe('(Σ 4)');

    // The heatmap hides codes without codings while "Codes zonder coderingen verbergen" is ticked.
    await page.getByRole('button', { name: 'Heatmap' }).click();
    const heatmap = page.locator('svg[data-chart="heatmap"]');
    await heatmap.waitFor();
    // The row labels: the text of each label without its <title> (the code's path).
    const rowLabels = () =>
      heatmap.evaluate((svg) =>
        Array.from(svg.querySelectorAll('text'))
          .filter((t) => t.querySelector('title')?.textContent?.includes(' > '))
          .map((t) => t.lastChild?.textContent ?? ''),
      );
    await expect.poll(rowLabels).toEqual(['Partnerschap en alliantie']);
    await page.getByLabel('Codes zonder coderingen verbergen').uncheck();
    await expect
      .poll(rowLabels)
      .toEqual([
        'Partnerschap en alliantie',
        'Taal',
        'Brede blik',
        'Positieve blik',
        'Acceptatie van imperfectie',
      ]);
    await screenshot(page, 'defects-heatmap');
    await context.close();
  });
});
