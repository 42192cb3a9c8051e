import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, OUTPUT_DIR, profilePerTest, screenshot } from './browser.ts';

const FIXTURES = path.resolve('tests/fixtures/transcripts');

/** Three groups, each with the perspective a researcher gives it in the import dialog. */
const GROUPS = [
  { file: '01_jongeren_teams.vtt', name: 'Jongeren teams', perspective: 'ervaringsdeskundige jongeren' },
  { file: '02_ouders_codes.txt', name: 'Ouders codes', perspective: 'ervaringsdeskundige ouders' },
  { file: '03_jgz_tijdcodes.txt', name: 'Jgz tijdcodes', perspective: 'jeugdgezondheidszorg (JGZ)' },
];

/** Sentences participants said (each occurs once in its transcript) and the code a researcher gives them. */
const FRAGMENTS = [
  { file: '01_jongeren_teams.vtt', code: 'Taal', text: 'Sorry voor het woord.' },
  {
    file: '01_jongeren_teams.vtt',
    code: 'Partnerschap en alliantie',
    text: 'Het duurde nog anderhalf jaar voordat iemand het serieus nam.',
  },
  {
    file: '02_ouders_codes.txt',
    code: 'Taal',
    text: 'En eerlijk gezegd: die diagnose was voor mij een enorme opluchting.',
  },
  {
    file: '02_ouders_codes.txt',
    code: 'Partnerschap en alliantie',
    text: 'Die zei aan het begin: ik weet het ook niet precies, maar we gaan het samen uitzoeken.',
  },
  {
    file: '03_jgz_tijdcodes.txt',
    code: 'Taal',
    text: 'Want met een verwijzing, of liever nog een diagnose, komt er extra ondersteuning.',
  },
];

const freshProfile = profilePerTest();

/** Imports the three transcripts through the import dialog, giving each group its perspective. */
async function importGroups(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles(GROUPS.map((g) => path.join(FIXTURES, g.file)));
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '3 documenten importeren' }).waitFor();
  for (const group of GROUPS) {
    await dialog.getByRole('button', { name: new RegExp(group.file.replace('.', '\\.')) }).click();
    await dialog.getByLabel('Perspectief van de groep').selectOption(group.perspective);
  }
  await dialog.getByRole('button', { name: '3 documenten importeren' }).click();
  await page.getByText('3 documenten geïmporteerd.').waitFor();
}

/**
 * Selects a sentence in the open transcript the way a mouse leaves it: a DOM selection over the rendered text
 * segments (the sentence may span several of them), then mouseup.
 */
async function selectInTranscript(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.parentElement?.closest('[data-start]')) nodes.push(node as Text);
    const joined = nodes.map((n) => n.data).join('');
    const at = joined.indexOf(wanted);
    if (at < 0) return false;
    const locate = (offset: number, end: boolean): [Text, number] => {
      let passed = 0;
      for (const node of nodes) {
        const inside = end ? offset <= passed + node.data.length : offset < passed + node.data.length;
        if (inside) return [node, offset - passed];
        passed += node.data.length;
      }
      throw new Error('offset outside the transcript');
    };
    const range = document.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + wanted.length, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    range.startContainer.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, text);
  if (!found) throw new Error(`"${text}" is not shown in the transcript`);
}

/**
 * Opens a document from the documents list, finds a sentence with the document's search box (the transcript
 * only renders what is visible), selects it and codes it with a code from the code panel.
 */
async function codeFragment(page: Page, fragment: (typeof FRAGMENTS)[number]): Promise<void> {
  await page.getByRole('button', { name: 'Documenten', exact: true }).click();
  const group = GROUPS.find((g) => g.file === fragment.file)!;
  await page.getByRole('button', { name: group.name, exact: true }).click();
  const find = page.getByRole('search').getByRole('searchbox');
  await find.fill(fragment.text);
  await find.press('Enter');
  await page.getByText(fragment.text).waitFor();
  await find.fill('');
  await selectInTranscript(page, fragment.text);
  const panel = page.locator('.code-panel');
  await panel.getByRole('button', { name: new RegExp(`^${fragment.code}\\b`) }).click();
  // The first coding asks under which name this computer codes.
  const coderDialog = page.getByRole('dialog');
  const coded = page.locator('.coded', { hasText: fragment.text.slice(0, 20) }).first();
  await Promise.race([coderDialog.waitFor(), coded.waitFor()]);
  if (await coderDialog.isVisible()) {
    await coderDialog.getByRole('textbox').fill('Anouk');
    await coderDialog.getByRole('textbox').press('Enter');
  }
  await coded.waitFor();
}

/**
 * Creates a project (with the template codebook), checks Compare's empty state, imports the three groups and
 * codes the fragments: everything a researcher does before comparing.
 */
async function codedProject(page: Page): Promise<void> {
  page.setDefaultTimeout(15_000);
  await page.getByLabel('Naam van het project').fill('Wat is ieders normaal?');
  await page.getByRole('button', { name: 'Project maken' }).click();

  // Before any coding, Compare says what it will show and leads to the documents.
  await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
  await page.getByRole('heading', { name: 'Nog niets te vergelijken' }).waitFor();
  await page.getByRole('button', { name: 'Naar Documenten' }).click();

  await importGroups(page);
  // Imported but not coded: the views over codes still wait, words and keyword-in-context work already.
  await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
  await page.getByRole('heading', { name: 'Nog niets te vergelijken' }).waitFor();
  await page.getByRole('button', { name: 'Woorden en woord-in-context bekijken' }).click();
  await page.getByTestId('word-frequencies').locator('tbody tr').first().waitFor();
  // A new project starts with the Normaliseren codebook (the start screen's default).
  await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
  await page.getByRole('treeitem', { name: /^Taal\b/ }).waitFor();
  for (const fragment of FRAGMENTS) await codeFragment(page, fragment);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('compare', () => {
  it('shows coded fragments of three perspectives in a chart, opens the quotes behind a bar, exports PNG', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await codedProject(page);
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    await page.reload(); // let the coding confirmations (toasts) go before the screenshot
    const table = page.getByTestId('crosstab');
    await table.waitFor();
    const legend = page.getByRole('group', { name: /^Legenda/ });
    await expect
      .poll(() => legend.getByRole('button').allTextContents())
      .toEqual(GROUPS.map((g) => g.perspective));
    // Taal was coded once in each group; its row total is 3.
    await expect
      .poll(() => table.getByRole('button', { name: '3 — open de citaten bij Taal × alle kolommen' }).count())
      .toBe(1);
    await screenshot(page, 'compare');
    mkdirSync('docs', { recursive: true });

    // Click the parents' bar of "Taal" and read the quote behind it.
    await page
      .getByTestId('chart')
      .getByLabel('1 — open de citaten bij Taal × ervaringsdeskundige ouders')
      .click();
    const drill = page.getByRole('dialog');
    await drill.getByRole('heading', { name: 'Taal × ervaringsdeskundige ouders' }).waitFor();
    const quotes = drill.getByTestId('quote');
    await expect.poll(() => quotes.count()).toBe(1);
    const quote = await quotes.first().textContent();
    expect(quote).toContain('die diagnose was voor mij een enorme opluchting');
    expect(quote).toContain('ervaringsdeskundige ouders');
    expect(quote).toContain('Ouders codes');
    await screenshot(page, 'compare-drilldown');
    await drill.getByRole('button', { name: 'Sluiten' }).click();

    // Hiding a perspective in the legend removes its bars.
    await legend.getByRole('button', { name: 'jeugdgezondheidszorg (JGZ)' }).click();
    await expect
      .poll(() =>
        page
          .getByTestId('chart')
          .getByLabel(/Taal × jeugdgezondheidszorg \(JGZ\)$/)
          .count(),
      )
      .toBe(0);
    await legend.getByRole('button', { name: 'jeugdgezondheidszorg (JGZ)' }).click();

    const download = page.waitForEvent('download');
    await page
      .getByRole('group', { name: 'Grafiek exporteren als' })
      .getByRole('button', { name: 'PNG' })
      .click();
    const file = path.join(OUTPUT_DIR, 'compare-chart.png');
    await (await download).saveAs(file);
    const size = pngSize(readFileSync(file));
    expect(size.width).toBeGreaterThan(600);
    expect(size.height).toBeGreaterThan(200);

    // "Ga naar de plek" opens the document at the coding.
    await page
      .getByRole('button', { name: '1 — open de citaten bij Taal × ervaringsdeskundige jongeren' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ga naar de plek' }).click();
    await page.waitForURL(/\/documents\/[^?]+\?coding=/);
    await page.locator('.selected-coding', { hasText: 'Sorry voor het woord.' }).waitFor();
    await context.close();
  });
  it('counts a coding made after Compare was opened, and one undone, never showing the number from before', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await codedProject(page);
    const compare = page.getByRole('button', { name: 'Vergelijken', exact: true });
    const taalTotal = (n: number) =>
      page
        .getByTestId('crosstab')
        .getByRole('button', { name: `${n} — open de citaten bij Taal × alle kolommen` });
    // The table is drawn first, the charts below it a frame later (on a study each takes a few hundred ms).
    const firstFrame = page.evaluate(
      () =>
        new Promise<{ chart: boolean }>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-testid="crosstab"] tbody tr')) return;
            observer.disconnect();
            requestAnimationFrame(() =>
              resolve({ chart: !!document.querySelector('[data-testid="chart"]') }),
            );
          });
          observer.observe(document.body, { childList: true, subtree: true });
        }),
    );
    await compare.click();
    expect(await firstFrame).toEqual({ chart: false });
    await page.getByTestId('chart').waitFor();
    await taalTotal(3).waitFor();

    // Code one more Taal fragment, then Compare again: the first table shown already counts it.
    await codeFragment(page, { file: '02_ouders_codes.txt', code: 'Taal', text: 'Prachtig woord.' });
    await compare.click();
    await page.getByTestId('crosstab').waitFor();
    expect(await taalTotal(4).count()).toBe(1);
    expect(await taalTotal(3).count()).toBe(0);

    // Undo while Compare is open: the table follows.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await taalTotal(3).waitFor();
    await context.close();
  });

  it('opens a table cell, exports CSV and Excel, and reads side by side, words and keyword in context in English', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await codedProject(page);
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    const table = page.getByTestId('crosstab');
    await table
      .getByRole('button', {
        name: '1 — open de citaten bij Partnerschap en alliantie × ervaringsdeskundige ouders',
      })
      .click();
    const drill = page.getByRole('dialog');
    await expect
      .poll(() => drill.getByTestId('quote').first().textContent())
      .toContain('we gaan het samen uitzoeken');
    await drill.getByRole('button', { name: 'Sluiten' }).click();

    // The measure's explanation follows the choice.
    await page.getByLabel('Maat').selectOption('per1000');
    await page.getByText('per 1.000 gesproken woorden in deze kolom').waitFor();
    await page.getByLabel('Maat').selectOption('codings');

    const exports = page.getByRole('group', { name: 'Tabel exporteren als' });
    let download = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'CSV' }).click();
    const csvFile = path.join(OUTPUT_DIR, 'compare-table.csv');
    await (await download).saveAs(csvFile);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv).toContain(
      'ervaringsdeskundige jongeren;ervaringsdeskundige ouders;jeugdgezondheidszorg (JGZ);Totaal',
    );
    expect(csv).toContain('Taal;1;1;1;3');
    download = page.waitForEvent('download');
    await exports.getByRole('button', { name: 'Excel' }).click();
    const xlsxFile = path.join(OUTPUT_DIR, 'compare-table.xlsx');
    await (await download).saveAs(xlsxFile);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');

    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('tab', { name: 'Side by side' }).click();
    const columns = page.locator('.side-column');
    await expect.poll(() => columns.nth(0).getByTestId('quote').textContent()).toContain('anderhalf jaar');
    await expect.poll(() => columns.nth(1).getByTestId('quote').textContent()).toContain('samen uitzoeken');

    await page.getByRole('tab', { name: 'Words' }).click();
    await page.getByTestId('word-frequencies').waitFor();
    await page
      .getByRole('combobox', { name: /^Perspective/ })
      .selectOption({ label: 'parents with lived experience' });
    await page.getByTestId('distinctive-words').waitFor();
    await page.getByText('log-likelihood (G²)', { exact: false }).first().waitFor();
    await page.getByRole('searchbox', { name: 'Search word' }).fill('diagnosen');
    const concordance = page.getByTestId('kwic');
    await concordance.locator('.kwic-key').first().waitFor();
    // Stem-aware: the plural "diagnosen" also finds "diagnose".
    await expect.poll(() => concordance.locator('.kwic-key').allTextContents()).toContain('diagnose');
    await screenshot(page, 'compare-words');
    await concordance.locator('.kwic-line').first().click();
    await page.waitForURL(/\/documents\/[^/?]+$/);
    await context.close();
  });
});
