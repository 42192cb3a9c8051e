import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

const TAAL = '024755aa-c11e-4680-813a-7edd8d890025';
const PARTNERSCHAP = '3e13145b-071a-404b-9ad7-b5dbd1670213';
const BREDE_BLIK = 'a410b388-517b-4e1d-acb5-9a8692a7e60a';

/** Creates a project and opens its codebook; resolves to the project id. */
async function openCodebook(page: Page, name: string): Promise<string> {
  await page.getByLabel('Naam van het project').fill(name);
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
  await page.getByRole('heading', { name }).waitFor();
  await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
  const match = /#\/p\/([^/]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`no project id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/**
 * Puts one transcript with codings on template codes straight into the project's IndexedDB (as the coding
 * view would), then reloads so the app reads them.
 */
async function seedCodings(page: Page, projectId: string, perCode: Record<string, number>): Promise<void> {
  await page.evaluate(
    async ({ projectId, perCode }) => {
      const sentences = Array.from(
        { length: 40 },
        (_, i) => `Fragment ${i + 1}: we hebben het over gewone vragen die gewoon mogen zijn.`,
      );
      const text = sentences.join('\n');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`koor-project-${projectId}`);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['documents', 'codingLists', 'speakers', 'turnLists'], 'readwrite');
      tx.objectStore('documents').put({
        id: 'doc-1',
        name: 'Groep ouders',
        format: 'txt',
        text,
        sourceHash: 'seed',
        importedAt: '2026-03-01T10:00:00.000Z',
        attributes: { perspective: 'ervaringsdeskundige ouders' },
        order: 0,
      });
      tx.objectStore('speakers').put({
        id: 'sp-1',
        documentId: 'doc-1',
        label: 'R1',
        name: 'Moeder 1',
        role: 'participant',
        attributes: {},
      });
      // Turns and codings are stored as one list per document, in text order.
      tx.objectStore('turnLists').put({
        documentId: 'doc-1',
        turns: [{ id: 'turn-1', documentId: 'doc-1', speakerId: 'sp-1', start: 0, end: text.length }],
      });
      const codings = [];
      let n = 0;
      for (const [codeId, count] of Object.entries(perCode)) {
        for (let i = 0; i < count; i++, n++) {
          const start = text.indexOf(sentences[n % sentences.length]!);
          codings.push({
            id: `coding-${n}`,
            documentId: 'doc-1',
            codeId,
            start,
            end: start + sentences[n % sentences.length]!.length,
            coderId: 'coder-1',
            createdAt: '2026-03-01T10:00:00.000Z',
          });
        }
      }
      codings.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
      tx.objectStore('codingLists').put({ documentId: 'doc-1', codings });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { projectId, perCode },
  );
  await page.reload();
}

const item = (page: Page, name: string) => page.getByRole('treeitem', { name: new RegExp(`^${name}\\b`) });

describe('codebook', () => {
  it('adds the template, renames, nests by keyboard and drag, creates and deletes a code with undo', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    const projectId = await openCodebook(page, 'Wat is ieders normaal?');

    await page.getByRole('heading', { name: 'Nog geen codes' }).waitFor();
    await page.getByRole('button', { name: 'Sjabloon Normaliseren toevoegen' }).click();
    await item(page, 'Taal').waitFor();
    await expect.poll(() => page.getByRole('treeitem').count()).toBe(19);
    await expect.poll(() => item(page, 'Taal').getAttribute('aria-level')).toBe('2');

    await seedCodings(page, projectId, { [TAAL]: 12, [PARTNERSCHAP]: 8, [BREDE_BLIK]: 10 });
    await item(page, 'Taal').waitFor();
    // Own count and the roll-up of the sub-codes beside the category.
    await expect.poll(() => item(page, 'Taal').locator('.code-count').textContent()).toBe('12');
    await expect
      .poll(() => item(page, 'Visie: het goede gesprek').locator('.code-count').textContent())
      .toBe(' (+30)');

    // Rename: the name field saves when it loses focus.
    await item(page, 'Taal').click();
    await page.getByLabel('Naam', { exact: true }).fill('Taal en labels');
    await page.getByLabel('Naam', { exact: true }).press('Tab');
    await item(page, 'Taal en labels').waitFor();

    // Create a top-level code; it is selected after creation.
    await page.getByRole('button', { name: 'Nieuwe code', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Naam van de code').fill('Eigen regie');
    await page.getByRole('dialog').getByRole('button', { name: 'Code maken' }).click();
    await item(page, 'Eigen regie').waitFor();
    await expect.poll(() => item(page, 'Eigen regie').getAttribute('aria-level')).toBe('1');

    // Keyboard: Alt+→ nests it under the code above (the last category), Alt+← takes it out again.
    await item(page, 'Eigen regie').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => item(page, 'Eigen regie').getAttribute('aria-level')).toBe('2');
    await expect
      .poll(() => page.locator('.code-path').textContent())
      .toBe('Individueel / collectief > Eigen regie');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => item(page, 'Eigen regie').getAttribute('aria-level')).toBe('1');
    // Arrow keys move the selection through the tree.
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => page.locator('.code-path').textContent())
      .toBe('Individueel / collectief > Collectief');
    await page.keyboard.press('ArrowDown');

    // Drag and drop: onto the middle of a row nests inside it.
    await item(page, 'Eigen regie').dragTo(item(page, 'Visie: het goede gesprek'));
    await expect.poll(() => item(page, 'Eigen regie').getAttribute('aria-level')).toBe('2');
    await item(page, 'Eigen regie').click();
    await expect
      .poll(() => page.locator('.code-path').textContent())
      .toBe('Visie: het goede gesprek > Eigen regie');

    // Delete the category: the confirmation says what goes with it.
    await item(page, 'Visie: het goede gesprek').click();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('30 coderingen gaan mee.').waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Ook 6 subcodes worden verwijderd.');
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await page.getByText('“Visie: het goede gesprek” verwijderd').waitFor();
    await expect.poll(() => item(page, 'Taal en labels').count()).toBe(0);

    // Ctrl+Z brings the codes back with their codings.
    await page.locator('.code-tree').focus();
    await page.keyboard.press('Control+z');
    await item(page, 'Taal en labels').waitFor();
    await expect.poll(() => item(page, 'Taal en labels').locator('.code-count').textContent()).toBe('12');

    await item(page, 'Taal en labels').click();
    await page.getByLabel('Definitie').waitFor();
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8000 }).toBe(0);
    const file = await screenshot(page, 'codebook');
    mkdirSync('docs', { recursive: true });
    copyFileSync(file, 'docs/codebook.png');
    await context.close();
  });

  it('chooses an example quote from the codings and merges two codes', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    const projectId = await openCodebook(page, 'Voorbeelden');
    await page.getByRole('button', { name: 'Sjabloon Normaliseren toevoegen' }).click();
    await item(page, 'Taal').waitFor();
    await seedCodings(page, projectId, { [TAAL]: 3, [BREDE_BLIK]: 2 });

    await item(page, 'Brede blik').click();
    await page.getByRole('button', { name: 'Kies uit coderingen' }).click();
    const picker = page.getByRole('dialog');
    await picker.getByText('Groep ouders · Moeder 1').first().waitFor();
    await picker.getByRole('button', { name: 'Als voorbeeld gebruiken' }).first().click();
    await expect.poll(() => page.getByLabel('Voorbeeldcitaat').inputValue()).toMatch(/^“Fragment \d+:/);

    await page.getByRole('button', { name: 'Samenvoegen…' }).click();
    const merge = page.getByRole('dialog');
    await merge.getByLabel('Samenvoegen met').selectOption({ label: '\u00a0\u00a0\u00a0Taal' });
    await merge.getByText('2 coderingen van “Brede blik” gaan naar “Taal”.', { exact: false }).waitFor();
    await merge.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await expect.poll(() => item(page, 'Brede blik').count()).toBe(0);
    await expect.poll(() => item(page, 'Taal').locator('.code-count').textContent()).toBe('5');
    await context.close();
  });

  it('speaks English and offers the English template', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByLabel('Project name').fill('Pilot');
    await page.getByLabel('Codebook').selectOption('empty');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await page.getByRole('button', { name: 'Add interaction codes' }).click();
    await item(page, 'Interaction in the group').waitFor();
    await page.getByRole('button', { name: 'Add the Normaliseren template' }).click();
    await item(page, 'Language').waitFor();
    await expect.poll(() => page.getByText('26 codes · 0 codings').count()).toBe(1);
    await item(page, 'Interaction in the group').click();
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8000 }).toBe(0);
    await screenshot(page, 'codebook-en');
    await context.close();
  });

  it('imports an ATLAS.ti codebook and refuses a broken one with a translated reason', async () => {
    const profile = freshProfile();
    // A temporary folder for the files, removed after the test like a profile.
    const dir = freshProfile();
    const { context, page } = await launch(profile);
    await openCodebook(page, 'Import');
    await page.getByRole('heading', { name: 'Nog geen codes' }).waitFor();
    await screenshot(page, 'codebook-empty');

    const broken = path.join(dir, 'kapot.qdc');
    writeFileSync(broken, '<CodeBook><Codes><Code name="Taal"></Codes>');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Codeboek importeren' }).click(),
    ]);
    await chooser.setFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect
      .poll(() => alert.textContent())
      .toContain('kapot.qdc kon niet worden ingelezen: Dit is geen geldig XML-bestand');
    await expect.poll(() => page.getByRole('treeitem').count()).toBe(0);

    const [again] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Codeboek importeren' }).click(),
    ]);
    await again.setFiles(path.resolve('tests/fixtures/refi-qda/atlasti.qdc'));
    await item(page, 'Label').waitFor();
    await expect.poll(() => item(page, 'Label').getAttribute('aria-level')).toBe('2');
    await page.getByText('3 codes geïmporteerd uit atlasti.qdc').waitFor();
    // The imported GUID is kept (lower-cased) as the code's id.
    await expect
      .poll(() => item(page, 'Taal').getAttribute('data-code-id'))
      .toBe('7a1b2c3d-0000-4e5f-8a9b-1c2d3e4f5a6b');
    await item(page, 'Taal').click();
    await expect
      .poll(() => page.getByLabel('Wel coderen als (inclusie)').inputValue())
      .toBe('labels, diagnoses');
    await context.close();
  });
});
