import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../fixtures/refi-qda/support.ts';
import { launch, profilePerTest } from './browser.ts';
import { CUES, makeConversation } from './media.ts';

const freshProfile = profilePerTest();
const conversation = makeConversation('groep');
const downloads = mkdtempSync(path.join(os.tmpdir(), 'koor-qdpx-'));
afterAll(() => {
  rmSync(conversation.dir, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

async function newProject(page: Page, name: string) {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
}

const mediaTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLMediaElement>('audio, video')?.currentTime ?? -1);

describe('recordings in a REFI-QDA project', () => {
  it('exports a recording with its transcript and sync points (valid against Project.xsd) and imports it back', async () => {
    const { context, page } = await launch(freshProfile());
    await newProject(page, 'Uitwisseling');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([conversation.transcript, conversation.recording]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('Opname “groep.mp3” gekoppeld').waitFor();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();

    // A sync point of the researcher's own: turn 3 is heard a little later than the transcript says.
    const turn3 = page.locator('.turn', { hasText: CUES[2]!.text });
    await turn3.getByRole('button', { name: 'Afspelen vanaf 0:00:10' }).click();
    await expect.poll(() => mediaTime(page), { timeout: 5_000 }).toBeGreaterThan(11);
    await page.keyboard.press('F4');
    const synced = await mediaTime(page);
    await turn3.focus();
    await page.keyboard.press('Control+Shift+Enter');
    await turn3.getByRole('button', { name: /Afspelen vanaf 0:00:1[12]/ }).waitFor();

    // Export with the recording.
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await page.getByLabel(/Met de opname/).check();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Project exporteren (.qdpx)', exact: true }).first().click(),
    ]);
    const target = path.join(downloads, file.suggestedFilename());
    await file.saveAs(target);
    const zip = unzipSync(new Uint8Array(readFileSync(target)));
    const xml = strFromU8(zip['project.qde']!);
    expect(schemaErrors(xml, 'Project')).toBe('');
    expect(xml).toMatch(/<AudioSource [^>]*name="groep\.mp3" path="internal:\/\/[0-9a-f-]+\.mp3"/);
    const stamps = [...xml.matchAll(/timeStamp="(\d+)"/g)].map((m) => Number(m[1]));
    // Every turn's time, and the researcher's sync point.
    for (const cue of CUES) expect(stamps).toContain(cue.at * 1000);
    expect(stamps.some((ms) => Math.abs(ms - synced * 1000) < 2)).toBe(true);
    const mp3 = Object.keys(zip).find((name) => name.endsWith('.mp3'))!;
    expect(zip[mp3]!.length).toBe(readFileSync(conversation.recording).length);

    // Import it as a new project: the recording plays from the synced turn.
    const pick = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Project importeren (.qdpx)…' }).click();
    await (await pick).setFiles(target);
    const report = page.getByRole('dialog');
    await report.getByText('Met 1 opname').waitFor();
    await report.getByRole('button', { name: 'Als nieuw project openen' }).click();
    await page.getByRole('button', { name: 'Groep', exact: true }).click();
    const imported = page.locator('.turn', { hasText: CUES[2]!.text });
    await imported.getByRole('button', { name: /Afspelen vanaf 0:00:1[12]/ }).click();
    await expect.poll(() => mediaTime(page), { timeout: 5_000 }).toBeGreaterThan(synced - 0.3);
    expect(Math.abs((await mediaTime(page)) - synced)).toBeLessThan(0.5);
    await context.close();
  });
});
