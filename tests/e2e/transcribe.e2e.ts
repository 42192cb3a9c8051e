import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';
import { makeConversation } from './media.ts';

const freshProfile = profilePerTest();
const conversation = makeConversation('groepsgesprek');
afterAll(() => rmSync(conversation.dir, { recursive: true, force: true }));

const media = (page: Page) =>
  page.evaluate(() => {
    const element = document.querySelector<HTMLMediaElement>('audio, video');
    return { time: element?.currentTime ?? -1, paused: element?.paused ?? true };
  });

describe('transcription mode', () => {
  it('transcribes two turns of two speakers with their times, kept across a reload, ready to code', async () => {
    const { context, page } = await launch(freshProfile());
    await page.getByLabel('Naam van het project').fill('Transcriberen');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcriberen vanaf een opname…' }).click();
    await (await chooser).setFiles(conversation.recording);
    await page.getByRole('heading', { name: 'groepsgesprek transcriberen' }).waitFor();

    // Two speakers, added inline; the first is the moderator.
    const name = page.getByLabel('Nieuwe spreker');
    await name.fill('Anna');
    await page.getByLabel('gespreksleider').check();
    await name.press('Enter');
    await page.getByRole('button', { name: /Ctrl\+1 Anna/ }).waitFor();
    await name.fill('Bram');
    await page.getByLabel('gespreksleider').uncheck();
    await name.press('Enter');
    await page.getByRole('button', { name: /Ctrl\+2 Bram/ }).waitFor();

    // Listen, start Anna's turn with Ctrl+1 and type; then Bram's with Ctrl+2 at about 5 s.
    await page.keyboard.press('F4');
    await expect.poll(async () => (await media(page)).time, { timeout: 5_000 }).toBeGreaterThan(0.5);
    await page.keyboard.press('Control+1');
    const anna = page.getByRole('textbox', { name: /^Beurt van Anna/ });
    await expect.poll(() => anna.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Welkom allemaal bij dit gesprek.');
    await expect.poll(async () => (await media(page)).time, { timeout: 8_000 }).toBeGreaterThan(5);
    await page.keyboard.press('Control+2');
    const bram = page.getByRole('textbox', { name: /^Beurt van Bram/ });
    await expect.poll(() => bram.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.type('Voor mij is normaal');
    // F8 inserts the time as f4 does.
    await page.keyboard.press('F8');
    await page.keyboard.type('dat je naar school gaat.');
    expect(await bram.inputValue()).toMatch(/^Voor mij is normaal \[00:00:0\d\] dat je naar school gaat\.$/);

    // F4 pauses; F4 again resumes two seconds earlier (the automatic rewind).
    await page.keyboard.press('F4');
    await expect.poll(async () => (await media(page)).paused).toBe(true);
    const pausedAt = (await media(page)).time;
    await page.keyboard.press('F4');
    const resumed = await media(page);
    expect(resumed.time).toBeLessThan(pausedAt - 1.5);
    await page.keyboard.press('F4');
    await page.getByRole('status').getByText('Bewaard').waitFor();
    await screenshot(page, 'transcribe');

    // Each save is one undoable step: undo takes the last typing back, redo restores it.
    // Typed without a pause, Bram's whole turn may be one save: then undo takes the turn back altogether.
    const typed = await bram.inputValue();
    const bramNow = async () => ((await bram.count()) === 0 ? '' : bram.inputValue());
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(bramNow).not.toBe(typed);
    expect(typed.startsWith(await bramNow())).toBe(true);
    await page.getByRole('button', { name: 'Opnieuw', exact: true }).click();
    await expect.poll(() => bram.inputValue()).toBe(typed);
    await page.getByRole('status').getByText('Bewaard').waitFor();

    // Nothing is lost on reload.
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Beurt van Bram/ }).inputValue())
      .toContain('dat je naar school gaat.');

    // An ordinary transcript: speakers and start times in the coding view.
    await page.getByRole('button', { name: 'Klaar: naar coderen' }).click();
    const turns = page.locator('.turn');
    await expect.poll(() => turns.count()).toBe(2);
    await turns.nth(0).getByText('Welkom allemaal bij dit gesprek.').waitFor();
    expect(await turns.nth(0).textContent()).toContain('Anna');
    expect(await turns.nth(1).textContent()).toContain('Bram');
    await turns
      .nth(0)
      .getByRole('button', { name: /Afspelen vanaf 0:00:0[01]/ })
      .waitFor();
    await turns
      .nth(1)
      .getByRole('button', { name: /Afspelen vanaf 0:00:0[56]/ })
      .waitFor();
    await context.close();
  });
});
