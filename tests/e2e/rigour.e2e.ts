import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normaliserenTemplate } from '../../shared/codebook/template.ts';
import { writeProject } from '../../shared/exchange/projectWrite.ts';
import { parseTranscript } from '../../shared/import/parse.ts';
import { toProjectRecords, type ProjectRecords } from '../../shared/import/records.ts';
import type { Coder, Coding, ProjectData } from '../../shared/model.ts';
import { agreementReport } from '../../shared/rigour/report.ts';
import { launch, profilePerTest, screenshot, storedProject } from './browser.ts';

const FIXTURE = path.resolve('tests/fixtures/transcripts/07_onderzoekers_opleiders.txt');
const CODES = normaliserenTemplate('nl');
const codeId = (name: string) => CODES.find((c) => c.name === name)!.id;
const TAAL = codeId('Taal');
const BREDE_BLIK = codeId('Brede blik');
const ANNA: Coder = { id: 'coder-anna', name: 'Anna' };
const BRAM: Coder = { id: 'coder-bram', name: 'Bram' };

/** The transcript as the import view reads it, with fresh ids (the other coder's own copy). */
async function transcript(): Promise<ProjectRecords> {
  const parsed = await parseTranscript(path.basename(FIXTURE), new Uint8Array(readFileSync(FIXTURE)));
  if (!parsed.ok) throw new Error(parsed.reason);
  return toProjectRecords(parsed.data, { name: 'Onderzoekers (kopie)', sourceHash: 'other' });
}

/** A coder's own project of the same transcript: whole turns coded with template codes. */
function coderProject(records: ProjectRecords, coder: Coder, turns: Record<string, number[]>): ProjectData {
  const codings: Coding[] = Object.entries(turns).flatMap(([code, indices]) =>
    indices.map((i) => ({
      id: `${coder.id}-${code}-${i}`,
      documentId: records.document.id,
      codeId: code,
      start: records.turns[i]!.start,
      end: records.turns[i]!.end,
      coderId: coder.id,
      createdAt: '2026-03-01T10:00:00.000Z',
    })),
  );
  return {
    name: `Werk van ${coder.name}`,
    documents: [records.document],
    speakers: records.speakers,
    turns: records.turns,
    codes: CODES,
    codings,
    coders: [coder],
    memos: [],
    attributes: [],
  };
}

const freshProfile = profilePerTest();

async function chooseFile(page: Page, button: string, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).first().click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

/** Every coding's text, by id, from the open project's store (IndexedDB, read directly). */
async function codedTexts(page: Page): Promise<Record<string, string>> {
  const { documents, codings } = await storedProject(page);
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  return Object.fromEntries(codings.map((c) => [c.id, texts.get(c.documentId)!.slice(c.start, c.end)]));
}

describe('rigour', () => {
  it('merges two coders, shows agreement and disagreements, accepts suggestions, pseudonymises', async () => {
    const records = await transcript();
    const anna = coderProject(records, ANNA, { [TAAL]: [1, 3, 6, 9, 12], [BREDE_BLIK]: [2, 4, 8] });
    const bram = coderProject(records, BRAM, { [TAAL]: [1, 3, 7, 9, 14], [BREDE_BLIK]: [2, 4, 8, 10] });
    const expected = agreementReport(
      { ...anna, codings: [...anna.codings, ...bram.codings], coders: [ANNA, BRAM] },
      [ANNA.id, BRAM.id],
    );
    const taal = expected.perCode.find((row) => row.codeId === TAAL)!;

    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Betrouwbaarheid');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FIXTURE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.locator('.documents-table tbody tr').first().waitFor();

    // Nobody has coded yet: the section explains how to get a second coder's work.
    await page.getByRole('button', { name: 'Betrouwbaarheid', exact: true }).click();
    await page.getByRole('heading', { name: 'Eén codeur: nog geen overeenstemming te berekenen' }).waitFor();
    // The tip about Compare's coder choice waits until there is a choice to make (two coders).
    const tip = page.getByText(/^Tip: Vergelijken en Fragmenten/);
    expect(await tip.count()).toBe(0);

    // Anna's and Bram's projects of the same transcript: recognised by text, no document added.
    for (const [file, project] of [
      ['anna.qdpx', anna],
      ['bram.qdpx', bram],
    ] as const) {
      await chooseFile(page, 'Werk van een andere codeur importeren', file, writeProject(project));
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: `Werk uit ${file} samenvoegen` }).waitFor();
      await expect
        .poll(() => dialog.locator('.merge-summary').textContent())
        .toContain('1 document herkend, ');
      if (file === 'bram.qdpx') await screenshot(page, 'rigour-merge');
      await dialog.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
      await page.getByText(`${project.codings.length} coderingen samengevoegd.`).waitFor();
    }
    const coders = page.locator('.coder-table tbody tr');
    await expect.poll(() => coders.allTextContents()).toEqual(['Anna81', 'Bram91']);
    await tip.waitFor();

    // The agreement table: per code, with Cohen's κ for two coders, as shared/rigour computes it.
    const table = page.getByRole('table', { name: 'Overeenstemming per code' });
    const taalRow = table.getByRole('row', { name: /^Taal/ });
    await taalRow.waitFor();
    const nl = (value: number, digits: number) =>
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        value,
      );
    const cells = taalRow.getByRole('cell');
    await expect.poll(() => cells.nth(0).textContent()).toBe(nl(taal.n, 0));
    await expect.poll(() => cells.nth(1).textContent()).toBe(`${nl(taal.percentAgreement * 100, 1)}%`);
    await expect.poll(() => cells.nth(2).textContent()).toBe(nl(taal.cohenKappa!, 3));
    await expect.poll(() => cells.nth(3).textContent()).toBe(nl(taal.krippendorffAlpha, 3));
    await expect.poll(() => table.getByRole('row', { name: /^Brede blik/ }).count()).toBe(1);
    await page.getByText(/Krippendorffs α: overeenstemming tussen twee of meer codeurs/).waitFor();

    // The disagreement view: both coders side by side, and a jump to the text.
    await page.getByRole('button', { name: 'Verschillen bij Taal bekijken' }).click();
    const view = page.locator('.disagreements');
    await view.getByRole('heading', { name: 'Verschillen: Taal' }).waitFor();
    const differing = expected.disagreements.filter((d) => d.codeId === TAAL).length;
    await expect.poll(() => view.locator('.disagreement').count()).toBe(differing);
    const first = view.locator('.disagreement').first();
    await expect.poll(() => first.locator('.coder-side h4').allTextContents()).toEqual(['Anna', 'Bram']);
    await expect.poll(() => first.getByText('niet gecodeerd').count()).toBe(1);
    await page
      .locator('.toast')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await view.scrollIntoViewIfNeeded();
    await table.scrollIntoViewIfNeeded();
    const file = await screenshot(page, 'rigour');
    mkdirSync('docs', { recursive: true });
    copyFileSync(file, 'docs/rigour.png');
    await first.getByRole('button', { name: 'Naar de tekst' }).click();
    await expect.poll(() => page.url()).toMatch(/\/documents\/[^?]+\?coding=/);
    await page.getByRole('button', { name: 'Betrouwbaarheid', exact: true }).click();
    await table.waitFor();

    // Auto-coding: the theme's starter terms find places; one accepted, one rejected, coded as a new coder.
    await page.getByRole('tab', { name: 'Automatisch coderen (suggesties)' }).click();
    await page.getByLabel('Code', { exact: true }).selectOption(TAAL);
    await expect
      .poll(() => page.getByLabel('Zoektermen (één of meer per regel)').inputValue())
      .toContain('label*');
    await page.getByRole('button', { name: 'Suggesties zoeken' }).click();
    const suggestions = page.locator('.suggestion');
    await suggestions.first().waitFor();
    const found = await suggestions.count();
    expect(found).toBeGreaterThan(1);
    await suggestions.nth(0).getByRole('button', { name: 'Accepteren' }).click();
    await suggestions.nth(1).getByRole('button', { name: 'Afwijzen' }).click();
    await expect.poll(() => suggestions.nth(1).getAttribute('class')).toContain('rejected');
    await page.getByText(`1 geaccepteerd · 1 afgewezen · ${found - 2} open`).waitFor();
    await screenshot(page, 'rigour-suggestions');
    await page.getByRole('button', { name: 'Geaccepteerde coderen (1)' }).click();
    const ask = page.getByRole('dialog');
    await ask.getByLabel('Je naam').fill('Chris');
    await ask.getByRole('button', { name: 'Opslaan en coderen' }).click();
    await page.getByText('1 codering met “Taal” toegevoegd als Chris.', { exact: false }).waitFor();
    await expect.poll(() => suggestions.count()).toBe(found - 1);
    // The rejected place stays rejected; "accept all visible" takes the open ones (not coded until confirmed).
    await page.getByRole('button', { name: 'Alle zichtbare accepteren' }).click();
    await page.getByText(`${found - 2} geaccepteerd · 1 afgewezen · 0 open`).waitFor();
    await page.getByRole('tab', { name: 'Codeurs & overeenstemming' }).click();
    await expect.poll(() => coders.filter({ hasText: 'Chris' }).locator('td').nth(1).textContent()).toBe('1');

    // Pseudonymisation: preview every replacement, apply, and the codings stay on the same words.
    const before = await codedTexts(page);
    expect(Object.values(before).some((text) => /\bErik\b/.test(text))).toBe(true);
    await page.getByRole('tab', { name: 'Pseudonimiseren' }).click();
    await page
      .getByText('Koor bewaart hem nergens: niet in het project en niet in een export', { exact: false })
      .waitFor();
    await page.getByLabel('Echte naam 1').fill('Erik');
    await page.getByLabel('Pseudoniem 1').fill('Onderzoeker 1');
    await page.getByRole('button', { name: 'Rij toevoegen' }).click();
    await page.getByLabel('Echte naam 2').fill('Annemiek');
    await page.getByLabel('Pseudoniem 2').fill('Onderzoeker 2');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const replacements = page.locator('.replacement-list li');
    await replacements.first().waitFor();
    await expect.poll(() => replacements.first().locator('ins').textContent()).toMatch(/^Onderzoeker [12]$/);
    await expect.poll(() => page.locator('.speaker-renames li').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'rigour-pseudonymise');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sleutel exporteren (CSV)' }).click();
    const key = readFileSync((await (await download).path())!, 'utf8');
    expect(key).toContain('Erik;Onderzoeker 1');
    await page.getByRole('button', { name: /^Toepassen/ }).click();
    await page.getByText('Pseudoniemen toegepast', { exact: false }).waitFor();
    const after = await codedTexts(page);
    const renamed = (text: string) =>
      text.replace(/\bErik\b/g, 'Onderzoeker 1').replace(/\bAnnemiek\b/g, 'Onderzoeker 2');
    expect(after).toEqual(
      Object.fromEntries(Object.entries(before).map(([id, text]) => [id, renamed(text)])),
    );
    expect(Object.values(after).join(' ')).not.toMatch(/\bErik\b/);
    await context.close();
  });

  it('speaks English and offers the first action when there is nothing to check yet', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByLabel('Project name').fill('Pilot');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('button', { name: 'Rigour', exact: true }).click();
    await page.getByRole('heading', { name: 'No transcripts yet' }).waitFor();
    await page.getByRole('button', { name: 'Go to Documents' }).click();
    await expect.poll(() => page.url()).toMatch(/\/documents$/);
    await context.close();
  });
});
