import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

// Anna's first turn also holds the words of a parent the transcriber missed (from "Bij ons thuis").
const FILE = path.resolve('tests/fixtures/speakers/gemiste_spreker.txt');
const MISSED = 'Bij ons thuis was dat anders';
const QUOTE = 'elke week iemand van het wijkteam';
// Four speakers named "Spreker 1" … "Spreker 4" (an Amberscript export): nobody is recognised as the moderator.
const UNNAMED = path.resolve('tests/fixtures/real-world/amberscript_ouders_nl.txt');

const freshProfile = profilePerTest();

/** Puts the text cursor (a click) or a selection on a piece of the transcript, as the mouse would. */
async function pointAt(page: Page, text: string, select: boolean, root = '.transcript') {
  await page.evaluate(
    ({ needle, whole, within }) => {
      const spans = Array.from(document.querySelectorAll<HTMLElement>(`${within} [data-start]`));
      const span = spans.find((s) => s.textContent?.includes(needle));
      if (!span?.firstChild) throw new Error(`text not shown: ${needle}`);
      span.closest<HTMLElement>('.turn')?.focus();
      const at = span.textContent!.indexOf(needle);
      const range = document.createRange();
      range.setStart(span.firstChild, at);
      range.setEnd(span.firstChild, whole ? at + needle.length : at);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      span.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { needle: text, whole: select, within: root },
  );
}

/** The participation table of the group as "name turns words" lines. */
async function participation(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Groepsdynamiek' }).click();
  await page.getByRole('tab', { name: 'Deelname' }).click();
  const rows = page.locator('.participation-table tbody tr');
  await rows.first().waitFor();
  const lines = await rows.evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.querySelectorAll('td'))
        .slice(0, 3)
        .map((td) => td.textContent?.replace('gespreksleider', '').trim())
        .join(' '),
    ),
  );
  return lines.sort();
}

/** The speaker shown with the fragment of code "wijkteam". */
async function fragmentSpeaker(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
  const box = page.locator('.retrieval-codes').getByLabel('wijkteam', { exact: true });
  if (!(await box.isChecked())) await box.check();
  const fragment = page.locator('.fragment').first();
  await fragment.locator('.fragment-text mark').waitFor();
  expect(await fragment.locator('.fragment-text mark').textContent()).toBe(QUOTE);
  return (
    (await fragment.locator('.fragment-meta > span').nth(1).textContent())?.replace('·', '').trim() ?? ''
  );
}

describe('correcting speakers after import', () => {
  it('splits a turn with a missed speaker: participation and the fragment speaker follow, the coding keeps its words, undo restores', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Ouders');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByRole('button', { name: 'Gemiste spreker', exact: true }).click();

    // Code a fragment in the second half of Anna's first turn.
    await pointAt(page, QUOTE, true);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('wijkteam');
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').fill('Anna');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering wijkteam' }).waitFor();
    expect(await fragmentSpeaker(page)).toBe('Anna');
    expect(await participation(page)).toEqual(['Anna 2 46', 'Gespreksleider 2 12']);

    // Back to the document: click where the missed parent starts, split with Ctrl+Enter, name her.
    await page.getByRole('button', { name: 'Documenten' }).click();
    await page.getByRole('button', { name: 'Gemiste spreker', exact: true }).click();
    await page.locator('.turn').first().waitFor();
    await pointAt(page, MISSED, false);
    await page.locator('[data-caret]').waitFor();
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: 'Beurt splitsen' });
    await dialog.getByText('Nieuwe beurt:').waitFor();
    expect(await dialog.locator('q').nth(1).textContent()).toMatch(/^Bij ons thuis was dat anders/);
    await dialog.getByLabel('Naam van de nieuwe spreker').fill('Mo');
    await screenshot(page, 'speakers-split');
    await dialog.getByRole('button', { name: 'Splitsen' }).click();
    await page.getByText('Beurt gesplitst; de nieuwe beurt is van Mo.', { exact: false }).waitFor();
    const moTurn = page.locator('.turn', { has: page.getByRole('button', { name: 'Mo', exact: true }) });
    await expect.poll(() => moTurn.locator('.turn-text').textContent()).toMatch(/^Bij ons thuis/);
    await expect.poll(() => moTurn.locator('.coded').textContent()).toBe(QUOTE);

    // The chip menu offers the other corrections.
    await page.getByRole('button', { name: 'Mo', exact: true }).click();
    await page.getByRole('menu', { name: 'Spreker en beurt corrigeren' }).waitFor();
    await page.getByRole('menuitem', { name: 'Samenvoegen met vorige beurt' }).waitFor();
    await screenshot(page, 'speakers-menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);

    expect(await participation(page)).toEqual(['Anna 2 25', 'Gespreksleider 2 12', 'Mo 1 21']);
    expect(await fragmentSpeaker(page)).toBe('Mo');

    // Undo: one step brings Anna's whole turn back, and Mo is gone.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByText('Ongedaan gemaakt: beurt splitsen').waitFor();
    expect(await fragmentSpeaker(page)).toBe('Anna');
    expect(await participation(page)).toEqual(['Anna 2 46', 'Gespreksleider 2 12']);
    await context.close();
  });

  it('corrects the turns in the import preview before storing: split, change a speaker, merge, take back', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Ouders');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([FILE]);
    const dialog = page.getByRole('dialog');
    // A speaker renamed in the table keeps that name (with its label) in the other lists of the preview.
    await dialog.getByLabel('Naam van Anna', { exact: true }).fill('Anna de Wit');
    const sameAs = dialog.getByLabel('Gespreksleider is dezelfde persoon als');
    expect(await sameAs.locator('option').allTextContents()).toEqual(['—', 'Anna de Wit (Anna)']);
    await dialog.getByText('Beurten nakijken (4)').click();
    const firstTurn = dialog.getByRole('combobox', { name: 'Spreker van beurt 1' });
    expect(await firstTurn.locator('option').allTextContents()).toEqual([
      'Gespreksleider',
      'Anna de Wit (Anna)',
      'Nieuwe spreker…',
    ]);
    const split = dialog.getByRole('button', { name: 'Splitsen bij de cursor' });
    await expect.poll(() => split.first().isDisabled()).toBe(true);

    await pointAt(page, MISSED, false, '.turn-review-list');
    await split.nth(1).click();
    const group = dialog.getByRole('group', { name: 'Beurt splitsen' });
    await group.getByLabel('Naam van de nieuwe spreker').fill('Mo');
    await screenshot(page, 'speakers-preview');
    await group.getByRole('button', { name: 'Splitsen' }).click();
    await dialog.getByText('Beurten nakijken (5)').waitFor();
    await dialog.getByText(/3 sprekers · 5 beurten/).waitFor();
    await dialog.locator('.speaker-table strong', { hasText: 'Mo' }).waitFor();

    // The last turn is Mo's too; then merge the moderator's thanks into Mo's first turn, and take that back.
    await dialog.getByRole('combobox', { name: 'Spreker van beurt 5' }).selectOption('Mo');
    await dialog.getByRole('button', { name: 'Samenvoegen met vorige' }).nth(3).click();
    await dialog.getByText('Beurten nakijken (4)').waitFor();
    await dialog.getByRole('button', { name: 'Ongedaan maken' }).click();
    await dialog.getByText('Beurten nakijken (5)').waitFor();
    await dialog.getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('1 document geïmporteerd.').waitFor();

    expect(await participation(page)).toEqual(['Anna de Wit 1 14', 'Gespreksleider 2 12', 'Mo 2 32']);
    await context.close();
  });

  it('names and marks speakers after import: the moderator from Group dynamics, a name and perspective from the chip menu, undoable', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Naamloos');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles([UNNAMED]);
    await page.getByRole('dialog').getByRole('button', { name: '1 document importeren' }).click();
    await page.getByText('1 document geïmporteerd.').waitFor();

    // Nobody is the moderator: Group dynamics asks, proposing the speaker who asked most.
    await page.getByRole('button', { name: 'Groepsdynamiek' }).click();
    const pick = page.getByRole('group', { name: /niemand als gespreksleider gemarkeerd/ });
    const choice = pick.getByRole('combobox', { name: 'Gespreksleider' });
    expect(await choice.locator('option:checked').textContent()).toBe(
      'Spreker 1 — 3 beurten, 2 met een vraag',
    );
    await screenshot(page, 'speakers-moderator-pick');
    await pick.getByRole('button', { name: 'Als gespreksleider markeren' }).click();
    await page.getByText('Spreker 1 is gemarkeerd als gespreksleider.').waitFor();
    await expect.poll(() => pick.count()).toBe(0);
    await page
      .getByRole('status')
      .filter({ hasText: /Koor stelt [23] vragen voor/ })
      .waitFor();

    // In the transcript, the chip menu edits a speaker: name and perspective; the label stays in the transcript.
    await page.getByRole('button', { name: 'Documenten' }).click();
    await page.getByRole('button', { name: 'Amberscript ouders nl', exact: true }).click();
    await page.getByRole('button', { name: 'Spreker 2', exact: true }).first().click();
    await page.getByRole('menuitem', { name: /^Spreker 2 bewerken/ }).click();
    const edit = page.getByRole('dialog', { name: 'Spreker Spreker 2 bewerken' });
    await edit.getByLabel('Naam in Koor').fill('Sanne');
    await edit.getByText('In het transcript staat: Spreker 2').waitFor();
    await edit.getByLabel('Perspectief').selectOption({ label: 'onderwijs' });
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Spreker Sanne gewijzigd.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Sanne', exact: true }).count()).toBe(2);
    expect(await participation(page)).toEqual([
      'Sanne 2 33',
      'Spreker 1 3 37',
      'Spreker 3 3 42',
      'Spreker 4 2 35',
    ]);

    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await page.getByText('Ongedaan gemaakt: spreker wijzigen').waitFor();
    expect(await participation(page)).toContain('Spreker 2 2 33');
    await context.close();
  });
});
