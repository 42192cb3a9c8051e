import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileFiles, type HostileFile } from '../hostile/files.ts';
import { launch, profilePerTest } from './browser.ts';

const freshProfile = profilePerTest();

const FILES = hostileFiles();
const asUpload = (f: HostileFile) => ({
  name: f.name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(f.bytes),
});

async function newProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByRole('button', { name: 'Project maken' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

async function choose(page: Page, button: string, files: Parameters<typeof asUpload>[0][]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(files.map(asUpload));
}

describe('hostile files', () => {
  it('are refused with their message in the import, the project import and the codebook import; nothing changes', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await newProject(page, 'Wat is ieders normaal?');
    // Work that must survive.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles(path.resolve('tests/fixtures/transcripts/02_ouders_codes.txt'));
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('1 document geïmporteerd.').waitFor();
    const rows = page.locator('.documents-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);

    // Transcripts: every file fails with its own Dutch message; nothing can be imported.
    const transcripts = FILES.filter((f) => f.door === 'transcript');
    await choose(page, 'Transcripten importeren', transcripts);
    const dialog = page.getByRole('dialog');
    for (const file of transcripts) {
      const entry = dialog.getByRole('button', { name: new RegExp(`^${file.name.replace('.', '\\.')}`) });
      await entry.getByText('Niet te importeren').waitFor({ timeout: 20_000 });
      await entry.click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(file.dutch);
    }
    await expect
      .poll(() => dialog.getByRole('button', { name: /documenten? importeren/ }).isDisabled())
      .toBe(true);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('Ouders codes');

    // Codebooks: refused, no codes added.
    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    // Counted once the codebook is drawn (read at once, the count was 0 before its codes appeared).
    await page.getByRole('treeitem').first().waitFor();
    const codesBefore = await page.getByRole('treeitem').count();
    for (const file of FILES.filter((f) => f.door === 'codebook')) {
      await choose(page, 'Codeboek importeren', [file]);
      const alert = page.getByRole('alert').filter({ hasText: file.name });
      await alert.waitFor();
      await expect.poll(() => alert.textContent()).toContain(file.dutch);
    }
    await expect.poll(() => page.getByRole('treeitem').count()).toBe(codesBefore);

    // Projects: refused before anything is stored; no new project appears.
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    for (const file of FILES.filter((f) => f.door === 'project')) {
      await choose(page, 'Project importeren (.qdpx)…', [file]);
      const alert = page.getByRole('alert').filter({ hasText: `${file.name} is niet geïmporteerd.` });
      await alert.waitFor();
      await expect.poll(() => alert.textContent()).toContain(file.dutch);
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await page.getByRole('button', { name: /^Wat is ieders normaal\?/ }).waitFor();
    await expect.poll(() => page.locator('.project-row').count()).toBe(1);
    await context.close();
  });

  it('refuses a transcript over the size limit (100 MB) by its size, with the sizes in the message', async () => {
    // A temporary folder for the files, removed after the test like a profile.
    const dir = freshProfile();
    // Just over the limit: the 200 MB case is a unit test (tests/unit/hostile.test.ts); the path is the same.
    const file = path.join(dir, 'enorm.txt');
    writeFileSync(file, Buffer.alloc(101 * 1024 * 1024, 0x61));
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await newProject(page, 'Groot');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('button', { name: /^enorm\.txt/ })
      .getByText('Niet te importeren')
      .waitFor();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain(
        'enorm.txt is te groot (101 MB; maximaal 100 MB). Splits het transcript in kleinere bestanden.',
      );
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText('Nog geen transcripten').waitFor();
    await context.close();
  });

  it('shows HTML and <script> in a transcript as text, never as markup', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await newProject(page, 'Opmaak');
    const transcript = [
      'Gespreksleider: Wat vinden jullie <b>vet</b> belangrijk?',
      'R1: <script>window.pwned=1</script> gewoon praten.',
      'R2: Een plaatje <img src=x onerror=alert(1)> zegt niks.',
    ].join('\n\n');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (
      await chooser
    ).setFiles({ name: 'opmaak.txt', mimeType: 'text/plain', buffer: Buffer.from(transcript) });
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Opmaak', exact: true }).click();

    const view = page.locator('.transcript');
    await view.getByText('<b>vet</b>', { exact: false }).waitFor();
    await view.getByText('<script>window.pwned=1</script>', { exact: false }).waitFor();
    await view.getByText('<img src=x onerror=alert(1)>', { exact: false }).waitFor();
    await expect.poll(() => view.locator('b, script, img').count()).toBe(0);
    await page.waitForTimeout(300);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { pwned?: number }).pwned))
      .toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
