import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

/** Clicks a download button and returns the file's bytes. */
async function download(page: Page, button: Locator): Promise<{ file: string; bytes: Buffer }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-synthesis-'));
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return { file: target, bytes: readFileSync(target) };
}

/** Opens a cell of the grid by its accessible name and writes a summary citing its first fragment. */
async function summarise(page: Page, cell: RegExp, text: string): Promise<void> {
  await page.getByRole('gridcell', { name: cell }).click();
  const editor = page.getByRole('textbox', { name: /^Samenvatting van/ });
  await editor.fill(text);
  await page.getByRole('button', { name: 'Citeer [1]' }).first().click();
  await expect.poll(() => editor.inputValue()).toBe(`${text} [1]`);
  await page.getByText('Opgeslagen', { exact: true }).waitFor();
}

describe('Samenvatten', () => {
  it('writes summaries with citations and a key quote, and the Word report carries them', async () => {
    const { context, page } = await launch(freshProfile());
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).first().click();
    await page.getByRole('button', { name: 'Samenvatten', exact: true }).click({ timeout: 60_000 });

    const parents = /^Partnerschap en alliantie × ervaringsdeskundige ouders: 1 fragment/;
    await page.getByRole('gridcell', { name: parents }).waitFor();
    await expect(page.getByRole('gridcell', { name: parents }).getAttribute('aria-label')).resolves.toContain(
      'besproken, nog niet samengevat',
    );
    await summarise(page, parents, 'Ouders willen samen zoeken met de hulpverlener');
    await page.getByRole('button', { name: 'Kerncitaat', exact: true }).click();
    await page.getByRole('button', { name: 'Kerncitaat ✓' }).waitFor();
    // The citation in the preview opens the fragment in its transcript.
    await expect.poll(() => page.getByRole('button', { name: /^Verwijzing 1: R2/ }).count()).toBe(1);

    const language = /^Taal × ervaringsdeskundige ouders: 1 fragment/;
    await summarise(page, language, 'Ouders letten op woorden');
    await expect
      .poll(() => page.getByRole('gridcell', { name: parents }).getAttribute('aria-label'))
      .toMatch(/samengevat, 1 kerncitaat$/);
    await screenshot(page, 'synthesis');

    await page.getByRole('button', { name: /^Verwijzing 1: R2/ }).click();
    await page.waitForURL(/\/documents\/.+\?coding=/);
    await page.locator('.transcript .turn').first().waitFor();

    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const report = page.getByRole('region', { name: 'Rapport uit Samenvatten' });
    const word = await download(page, report.getByRole('button', { name: 'Word (.docx)' }));
    const xml = strFromU8(unzipSync(new Uint8Array(word.bytes))['word/document.xml']!);
    expect(xml).toContain('Ouders willen samen zoeken met de hulpverlener');
    expect(xml).toContain('Ouders letten op woorden');
    expect(xml).toContain('ik weet het ook niet precies, maar we gaan het samen uitzoeken');
    await context.close();
  });
});
