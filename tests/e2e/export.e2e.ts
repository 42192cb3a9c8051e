import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeProject } from '../../shared/exchange/projectWrite.ts';
import { transcriptProject } from '../../shared/exchange/testTranscripts.ts';
import { schemaErrors } from '../fixtures/refi-qda/support.ts';
import { launch, newProfile, removeProfile, screenshot } from './browser.ts';

const cleanup: string[] = [];
afterEach(() => cleanup.splice(0).forEach(removeProfile));

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-export-'));
  cleanup.push(dir);
  return dir;
}

async function newProject(page: Page, name: string): Promise<void> {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string, dir: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).first().click(),
  ]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: readFileSync(target) };
}

/** Chooses a file in the browser's file dialog opened by clicking `button`. */
async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(file);
}

describe('export and exchange', () => {
  it('exports the codebook as .qdc (schema-valid) and .docx, and the project as .qdpx', async () => {
    const profile = newProfile();
    cleanup.push(profile);
    const dir = tempDir();
    const { context, page } = await launch(profile);
    await newProject(page, 'Wat is ieders normaal?');
    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await page.getByRole('button', { name: 'Sjabloon Normaliseren toevoegen' }).click();
    await page.getByRole('treeitem', { name: /^Taal/ }).waitFor();
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await page.getByText('Je werk staat alleen in deze browser', { exact: true }).waitFor();
    await page.getByText('Dit project is nog nooit geëxporteerd.').waitFor();

    const qdc = await download(page, 'REFI-QDA (.qdc)', dir);
    const today = new Date().toISOString().slice(0, 10);
    expect(qdc.name).toBe(`Wat is ieders normaal - codeboek - ${today}.qdc`);
    const xml = qdc.bytes.toString('utf8');
    expect(schemaErrors(xml, 'Codebook')).toBe('');
    expect(xml).toContain('urn:QDA-XML:codebook:1.0');
    expect(xml).toContain('name="Partnerschap en alliantie"');
    expect(xml.toLowerCase()).toContain('3e13145b-071a-404b-9ad7-b5dbd1670213');

    const docx = await download(page, 'Word (.docx)', dir);
    expect(docx.name.endsWith('.docx')).toBe(true);
    const entries = unzipSync(new Uint8Array(docx.bytes));
    expect(Object.keys(entries)).toContain('word/document.xml');
    expect(strFromU8(entries['word/document.xml']!)).toContain('Partnerschap en alliantie');

    const qdpx = await download(page, 'Project exporteren (.qdpx)', dir);
    const project = unzipSync(new Uint8Array(qdpx.bytes));
    expect(schemaErrors(strFromU8(project['project.qde']!), 'Project')).toBe('');
    await page.getByText(/^Laatst geëxporteerd:/).waitFor();
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8000 }).toBe(0);
    await screenshot(page, 'export');
    await context.close();
  });

  it('imports a .qdpx made by koor build as a new project and lists its documents', async () => {
    const dir = tempDir();
    const qdpx = path.join(dir, 'normaliseren.qdpx');
    const fixtures = path.resolve('tests/fixtures/transcripts');
    const transcripts = readdirSync(fixtures)
      .filter((f) => /\.(txt|vtt|srt|csv|docx)$/.test(f))
      .map((f) => path.join(fixtures, f));
    execFileSync(
      'node',
      ['shared/cli/koor.mjs', 'build', '--out', qdpx, '--codebook', 'normaliseren', ...transcripts],
      { stdio: 'pipe' },
    );

    const profile = newProfile();
    cleanup.push(profile);
    const { context, page } = await launch(profile);
    await newProject(page, 'Leeg');
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await chooseFile(page, 'Project importeren (.qdpx)…', qdpx);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('7 documenten, 19 codes').waitFor();
    await dialog.getByLabel('Naam van het nieuwe project').fill('Uit koor build');
    await screenshot(page, 'export-import-report');
    await dialog.getByRole('button', { name: 'Als nieuw project openen' }).click();

    await page.getByRole('heading', { name: 'Uit koor build' }).waitFor();
    await page.getByText('02_ouders_codes', { exact: false }).first().waitFor();
    await page.getByText('07_onderzoekers_opleiders', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await page.getByRole('treeitem', { name: /^Partnerschap en alliantie/ }).waitFor();

    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await page.getByRole('button', { name: /^Uit koor build/ }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Leeg/ }).count()).toBe(1);
    await context.close();
  });

  it("recognises speakers in another tool's .qdpx with the speaker preview, and keeps the codings", async () => {
    // A Koor export as another tool writes it back: no koor.json, no cases, no uncoded selections.
    const files = unzipSync(writeProject(transcriptProject()));
    delete files['koor.json'];
    files['project.qde'] = strToU8(
      strFromU8(files['project.qde']!)
        .replace(/ {2}<Cases>[\s\S]*?<\/Cases>\n/, '')
        .replace(/ *<PlainTextSelection [^>]*\/>\n/g, ''),
    );
    const dir = tempDir();
    const file = path.join(dir, 'qualcoder.qdpx');
    writeFileSync(file, zipSync(files));

    const profile = newProfile();
    cleanup.push(profile);
    const { context, page } = await launch(profile);
    // Opened from the start screen: a newcomer given a project file needs no empty project first.
    await chooseFile(page, 'Projectbestand openen (.qdpx)…', file);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Sprekers herkend in de tekst' }).waitFor();
    await dialog.getByText('Focusgroep ouders.docx', { exact: true }).waitFor();
    await dialog
      .getByText(/had geen sprekers die Koor kan gebruiken/)
      .first()
      .waitFor();
    await dialog.getByLabel('Naam van Moeder', { exact: true }).fill('Moeder (M1)');
    await screenshot(page, 'export-import-speakers');
    await dialog.getByRole('button', { name: 'Als nieuw project openen' }).click();
    await page.getByRole('heading', { name: 'Normaal? Twee groepen' }).waitFor();
    await page.getByText('Focusgroep ouders.docx', { exact: false }).first().waitFor();
    await page.getByText('Moeder (M1)', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await page.getByRole('button', { name: /^Normaal\? Twee groepen/ }).waitFor();
    await expect.poll(() => page.locator('.project-row').count()).toBe(1);
    await context.close();
  });

  it('refuses a file that is not a project with a clear message and creates nothing', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'kapot.qdpx');
    writeFileSync(bad, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    const profile = newProfile();
    cleanup.push(profile);
    const { context, page } = await launch(profile);
    // From the start screen: the message there, and no project made.
    await chooseFile(page, 'Projectbestand openen (.qdpx)…', bad);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('het is geen zip-bestand');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.project-row').count()).toBe(0);
    await newProject(page, 'Enige project');
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await chooseFile(page, 'Project importeren (.qdpx)…', bad);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.textContent()).toContain('kapot.qdpx is niet geïmporteerd.');
    await expect.poll(() => alert.textContent()).toContain('het is geen zip-bestand');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Terug naar projecten' }).click();
    await page.getByRole('button', { name: /^Enige project/ }).waitFor();
    await expect.poll(() => page.locator('.project-row').count()).toBe(1);
    await context.close();
  });

  it('in Electron, makes, lists and restores backups and answers the backup request of main', async () => {
    const profile = newProfile();
    cleanup.push(profile);
    const { context, page } = await launch(profile);
    // A stand-in for the preload's window.koor: backups kept in memory, the backup request callable by the test.
    await page.addInitScript(() => {
      type Backup = { id: string; projectId: string; projectName: string; createdAt: string; size: number };
      const stored = new Map<string, { info: Backup; bytes: Uint8Array }>();
      const requests: (() => Promise<void>)[] = [];
      let n = 0;
      Object.assign(window, {
        koorTest: { requestBackup: () => Promise.all(requests.map((r) => r())), count: () => stored.size },
        koor: {
          openFiles: async () => [],
          saveFile: async () => true,
          setLanguage: async () => {},
          onMenuCommand: () => () => {},
          onBackupRequest: (listener: () => Promise<void>) => {
            requests.push(listener);
            return () => requests.splice(requests.indexOf(listener), 1);
          },
          backups: {
            save: async (projectId: string, projectName: string, bytes: Uint8Array) => {
              n += 1;
              const info = {
                id: `b${n}`,
                projectId,
                projectName,
                createdAt: new Date(Date.UTC(2026, 3, n, 9, 30)).toISOString(),
                size: bytes.length,
              };
              stored.set(info.id, { info, bytes });
              return info;
            },
            list: async (projectId?: string) =>
              [...stored.values()].map((b) => b.info).filter((b) => !projectId || b.projectId === projectId),
            read: async (id: string) => stored.get(id)!.bytes,
          },
        },
      });
    });
    await page.reload();
    await newProject(page, 'Ouders');
    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await page.getByRole('button', { name: 'Interactiecodes toevoegen' }).click();
    await page.getByRole('treeitem', { name: /^Humor/ }).waitFor();

    // Main asks for a snapshot (schedule, quit) wherever the user is in the project.
    await page.evaluate(() =>
      (window as unknown as { koorTest: { requestBackup(): Promise<unknown> } }).koorTest.requestBackup(),
    );
    expect(
      await page.evaluate(() => (window as unknown as { koorTest: { count(): number } }).koorTest.count()),
    ).toBe(1);

    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await page.getByRole('heading', { name: 'Back-ups' }).waitFor();
    await expect.poll(() => page.getByText('Je werk staat alleen in deze browser').count()).toBe(0);
    await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await page.getByText(/^Back-up gemaakt \(\d+ kB\)$/).waitFor();
    await expect.poll(() => page.locator('.backup-table tbody tr').count()).toBe(2);
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8000 }).toBe(0);
    await screenshot(page, 'export-backups');

    await page.getByRole('button', { name: /^Back-up van 2 apr 2026.* terugzetten$/ }).click();
    await page.getByRole('heading', { name: /^Ouders \(hersteld 2 apr 2026/ }).waitFor();
    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await page.getByRole('treeitem', { name: /^Humor/ }).waitFor();
    await context.close();
  });
});
