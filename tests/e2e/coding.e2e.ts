import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const FILE = path.resolve('tests/fixtures/transcripts/07_onderzoekers_opleiders.txt');
// A gold quote of MANIFEST.json (theme "taal", speaker Farid).
const QUOTE = 'Ze zei: ik ben niet kwetsbaar, mijn situatie was kwetsbaar.';

const freshProfile = profilePerTest();

/** Finds a piece of the transcript with the find box, then selects it as a mouse drag would. */
async function selectText(page: Page, text: string) {
  const find = page.getByRole('searchbox', { name: 'Zoeken in document' });
  await find.fill(text);
  await find.press('Enter');
  await page.locator('.find-hit').first().waitFor();
  await find.fill('');
  await page.evaluate((needle) => {
    const spans = Array.from(document.querySelectorAll<HTMLElement>('.transcript [data-start]'));
    const span = spans.find((s) => s.textContent?.includes(needle));
    if (!span?.firstChild) throw new Error(`text not shown: ${needle}`);
    // A mouse-down in the text focuses its turn before the drag selects.
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

async function fragmentTexts(page: Page, code: string): Promise<string[]> {
  await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
  const box = page.locator('.retrieval-codes').getByLabel(code, { exact: true });
  if (!(await box.isChecked())) await box.check();
  await page.locator('.fragment-text mark').first().waitFor();
  return page.locator('.fragment-text mark').allTextContents();
}

describe('coding', () => {
  it('codes a gold quote, finds it, undoes, redoes, survives a reload and an edit before it', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Onderzoekers');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();

    await selectText(page, QUOTE);
    await page.getByText('Selectie: 10 woorden').waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Code zoeken of maken' }).fill('taal');
    await page.getByRole('option', { name: 'Taal', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').fill('Anna');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Codering Taal' }).waitFor();
    await screenshot(page, 'coding');

    expect(await fragmentTexts(page, 'Taal')).toEqual([QUOTE]);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByText('Ongedaan gemaakt: coderen').waitFor();
    await expect.poll(() => page.locator('.fragment-text mark').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await page.getByText('Opnieuw gedaan: coderen').waitFor();
    await expect.poll(() => page.locator('.fragment-text mark').allTextContents()).toEqual([QUOTE]);

    await page.reload();
    expect(await fragmentTexts(page, 'Taal')).toEqual([QUOTE]);

    // Fix a word earlier in the same turn: the coding stays on the same words.
    await page.getByRole('button', { name: 'Ga naar de plek' }).click();
    const turn = page.locator('.turn', { hasText: QUOTE });
    await turn.hover();
    await turn.getByRole('button', { name: 'Tekst van deze beurt bewerken' }).click();
    const box = page.getByRole('dialog').getByLabel('Tekst');
    await box.fill((await box.inputValue()).replace('co-onderzoekers', 'mede-onderzoekers'));
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Tekst aangepast; de coderingen zijn meegeschoven.').waitFor();
    await expect.poll(() => page.locator('.transcript').textContent()).toContain('mede-onderzoekers');
    expect(await fragmentTexts(page, 'Taal')).toEqual([QUOTE]);
    await context.close();
  });

  it('codes by keyboard alone: arrows to a turn, Enter selects it, a number key applies a pinned code', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Toetsenbord');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();
    // First code: created through the quick picker on a selected turn.
    await page.locator('.turn').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('brede blik');
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').fill('Bram');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering brede blik' }).waitFor();
    // Next turn by arrow, whole turn by Enter, code "1" (the first code while nothing is pinned).
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('button', { name: 'Codering brede blik' }).count()).toBe(2);
    // A second code, pinned: now "1" applies it.
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('taal');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering taal' }).waitFor();
    const pin = page.getByRole('button', { name: 'Aan een cijfertoets vastzetten (of losmaken): taal' });
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.turn.focused').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(/^Selectie: /).waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('button', { name: 'Codering taal' }).count()).toBe(2);
    await context.close();
  });
});
