import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, profilePerTest } from './browser.ts';
import { CUES, makeConversation } from './media.ts';

const freshProfile = profilePerTest();
const conversation = makeConversation('groep');
afterAll(() => rmSync(conversation.dir, { recursive: true, force: true }));

async function importTranscript(page: Page, files: string[], documents = '1 document importeren') {
  await page.getByLabel('Naam van het project').fill('Foute invoer');
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles(files);
  await page.getByRole('dialog').getByRole('button', { name: documents }).click();
}

const transcriptText = (page: Page) => page.locator('.transcript').innerText();

describe('recordings: bad input gets a clear message, the transcript is never touched', () => {
  it('a recording shorter than the transcript says so', async () => {
    // The transcript goes on to 1:04, the recording lasts 0:25.
    const transcript = path.join(conversation.dir, 'lang.vtt');
    writeFileSync(
      transcript,
      `${readFileSync(conversation.transcript, 'utf8')}\n00:01:00.000 --> 00:01:04.000\n<v Anna>Tot slot een vraag.\n`,
    );
    const recording = path.join(conversation.dir, 'lang.mp3');
    copyFileSync(conversation.recording, recording);
    const { context, page } = await launch(freshProfile());
    await importTranscript(page, [transcript, recording]);
    await page.getByText('Opname “lang.mp3” gekoppeld').waitFor();
    await page.getByRole('button', { name: 'Lang', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'De opname duurt' });
    await expect
      .poll(() => status.textContent())
      .toMatch(
        /De opname duurt 0:00:2\d, maar het transcript noemt tijden tot 0:01:04\. Is dit de goede opname\?/,
      );
    expect(await page.locator('.turn').count()).toBe(CUES.length + 1);
    await context.close();
  });

  it('a recording larger than the room left in the browser is refused before anything is copied', async () => {
    const { context, page } = await launch(freshProfile());
    // The browser says 10 MB is left (the recording needs its size plus a 50 MB margin).
    await context.addInitScript(() => {
      navigator.storage.estimate = async () => ({ quota: 60 * 1024 * 1024, usage: 50 * 1024 * 1024 });
    });
    await page.reload();
    await importTranscript(page, [conversation.transcript]);
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    const before = await transcriptText(page);
    const pick = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Opname koppelen…' }).click();
    await (await pick).setFiles(conversation.recording);
    const alert = page.getByRole('alert').filter({ hasText: 'past niet meer in de opslag van deze browser' });
    await expect
      .poll(() => alert.textContent())
      .toMatch(
        /“groep\.mp3” \(.+\) past niet meer .* \(nog 10,0 MB vrij\)\. Maak ruimte of gebruik de desktop-app/,
      );
    expect(await page.locator('audio, video').count()).toBe(0);
    expect(
      await page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        try {
          const dir = await root.getDirectoryHandle('recordings');
          let n = 0;
          for await (const project of (
            dir as unknown as { values(): AsyncIterable<FileSystemDirectoryHandle> }
          ).values())
            for await (const _ of (project as unknown as { values(): AsyncIterable<unknown> }).values()) n++;
          return n;
        } catch {
          return 0;
        }
      }),
    ).toBe(0);
    expect(await transcriptText(page)).toBe(before);
    await context.close();
  });

  it('a recording gone from the browser storage says so and offers to link it again', async () => {
    const { context, page } = await launch(freshProfile());
    await importTranscript(page, [conversation.transcript, conversation.recording]);
    await page.getByText('Opname “groep.mp3” gekoppeld').waitFor();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    await page.getByRole('button', { name: 'Afspelen vanaf 0:00:10' }).waitFor();
    const before = await transcriptText(page);
    // Site data partly cleared: the recordings folder is gone, the project database is not.
    await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('recordings', { recursive: true });
    });
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'is niet meer in de opslag van deze browser' });
    await expect
      .poll(() => alert.textContent())
      .toContain('het transcript en de coderingen zijn niet aangeraakt');
    await page.getByRole('button', { name: 'Opnieuw koppelen…' }).waitFor();
    expect(await transcriptText(page)).toBe(before);
    await context.close();
  });
});
