import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILES, launch, profilePerTest, screenshot } from './browser.ts';

const FILES = FIXTURE_FILES;

const freshProfile = profilePerTest();

describe('import', () => {
  it('imports seven transcripts in one batch, with a corrected speaker and perspectives', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Wat is ieders normaal?');
    await page.getByRole('button', { name: 'Project maken' }).click();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles(FILES);

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '7 documenten importeren' }).waitFor();
    // The parents' group: "I" is the interviewer; rename R1 and check the guessed perspective.
    await dialog.getByRole('button', { name: /02_ouders_codes\.txt/ }).click();
    await expect.poll(() => dialog.getByLabel('I is gespreksleider').isChecked()).toBe(true);
    await dialog.getByLabel('Naam van R1').fill('Moeder Karin');
    await expect
      .poll(() => dialog.getByLabel('Perspectief van de groep').inputValue())
      .toBe('ervaringsdeskundige ouders');
    await screenshot(page, 'import-preview');
    // The research group: choose its perspective by hand.
    await dialog.getByRole('button', { name: /07_onderzoekers_opleiders\.txt/ }).click();
    await dialog.getByLabel('Perspectief van de groep').selectOption('onderzoek en opleiding');
    await dialog.getByRole('button', { name: '7 documenten importeren' }).click();

    await page.getByText('7 documenten geïmporteerd.').waitFor();
    const rows = page.locator('.documents-table tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    const overview = page.locator('.speaker-overview');
    await overview.getByText('Moeder Karin').waitFor();
    await overview.getByLabel('Per').selectOption('perspective');
    await overview.getByRole('heading', { name: 'ervaringsdeskundige ouders' }).waitFor();
    await expect.poll(() => overview.locator('.overview-card').count()).toBe(7);
    await screenshot(page, 'documents');
    await context.close();
  });

  it('opens the example project in one click: seven groups, the codebook and example codings', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByRole('heading', { name: 'Voorbeeld: Wat is ieders normaal?' }).waitFor();
    await expect.poll(() => page.locator('.documents-table tbody tr').count()).toBe(7);
    await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
    const taal = page.locator('.retrieval-codes').getByLabel('Taal', { exact: true });
    await taal.check();
    await expect.poll(() => page.locator('.fragment').count()).toBeGreaterThan(5);
    // Beside each code, how many fragments it lists.
    const count = page.locator(`[id="${await taal.getAttribute('aria-describedby')}"]`);
    expect(await count.textContent()).toBe(String(await page.locator('.fragment').count()));
    await screenshot(page, 'fragments');
    // The coding screen of one group, with the example codings as highlights and stripes.
    await page.getByRole('button', { name: 'Documenten', exact: true }).click();
    await page.getByRole('button', { name: 'ouders codes', exact: true }).click();
    await expect.poll(() => page.locator('.stripe').count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8000 }).toBe(0);
    await screenshot(page, 'coding-example');
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await page.getByRole('button', { name: /^Voorbeeld: Wat is ieders normaal\?/ }).waitFor();
    await screenshot(page, 'start-with-project');
    // The comparison of the seven perspectives in the example, for the README.
    await page.getByRole('button', { name: /^Voorbeeld: Wat is ieders normaal\?/ }).click();
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    await page.getByRole('button', { name: 'Gestapeld 100%' }).waitFor();
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8000 }).toBe(0);
    copyFileSync(await screenshot(page, 'compare-example'), 'docs/compare.png');
    await context.close();
  });

  it('filters the coded fragments and the comparison by a question of the confirmed route', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    // Opening the example parses seven transcripts: wait for it as the test above does, not a 1 s poll.
    await page.getByRole('heading', { name: 'Voorbeeld: Wat is ieders normaal?' }).waitFor();
    await expect.poll(() => page.locator('.documents-table tbody tr').count()).toBe(7);
    await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
    await page.locator('.retrieval-codes').getByLabel('Taal', { exact: true }).check();
    await expect.poll(() => page.locator('.fragment').count()).toBeGreaterThan(5);
    const all = await page.locator('.fragment').count();

    await page.getByRole('button', { name: 'Groepsdynamiek' }).click();
    await page.getByRole('button', { name: 'Vraagroute bevestigen' }).click();
    await page.getByText(/Vraagroute bevestigd: \d+ vragen/).waitFor();

    await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
    const filter = page.getByLabel('Vraag uit de vraagroute');
    const labels = await filter.locator('option').allTextContents();
    expect(labels.length).toBeGreaterThan(2);
    let fewer = false;
    for (const label of labels.slice(1)) {
      await filter.selectOption({ label });
      const count = await page.locator('.fragment').count();
      expect(count).toBeLessThanOrEqual(all);
      if (count < all) fewer = true;
    }
    expect(fewer).toBe(true);
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    await page.getByLabel('Vraag uit de vraagroute').waitFor();
    await context.close();
  });

  it('writes memos on a document, a code and the project, and lists them together', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    await page.getByRole('button', { name: 'ouders codes', exact: true }).click();
    await page.getByRole('button', { name: 'Memo toevoegen' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Tekst van de memo')
      .fill('Veel over diagnoses als toegang tot hulp.');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Memo bekijken' }).waitFor();

    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await page.getByRole('treeitem', { name: /^Taal/ }).click();
    await page.getByRole('button', { name: 'Memo toevoegen' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Tekst van de memo')
      .fill('Let op het verschil tussen label en diagnose.');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();

    await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
    await page.getByRole('tab', { name: 'Memo’s' }).click();
    await page.getByLabel('Projectmemo').fill('Eerste analyseronde, maart.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const list = page.locator('.memo-list');
    await list.getByText('Document: Ouders codes').waitFor();
    await list.getByText('Code: Taal').waitFor();
    await list.getByText('Let op het verschil tussen label en diagnose.').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Memo’s' }).click();
    await expect.poll(() => page.getByLabel('Projectmemo').inputValue()).toBe('Eerste analyseronde, maart.');
    await context.close();
  });

  it('imports a PDF with a text layer in the browser (pdf.js worker under the app CSP)', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Pdf');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([path.resolve('tests/fixtures/transcripts-extra/groep.pdf')]);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('PDF · 3 sprekers · 4 beurten · 20 woorden').waitFor();
    await dialog.getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    await page.getByText('Dat niemand je een label geeft.').waitFor();
    await context.close();
  });

  it('gives a clear message per bad file and stores nothing for it', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Kapot');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'leeg.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: 'plaatje.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
      },
      {
        name: 'kapot.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('PK\u0003\u0004 dit is geen echte docx'),
      },
    ]);
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('button', { name: /kapot\.docx/ })
      .getByText('Niet te importeren')
      .waitFor();
    await dialog.getByRole('button', { name: /leeg\.txt/ }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('leeg.txt is leeg');
    await dialog.getByRole('button', { name: /plaatje\.txt/ }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/plaatje\.txt/);
    await expect
      .poll(() => dialog.getByRole('button', { name: /documenten? importeren/ }).isDisabled())
      .toBe(true);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText('Nog geen transcripten').waitFor();
    await context.close();
  });
});
