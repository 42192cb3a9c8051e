import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';
import { CUES, makeConversation, makeWma } from './media.ts';

const freshProfile = profilePerTest();
const conversation = makeConversation('groep');
afterAll(() => rmSync(conversation.dir, { recursive: true, force: true }));

/** The state of the page's media element. */
function media(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector<HTMLMediaElement>('audio, video');
    return element
      ? { time: element.currentTime, paused: element.paused, duration: element.duration }
      : { time: -1, paused: true, duration: 0 };
  });
}

async function newProject(page: Page, name: string) {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
}

describe('recordings', () => {
  it('links a recording imported with its transcript, plays from a turn, follows along and plays a coding', async () => {
    const { context, page } = await launch(freshProfile());
    await newProject(page, 'Opnames');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([conversation.transcript, conversation.recording]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('Opname “groep.mp3” gekoppeld').waitFor();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();

    // Play from turn 3 (10 s): the media's time is that turn's, within 0.3 s.
    const turn3 = page.locator('.turn', { hasText: CUES[2]!.text });
    await turn3.getByRole('button', { name: 'Afspelen vanaf 0:00:10' }).click();
    const started = await media(page);
    expect(started.paused).toBe(false);
    expect(Math.abs(started.time - CUES[2]!.at)).toBeLessThan(0.3);
    await expect.poll(() => turn3.getAttribute('class')).toContain('playing');

    // Following along: after 5 s the next turn is the one highlighted.
    const turn4 = page.locator('.turn', { hasText: CUES[3]!.text });
    await expect.poll(() => turn4.getAttribute('class'), { timeout: 9_000 }).toContain('playing');
    expect(await turn3.getAttribute('class')).not.toContain('playing');
    await screenshot(page, 'recordings');

    // Pause with F4 (the f4transkript key), back 5 s with F3.
    await page.keyboard.press('F4');
    await expect.poll(async () => (await media(page)).paused).toBe(true);
    const before = (await media(page)).time;
    await page.keyboard.press('F3');
    expect((await media(page)).time).toBeCloseTo(Math.max(0, before - 5), 1);

    // Code turn 2 whole, select the coding, play its fragment: it starts at 5 s and stops before 10 s.
    const turn2 = page.locator('.turn', { hasText: CUES[1]!.text });
    await turn2.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('school');
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').fill('Anna');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering school' }).click();
    await page.getByRole('button', { name: 'Fragment afspelen' }).click();
    const fragment = await media(page);
    expect(Math.abs(fragment.time - CUES[1]!.at)).toBeLessThan(0.3);
    expect(fragment.paused).toBe(false);
    await expect.poll(async () => (await media(page)).paused, { timeout: 9_000 }).toBe(true);
    const stopped = (await media(page)).time;
    expect(stopped).toBeGreaterThan(CUES[1]!.at + 3);
    expect(stopped).toBeLessThan(CUES[2]!.at + 0.3);

    // Speed by keyboard: F9 faster (as in the transcription mode).
    await page.keyboard.press('F9');
    await expect.poll(() => page.evaluate(() => document.querySelector('audio')!.playbackRate)).toBe(1.25);
    await page.keyboard.press('F7');
    await expect.poll(() => page.evaluate(() => document.querySelector('audio')!.playbackRate)).toBe(1);
    // F8 loops the fragment (in the transcription mode it inserts the time).
    const loop = page.getByRole('checkbox', { name: 'Fragment herhalen (F8)' });
    expect(await loop.isChecked()).toBe(false);
    await page.keyboard.press('F8');
    await expect.poll(() => loop.isChecked()).toBe(true);

    // A reload keeps the recording (stored in the browser's own file storage).
    await page.reload();
    await page.getByRole('button', { name: 'Afspelen vanaf 0:00:15' }).waitFor();
    await context.close();
  });

  it('refuses a format Chromium cannot play with its name and what to convert to; nothing changes', async () => {
    const { context, page } = await launch(freshProfile());
    await newProject(page, 'Wma');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([conversation.transcript]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    const pick = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Opname koppelen…' }).click();
    await (await pick).setFiles([makeWma(conversation.dir, 'groep')]);
    await page.getByRole('alert').getByText('Dit bestand is .wma').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('.mp3 / .m4a');
    expect(await page.locator('audio, video').count()).toBe(0);
    // The transcript's own times stay, without play buttons.
    await page.locator('.turn-time', { hasText: '0:00:20' }).waitFor();
    expect(await page.getByRole('button', { name: /Afspelen vanaf/ }).count()).toBe(0);
    await context.close();
  });
});
