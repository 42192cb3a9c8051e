import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, profilePerTest } from './browser.ts';
import { makeConversation } from './media.ts';

const freshProfile = profilePerTest();
const conversation = makeConversation('groep');
afterAll(() => rmSync(conversation.dir, { recursive: true, force: true }));

/** The recordings this browser keeps in its origin file storage: one count per project folder. */
function storedFiles(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    const root = await navigator.storage.getDirectory();
    let all: FileSystemDirectoryHandle;
    try {
      all = await root.getDirectoryHandle('recordings');
    } catch {
      return counts;
    }
    const iterate = <T>(dir: FileSystemDirectoryHandle) =>
      (dir as unknown as { entries(): AsyncIterable<[string, T]> }).entries();
    for await (const [project, handle] of iterate<FileSystemDirectoryHandle>(all)) {
      counts[project] = 0;
      for await (const _ of iterate<FileSystemHandle>(handle)) counts[project]++;
    }
    return counts;
  });
}

const total = async (page: Page) => Object.values(await storedFiles(page)).reduce((a, b) => a + b, 0);

async function projectWithRecording(page: Page, name: string) {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles([conversation.transcript, conversation.recording]);
  await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
  await page.getByText('Opname “groep.mp3” gekoppeld').waitFor();
}

describe('recordings in the browser’s storage are cleaned up, never while undo may need them', () => {
  it('keeps an unlinked recording and a deleted document’s recording for undo, and frees them once undo cannot bring them back', async () => {
    const profile = freshProfile();
    let { context, page } = await launch(profile);
    await projectWithRecording(page, 'Opruimen');
    expect(await total(page)).toBe(1);

    // Unlinked: the file stays, and undo finds the recording playable again.
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    await page.getByRole('button', { name: 'Opname ontkoppelen' }).click();
    await page.getByRole('button', { name: 'Opname koppelen…' }).waitFor();
    await page.waitForTimeout(2500); // past the clean-up after a change
    expect(await total(page)).toBe(1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Afspelen vanaf 0:00:10' }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('audio')!.currentTime))
      .toBeGreaterThan(10);

    // The document deleted: its recording stays until that can no longer be undone.
    await page.getByRole('button', { name: 'Documenten', exact: true }).click();
    await page.getByRole('button', { name: 'Verwijderen: Groep' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Groep', exact: true }).count()).toBe(0);
    await page.waitForTimeout(2500);
    expect(await total(page)).toBe(1);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    await page.getByRole('button', { name: 'Afspelen vanaf 0:00:05' }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('audio')!.currentTime))
      .toBeGreaterThan(5);

    // Unlinked again and the app closed: nothing can bring it back, so the next start frees it and says how much.
    await page.getByRole('button', { name: 'Opname ontkoppelen' }).click();
    await page.getByRole('button', { name: 'Opname koppelen…' }).waitFor();
    await context.close();
    ({ context, page } = await launch(profile));
    const project = page.getByRole('button', { name: /^Opruimen/ });
    await project
      .or(page.getByRole('button', { name: 'Documenten', exact: true }))
      .first()
      .waitFor();
    if (await project.count()) await project.click();
    const freed = page.getByText(/Opslag opgeruimd: 1 opname .* MB vrijgemaakt\./);
    await freed.waitFor({ timeout: 15_000 });
    expect(await total(page)).toBe(0);
    await context.close();
  }, 180_000); // the browser is launched twice

  it('deleting a project removes its recordings (and says so first), not another project’s', async () => {
    const { context, page } = await launch(freshProfile());
    await projectWithRecording(page, 'Blijft');
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await projectWithRecording(page, 'Weg');
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    const before = await storedFiles(page);
    expect(Object.values(before)).toEqual([1, 1]);

    await page.getByRole('button', { name: 'Verwijderen: Weg' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toMatch(/Ook 1 opname \(\d+,\d MB\) wordt uit de opslag/);
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Weg/ }).count()).toBe(0);
    await expect.poll(async () => Object.values(await storedFiles(page))).toEqual([1]);
    await context.close();
  });
});
