import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

// Two fragments of R2 (ervaringsdeskundige ouders) in the example project: the first is coded "Partnerschap en
// alliantie" in the example; the test codes the second with it too, so that cell has two fragments to cite.
const FIRST = 'ik weet het ook niet precies, maar we gaan het samen uitzoeken';
const SECOND =
  'En ze vroeg: wat denk jij dat je dochter nodig heeft? Dat had nog nooit iemand aan mij gevraagd.';
const SHORTENED = 'En ze vroeg: wat denk jij dat je dochter nodig heeft? …';
const SUMMARY = 'Ouders willen samen zoeken met de hulpverlener';
const PARENTS = /^Partnerschap en alliantie × ervaringsdeskundige ouders: /;
// The example project's groups (documents), in their order.
const GROUPS = [
  'jongeren teams',
  'ouders codes',
  'jgz tijdcodes',
  'jeugdhulp',
  'gemeente export',
  'onderwijs',
  'onderzoekers opleiders',
];
const THEMES = [
  'Partnerschap en alliantie',
  'Taal',
  'Brede blik',
  'Positieve blik',
  'Acceptatie van imperfectie',
];

/** Clicks a download button and returns the file's path and bytes. */
async function download(page: Page, button: Locator): Promise<{ file: string; bytes: Buffer }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-synthesis-'));
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return { file: target, bytes: readFileSync(target) };
}

/** The paragraphs of a .docx as {style, text}, in order. */
function docxParagraphs(bytes: Buffer): { style: string; text: string }[] {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1]!;
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text: text.replace(/&quot;/g, '"').replace(/&amp;/g, '&') };
  });
}

/** The cells of every table of a .docx, per table and row. */
function docxTables(bytes: Buffer): string[][][] {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  const text = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1]!)),
    ),
  );
}

const pictures = (bytes: Buffer) =>
  Object.keys(unzipSync(new Uint8Array(bytes))).filter((name) => /^word\/media\/.+\.png$/.test(name));

/** Selects a piece of the open transcript as a mouse drag would (found with the find box first). */
async function selectText(page: Page, text: string): Promise<void> {
  const find = page.getByRole('searchbox', { name: 'Zoeken in document' });
  await find.fill(text.slice(0, 30));
  await find.press('Enter');
  await page.locator('.find-hit').first().waitFor();
  await find.fill('');
  await page.evaluate((needle) => {
    const spans = Array.from(document.querySelectorAll<HTMLElement>('.transcript [data-start]'));
    const span = spans.find((s) => s.textContent?.includes(needle));
    if (!span?.firstChild) throw new Error(`text not shown: ${needle}`);
    span.closest<HTMLElement>('.turn')?.focus();
    const at = span.textContent!.indexOf(needle);
    const range = document.createRange();
    range.setStart(span.firstChild, at);
    range.setEnd(span.firstChild, at + needle.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}

/** Codes SECOND with "Partnerschap en alliantie" in the ouders transcript. */
async function codeSecondFragment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Documenten', exact: true }).click();
  await page.getByRole('button', { name: 'ouders codes', exact: true }).click();
  await page.locator('.transcript .turn').first().waitFor();
  await selectText(page, SECOND);
  await page.getByText(/^Selectie: /).waitFor();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Code zoeken of maken' }).fill('Partnerschap en alliantie');
  await page.getByRole('option', { name: 'Partnerschap en alliantie', exact: true }).waitFor();
  await page.keyboard.press('Enter');
  // The first coding in this browser asks for the coder's name.
  await page.getByLabel('Je naam').fill('Anna');
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect
    .poll(() => page.getByRole('button', { name: 'Codering Partnerschap en alliantie' }).count())
    .toBe(2);
}

/** The open cell's summary editor. */
const editorOf = (page: Page) => page.getByRole('textbox', { name: /^Samenvatting van/ });

/** A fragment card of the open cell by its coded words (each card shows the whole turn, the words marked). */
const card = (page: Page, words: string) =>
  page.locator('.synthesis-fragment').filter({ has: page.locator('mark', { hasText: words }) });

describe('Samenvatten', () => {
  it('writes a summary citing two fragments and a shortened key quote; Word and .qdpx carry them; a re-import shows them back', async () => {
    const { context, page } = await launch(freshProfile());
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).first().click();
    await page.getByRole('button', { name: 'Documenten', exact: true }).waitFor({ timeout: 60_000 });
    await codeSecondFragment(page);

    await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
    const parents = page.getByRole('gridcell', { name: PARENTS });
    await expect.poll(() => parents.getAttribute('aria-label')).toMatch(/2 fragmenten, besproken, nog niet/);

    // A summary citing both fragments: [1] and [2] at the cursor.
    await parents.click();
    const editor = editorOf(page);
    await editor.fill(SUMMARY);
    await card(page, FIRST).getByRole('button', { name: 'Citeer [1]' }).click();
    await card(page, SECOND).getByRole('button', { name: 'Citeer [2]' }).click();
    await expect.poll(() => editor.inputValue()).toBe(`${SUMMARY} [1] [2]`);
    await page.getByText('Opgeslagen', { exact: true }).waitFor();

    // The second fragment as a key quote, shortened with an ellipsis; a display that adds words is refused.
    await card(page, SECOND).getByRole('button', { name: 'Kerncitaat', exact: true }).click();
    const display = card(page, SECOND).getByLabel('Ingekorte weergave (optioneel)');
    await display.fill('En ze vroeg: wat wil je dochter?');
    await card(page, SECOND).getByRole('button', { name: 'Weergave opslaan' }).click();
    await card(page, SECOND).getByRole('alert').waitFor();
    await display.fill('En ze vroeg: wat denk jij dat je dochter nodig heeft? ...');
    await card(page, SECOND).getByRole('button', { name: 'Weergave opslaan' }).click();
    await expect.poll(() => display.inputValue()).toBe(SHORTENED);
    await expect.poll(() => parents.getAttribute('aria-label')).toMatch(/samengevat, 1 kerncitaat$/);

    // A second summary in another cell, citing its one fragment.
    const language = page.getByRole('gridcell', { name: /^Taal × ervaringsdeskundige ouders: 1 fragment/ });
    await language.click();
    await editorOf(page).fill('Ouders letten op woorden');
    await page.getByRole('button', { name: 'Citeer [1]' }).first().click();
    await page.getByText('Opgeslagen', { exact: true }).waitFor();
    await parents.click();
    await expect.poll(() => page.getByRole('button', { name: /^Verwijzing [12]: R2/ }).count()).toBe(2);
    await screenshot(page, 'synthesis');

    // Word, without and with a chart per theme.
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const report = page.getByRole('region', { name: 'Rapport uit Samenvatten' });
    const word = await download(page, report.getByRole('button', { name: 'Word (.docx)' }));
    expect(pictures(word.bytes)).toEqual([]);
    const ps = docxParagraphs(word.bytes);
    const styled = (style: string) => ps.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['Over het onderzoek', ...THEMES, 'Profielen', 'Bijlage: codeboek']);
    for (const perspective of ['ervaringsdeskundige ouders', 'ervaringsdeskundige jongeren', 'onderwijs'])
      expect(styled('Heading2').some((h) => h.toLowerCase().startsWith(perspective))).toBe(true);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain(`${SUMMARY} [1] [2]`);
    expect(texts).toContain('Ouders letten op woorden [1]');
    // Citations quote exactly the coded text; the key quote shows its checked shortened display.
    expect(texts.filter((t) => t.startsWith(`[1] “${FIRST}” — R2, `))).toHaveLength(1);
    expect(texts.filter((t) => t.startsWith(`[2] “${SECOND}” — R2, `))).toHaveLength(1);
    expect(styled('Quote')).toEqual([`“${SHORTENED}”`]);
    expect(styled('QuoteAttribution')[0]).toMatch(/^— R2, /);
    expect(texts.filter((t) => t === 'Niet besproken').length).toBeGreaterThan(0);
    // After the facts, a table per theme of its summaries per perspective.
    const perspectiveTables = docxTables(word.bytes).slice(1);
    expect(perspectiveTables).toHaveLength(THEMES.length);
    expect(perspectiveTables[0]![0]).toEqual(['Perspectief', 'Coderingen', 'Samenvatting']);
    expect(perspectiveTables[0]!.map((row) => row[0])).toContain('ervaringsdeskundige ouders');

    await report.getByLabel(/grafiek van de coderingen per perspectief/).check();
    const charted = await download(page, report.getByRole('button', { name: 'Word (.docx)' }));
    expect(pictures(charted.bytes)).toHaveLength(THEMES.length);

    // The report per group: each theme's table lists the groups; nothing was written per group, and it says so.
    const columns = report.getByLabel('Kolommen');
    expect(await columns.inputValue()).toBe('perspective');
    await columns.selectOption('document');
    await report.getByLabel(/grafiek van de coderingen per document/).uncheck();
    const byGroup = await download(page, report.getByRole('button', { name: 'Word (.docx)' }));
    const groupTables = docxTables(byGroup.bytes).slice(1);
    expect(groupTables).toHaveLength(THEMES.length);
    for (const table of groupTables) {
      expect(table[0]).toEqual(['Document', 'Coderingen']);
      expect(table.slice(1).map((row) => row[0])).toEqual(GROUPS);
    }
    const groupTexts = docxParagraphs(byGroup.bytes).map((p) => p.text);
    expect(groupTexts).toContain(
      'Voor de kolommen ‘Document’ is bij deze codes nog niets geschreven: geen samenvattingen, syntheses, profielen of kernquotes. Dit rapport geeft daarom per code alleen het aantal coderingen per kolom.',
    );
    expect(groupTexts).toContain('Wel geschreven bij de kolommen: ‘Perspectief’.');
    expect(groupTexts).not.toContain(`${SUMMARY} [1] [2]`);

    // The grid's columns are kept per project, also after a reload, and are where the Export screen starts.
    await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
    await page.getByLabel('Kolommen').selectOption('speaker');
    await page
      .getByRole('gridcell', { name: /^Partnerschap en alliantie × R2 \(ouders codes\): / })
      .waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Kolommen').inputValue(), { timeout: 30_000 }).toBe('speaker');
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await expect.poll(() => report.getByLabel('Kolommen').inputValue()).toBe('speaker');
    await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
    await page.getByLabel('Kolommen').selectOption('perspective');
    await page.getByRole('gridcell', { name: PARENTS }).waitFor();
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();

    // The project as .qdpx, opened again as a new project.
    const qdpx = await download(
      page,
      page.getByRole('button', { name: 'Project exporteren (.qdpx)' }).first(),
    );
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Project importeren (.qdpx)…' }).click(),
    ]);
    await chooser.setFiles(qdpx.file);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam van het nieuwe project').fill('Teruggelezen');
    await dialog.getByRole('button', { name: 'Als nieuw project openen' }).click();
    await page.getByRole('heading', { name: 'Teruggelezen' }).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
    await expect
      .poll(() => page.getByRole('gridcell', { name: PARENTS }).getAttribute('aria-label'))
      .toMatch(/2 fragmenten, samengevat, 1 kerncitaat$/);
    await page.getByRole('gridcell', { name: PARENTS }).click();
    await expect.poll(() => editorOf(page).inputValue()).toBe(`${SUMMARY} [1] [2]`);
    await expect
      .poll(() => card(page, SECOND).getByLabel('Ingekorte weergave (optioneel)').inputValue())
      .toBe(SHORTENED);
    await card(page, SECOND).getByRole('button', { name: 'Kerncitaat ✓' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Verwijzing [12]: R2/ }).count()).toBe(2);

    // Both citations open their fragment in the transcript, shown beside it.
    for (const [n, words] of [
      [1, FIRST],
      [2, SECOND],
    ] as const) {
      if (!(await editorOf(page).count())) await page.getByRole('gridcell', { name: PARENTS }).click();
      await page.getByRole('button', { name: new RegExp(`^Verwijzing ${n}: R2`) }).click();
      await page.waitForURL(/\/documents\/.+\?coding=/);
      await expect.poll(() => page.locator('.side blockquote.quote').textContent()).toBe(words);
      if (n === 2) {
        // Removing the cited coding leaves the citation in place, shown as broken.
        await page.getByRole('button', { name: 'Codering verwijderen' }).click();
        await page.locator('.side blockquote.quote').waitFor({ state: 'detached' });
      }
      await page.goBack();
      await page.getByRole('gridcell', { name: PARENTS }).waitFor();
    }
    if (!(await editorOf(page).count())) await page.getByRole('gridcell', { name: PARENTS }).click();
    await page.getByRole('img', { name: /^Verwijzing 2 is gebroken/ }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^Verwijzing 1: R2/ }).count()).toBe(1);
    await expect.poll(() => editorOf(page).inputValue()).toBe(`${SUMMARY} [1] [2]`);
    await context.close();
  });
});
