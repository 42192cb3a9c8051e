/**
 * The import preview says what speaker detection guessed, pointing at lines, and lets the user type a
 * label pattern of their own (checked as typed, with a live count of matching lines) and detect again.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

/** Labels Koor does not know ("ANNA >"), and a transcript with a speaker seen only twice. */
function files(): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-detect-'));
  const arrows = path.join(dir, 'pijlen.txt');
  writeFileSync(
    arrows,
    [
      'Groepsgesprek buurthuis',
      '',
      'ANNA > Welkom allemaal.',
      'MO > Dank je.',
      'ANNA > Wie begint?',
      'FLEUR > Ik wel.',
      'MO > Prima.',
    ].join('\n'),
  );
  const rare = path.join(dir, 'zeldzaam.txt');
  const lines = Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'Mo' : 'Anna'}: zin ${i + 1}.`);
  writeFileSync(rare, [...lines, 'Lotte: Mag ik ook iets zeggen?', ...lines, 'Lotte: Dank je.'].join('\n'));
  return [arrows, rare];
}

describe('import detection', () => {
  it.each([
    [
      'nl',
      'Wat er geraden is',
      'regel 11',
      'Eigen labelpatroon',
      '5 regels passen · 3 verschillende labels',
      'Sprekers opnieuw herkennen',
      'Naam van het project',
      'Project maken',
      'Transcripten importeren',
    ],
    [
      'en',
      'What was guessed',
      'line 11',
      'Your own label pattern',
      '5 lines match · 3 distinct labels',
      'Detect speakers again',
      'Project name',
      'Create project',
      'Import transcripts',
    ],
  ])(
    '%s: warnings point at lines; a pattern of your own is checked, counted and re-detects',
    async (lang, guessed, lineRef, patternTitle, count, redetect, projectName, create, importButton) => {
      const { context, page } = await launch(freshProfile());
      if (lang === 'en') await page.getByTestId('language-switch').selectOption('en');
      await page.getByLabel(projectName).fill('Detectie');
      await page.getByRole('button', { name: create }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: importButton }).click();
      await (await chooser).setFiles(files());
      const dialog = page.getByRole('dialog');

      // zeldzaam.txt: Lotte speaks twice among twenty lines; the preview names her first line.
      await dialog.getByRole('button', { name: /zeldzaam\.txt/ }).click();
      const warnings = dialog.getByRole('region', { name: guessed });
      await warnings.getByText(lineRef).waitFor();
      await expect.poll(() => warnings.getByText(/Lotte/).count()).toBeGreaterThan(0);
      await screenshot(page, `import-guessed-${lang}`);

      // pijlen.txt: nothing recognised; an invalid pattern is explained, a valid one counted live.
      await dialog.getByRole('button', { name: /pijlen\.txt/ }).click();
      await dialog.getByText(patternTitle).click();
      const input = dialog.getByRole('textbox', { name: /\(/ });
      await input.fill('(\\p{Lu}+ >');
      await dialog.getByRole('alert').waitFor();
      await expect.poll(() => dialog.getByRole('button', { name: redetect }).isDisabled()).toBe(true);
      await input.fill('(\\p{Lu}+) >');
      await dialog.getByText(count).waitFor();
      await screenshot(page, `import-pattern-${lang}`);
      await dialog.getByRole('button', { name: redetect }).click();
      for (const label of ['ANNA', 'MO', 'FLEUR'])
        await dialog.locator('.speaker-table tbody strong').getByText(label, { exact: true }).waitFor();
      await expect.poll(() => dialog.locator('.speaker-table tbody tr').count()).toBe(3);
      await context.close();
    },
  );

  it('says that turns without names are imported as turns, not as plain text (Zoom live transcript)', async () => {
    const { context, page } = await launch(freshProfile());
    await page.getByLabel('Naam van het project').fill('Zoom');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (
      await chooser
    ).setFiles(path.resolve('tests/fixtures/meeting-exports/zoom_live_transcript_nl.txt'));
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('Het bestand noemt geen sprekers: de 10 beurten worden zonder spreker geïmporteerd.', {
        exact: false,
      })
      .waitFor();
    expect(await dialog.getByText('als gewone tekst geïmporteerd').count()).toBe(0);
    await context.close();
  });
});
