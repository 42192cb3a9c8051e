/**
 * A study-sized batch through the UI: storing many transcripts shows progress and Stop leaves nothing half
 * stored (or says it is too late, and then all of them are there); the speaker overview names each speaker's
 * group; an imported project never takes an existing project's name; a study-sized .qdpx is read, opened and
 * exported with progress (the reading and writing run in a worker), and Stop while reading imports nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeProject } from '../../shared/exchange/projectWrite.ts';
import { generateCorpus } from '../bench/corpus.ts';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-study-'));
  dirs.push(dir);
  return dir;
}

/** `count` generated transcripts as .txt files ("R1: …" turns, a moderator), written to a temporary folder. */
function transcripts(count: number, chars: number): string[] {
  const dir = tempDir();
  const corpus = generateCorpus({ documents: count, charsPerDocument: chars, codings: 0, seed: 5 });
  return corpus.documents.map((d) => {
    const file = path.join(dir, `${d.name}.txt`);
    writeFileSync(file, d.text);
    return file;
  });
}

async function newProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByRole('button', { name: 'Project maken' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

async function chooseTranscripts(page: Page, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Transcripten importeren' }).click(),
  ]);
  await chooser.setFiles(files);
}

describe('a study-sized batch', () => {
  it('stores with progress; Stop stores nothing (or says it is too late), and the overview names each group', async () => {
    const files = transcripts(40, 40_000);
    const { context, page } = await launch(freshProfile());
    await newProject(page, 'Studie');
    await chooseTranscripts(page, files);
    const dialog = page.getByRole('dialog');
    const confirm = dialog.getByRole('button', { name: '40 documenten importeren' });
    await expect.poll(() => confirm.isEnabled(), { timeout: 60_000 }).toBe(true);

    await confirm.click();
    const progress = dialog.getByRole('progressbar', { name: 'Voortgang van het opslaan' });
    // Progress is shown while storing: wait until some documents are written, then stop.
    await expect
      .poll(async () => Number((await progress.getAttribute('value')) ?? 0), { interval: 5 })
      .toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Stoppen' }).click();
    await screenshot(page, 'study-import-progress');
    const stopped = dialog.getByText('Gestopt: er is niets opgeslagen.', { exact: false });
    const tooLate = dialog.getByText('Te laat om te stoppen', { exact: false });
    await stopped.or(tooLate).first().waitFor();
    const wasStopped = await stopped.isVisible();

    const rows = page.locator('.documents-table tbody tr');
    if (wasStopped) {
      // Nothing half stored: the project is still empty, also after a moment for any late write.
      await page.waitForTimeout(500);
      expect(await rows.count()).toBe(0);
      await page.getByText('Nog geen transcripten', { exact: false }).waitFor();
      // The same batch can be stored after all.
      await expect.poll(() => confirm.isEnabled()).toBe(true);
      await confirm.click();
    }
    await page.getByText('40 documenten geïmporteerd.').waitFor({ timeout: 60_000 });
    await expect.poll(() => rows.count()).toBe(40);
    await expect.poll(() => page.locator('.documents-table').getByText('…').count()).toBe(0);

    // Per perspective, ten moderators are ten groups: each speaker run is headed by its document.
    const overview = page.locator('.speaker-overview');
    await overview.getByLabel('Per').selectOption('perspective');
    const card = overview.locator('.overview-card').first();
    await card.getByRole('columnheader', { name: 'Groep (document)' }).waitFor();
    await expect.poll(() => card.locator('td.overview-document').count()).toBeGreaterThan(4);
    const groups = await card.locator('td.overview-document').allTextContents();
    expect(new Set(groups).size).toBe(groups.length);
    expect(groups[0]).toMatch(/^Focusgroep \d\d$/);
    await screenshot(page, 'study-speaker-overview');
    await context.close();
  });

  it('gives an imported project a name of its own when the name is taken', async () => {
    const qdpx = path.join(tempDir(), 'studie.qdpx');
    const corpus = generateCorpus({ documents: 3, charsPerDocument: 5_000, codings: 50, seed: 3 });
    writeFileSync(qdpx, writeProject({ ...corpus, name: 'Studie' }));
    const { context, page } = await launch(freshProfile());
    await newProject(page, 'Studie');
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Project importeren (.qdpx)…' }).click(),
    ]);
    await chooser.setFiles(qdpx);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('Naam van het nieuwe project').inputValue()).toBe('Studie (2)');
    // Even a taken name typed by hand is made unique.
    await dialog.getByLabel('Naam van het nieuwe project').fill('Studie');
    await dialog.getByRole('button', { name: 'Als nieuw project openen' }).click();
    await page.getByRole('heading', { name: 'Studie (2)' }).waitFor();
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await page.getByRole('button', { name: /^Studie \(2\)/ }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Studie(?! \(2\))/ }).count()).toBe(1);

    // Its sub-codes differ only at the end ("acceptatie van imperfectie: wens"); the chart's axis keeps the end.
    await page.getByRole('button', { name: /^Studie \(2\)/ }).click();
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    const ticks = page.getByTestId('chart').locator('.recharts-yAxis-tick-labels text');
    await expect.poll(() => ticks.count()).toBeGreaterThan(10);
    const shortened = (await ticks.allTextContents()).filter((label) => label.includes('…'));
    expect(shortened.length).toBeGreaterThan(3);
    expect(new Set(shortened).size).toBe(shortened.length);
    await context.close();
  });

  it('reads, opens and exports a study-sized .qdpx with progress; Stop while reading imports nothing', async () => {
    const qdpx = path.join(tempDir(), 'groot.qdpx');
    const corpus = generateCorpus({ documents: 70, charsPerDocument: 70_000, codings: 100_000, seed: 7 });
    writeFileSync(qdpx, writeProject({ ...corpus, name: 'Grote studie' }));
    const { context, page } = await launch(freshProfile());
    // From the start screen, as a colleague's project file is opened.
    const chooseQdpx = async () => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Projectbestand openen (.qdpx)…' }).click(),
      ]);
      await chooser.setFiles(qdpx);
    };
    const reading = page.getByRole('dialog', { name: 'Projectbestand lezen' });

    // Reading shows its progress; Stop ends it and nothing is imported.
    await chooseQdpx();
    await reading.waitFor();
    await expect.poll(() => reading.getByRole('progressbar').count()).toBe(1);
    await expect.poll(() => reading.getByRole('status').textContent()).toMatch(/%\)$/);
    await reading.getByRole('button', { name: 'Stoppen' }).click();
    await page.getByText('Lezen gestopt: er is niets geïmporteerd.').waitFor();
    await reading.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Als nieuw project openen' }).count()).toBe(0);

    // Read again to the end: the report, then the project opens with its progress.
    await chooseQdpx();
    await reading.waitFor();
    const open = page.getByRole('dialog').getByRole('button', { name: 'Als nieuw project openen' });
    await open.waitFor({ timeout: 120_000 });
    expect(await reading.count()).toBe(0);
    await open.click();
    await page.getByRole('dialog', { name: 'Geïmporteerd project openen' }).waitFor();
    await page.locator('.documents-table tbody tr').nth(69).waitFor({ timeout: 120_000 });

    // Exporting it shows progress too, and hands over the file.
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await page.getByRole('button', { name: 'Project exporteren (.qdpx)' }).first().click();
        await page.getByRole('dialog', { name: 'Project exporteren' }).waitFor();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Grote studie - project - .*\.qdpx$/);
    await context.close();
  }, 240_000);
});
