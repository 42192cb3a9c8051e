import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILES, launch, profilePerTest, screenshot } from './browser.ts';

const FILES = FIXTURE_FILES;

const freshProfile = profilePerTest();

/** Imports the seven fixtures through the import dialog, as a researcher does. */
async function importFixtures(page: Page): Promise<void> {
  await page.getByLabel('Naam van het project').fill('Wat is ieders normaal?');
  await page.getByLabel('Codeboek').selectOption('empty');
  await page.getByRole('button', { name: 'Project maken' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Transcripten importeren' }).click();
  await (await chooser).setFiles(FILES);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '7 documenten importeren' }).click();
  await page.getByText('7 documenten geïmporteerd.').waitFor();
}

/** A select by its label (its accessible name also holds the chosen option, hence the prefix match). */
function select(page: Page, label: string) {
  return page.getByRole('combobox', { name: new RegExp(`^${label}`) });
}

/** The value of the first option of a select whose text matches. */
async function optionValue(page: Page, label: string, text: RegExp): Promise<string> {
  const options = select(page, label).locator('option');
  await options.first().waitFor({ state: 'attached' });
  const texts = await options.allTextContents();
  const index = texts.findIndex((t) => text.test(t));
  expect(index, `option ${String(text)} in ${label}: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return (await options.nth(index).getAttribute('value')) ?? '';
}

describe('group dynamics', () => {
  it('confirms a questioning route, shows participation and turn-taking, and marks a dissent', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile, { width: 1400, height: 1000 });
    await importFixtures(page);

    await page.getByRole('button', { name: 'Groepsdynamiek' }).click();
    await page.getByRole('heading', { name: 'Groepsdynamiek' }).waitFor();
    const group = select(page, 'Groep');
    await group.selectOption(await optionValue(page, 'Groep', /^Ouders codes/));

    // Questioning route: Koor proposes, the researcher confirms and renames the first question.
    await page.getByText(/Koor stelt \d+ vragen voor/).waitFor();
    await page.getByRole('button', { name: 'Vraagroute bevestigen' }).click();
    await page.getByText(/Vraagroute bevestigd: \d+ vragen/).waitFor();
    await page.getByRole('button', { name: 'Naam wijzigen: vraag 1' }).click();
    await page.getByLabel('Naam van vraag 1').fill('Vraag 1: wanneer klopt er iets niet?');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.route-label', { hasText: 'Vraag 1: wanneer klopt er iets niet?' }).waitFor();
    await screenshot(page, 'dynamics-route');
    // Undo and redo the rename: the route is part of the global history.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText('Ongedaan gemaakt: vraag hernoemen').waitFor();
    await page.getByRole('button', { name: 'Opnieuw', exact: true }).click();
    await page.locator('.route-label', { hasText: 'Vraag 1: wanneer klopt er iets niet?' }).waitFor();

    // Participation: a row per speaker, the balance measures with their explanations.
    await page.getByRole('tab', { name: 'Deelname' }).click();
    const table = page.locator('.participation-table tbody tr');
    await expect.poll(() => table.count()).toBeGreaterThan(3);
    await page.getByRole('heading', { name: 'Balans (Gini)' }).waitFor();
    await page.getByText(/hoe ongelijk de deelnemers/).waitFor();
    await page.getByText(/Spreiding \(entropie\): hoe gelijk/).waitFor();
    await expect.poll(() => page.locator('.big-number').first().textContent()).toMatch(/^\d+,\d%$/);
    await expect.poll(() => page.locator('.toast').count(), { timeout: 10_000 }).toBe(0);
    await screenshot(page, 'dynamics');

    // Turn-taking: the who-follows-whom heatmap and the share of participant-to-participant changes.
    await page.getByRole('tab', { name: 'Beurtwisseling' }).click();
    await page.getByRole('table', { name: 'Wie spreekt na wie?' }).waitFor();
    await expect.poll(() => page.locator('.transition-heatmap td.heat').count()).toBeGreaterThan(4);
    await page.getByText('Deelnemer → deelnemer').waitFor();
    await screenshot(page, 'dynamics-turns');

    // The question filter narrows the views to one question's segment.
    await select(page, 'Vraag').selectOption(await optionValue(page, 'Vraag', /^1\. Vraag 1: wanneer/));
    await page.getByText('Alleen het deel bij vraag: Vraag 1: wanneer klopt er iets niet?').first().waitFor();

    // Consensus: add the interaction codes and the themes, then mark a participant's turn as disagreement.
    await page.getByRole('tab', { name: 'Instemming en onenigheid' }).click();
    await page.getByRole('button', { name: 'Interactiecodes toevoegen' }).click();
    await page.getByText('Interactiecodes toegevoegd aan het codeboek.').waitFor();
    await page.getByRole('button', { name: 'Thema’s van de visie toevoegen' }).click();
    await page.getByRole('rowheader', { name: 'Taal' }).waitFor();
    const turns = select(page, 'Beurt van een deelnemer').locator('option');
    const first = (await turns.nth(1).textContent()) ?? '';
    const speaker = first.split(':')[0]!;
    await select(page, 'Beurt van een deelnemer').selectOption({ index: 1 });
    await select(page, 'Over thema').selectOption({ label: 'Taal' });
    await page.getByRole('button', { name: 'Markeer als onenigheid' }).click();
    const coder = page.getByRole('dialog');
    await coder.getByLabel('Je naam').fill('Onderzoeker A');
    await coder.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText(`Onenigheid gemarkeerd bij ${speaker}.`).waitFor();
    const taal = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Taal' }) });
    await expect.poll(() => taal.locator('.consensus-opposed').textContent()).toBe(`Onenigheid ${speaker}`);

    // Without the filter, every group is a column and the dissent stays in the parents' group.
    await select(page, 'Vraag').selectOption('');
    await expect.poll(() => page.locator('.consensus-table thead th').count()).toBe(8);
    await expect.poll(() => taal.locator('td.current .consensus-opposed').textContent()).toContain(speaker);
    await screenshot(page, 'dynamics-consensus');

    // Saturation across the groups and one participant's timeline with the new codings.
    await page.getByRole('tab', { name: 'Verzadiging' }).click();
    await page.locator('[data-chart="saturation"] svg').first().waitFor();
    await screenshot(page, 'dynamics-saturation');
    await page.getByRole('tab', { name: 'Per vraag en deelnemer' }).click();
    await page.locator('.interlocutor-matrix .mi-codes').first().waitFor();
    await screenshot(page, 'dynamics-interlocutor');
    await page.getByRole('tab', { name: 'Eén deelnemer volgen' }).click();
    await select(page, 'Deelnemer').selectOption(
      await optionValue(page, 'Deelnemer', new RegExp(`^${speaker}\\b`)),
    );
    await page.locator('.timeline-codes').getByRole('button', { name: 'Onenigheid' }).first().waitFor();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Citaat met gesprek kopiëren' }).first().click();
    await page.getByText('Citaat gekopieerd, met de beurten eromheen.').waitFor();
    const quote = await page.evaluate(() => navigator.clipboard.readText());
    expect(quote).toMatch(new RegExp(`^I(, gespreksleider)?: .+\\n${speaker}, [^:]+: “`));
    expect(quote).toMatch(/\(Bron: Ouders codes\)$/);
    await screenshot(page, 'dynamics-participant');

    // In English, the same screen with English words and English number formatting.
    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('tab', { name: 'Participation' }).click();
    await page.getByRole('heading', { name: 'Balance (Gini)' }).waitFor();
    await page.getByText(/^Gini: how unequally the participants/).waitFor();
    await expect.poll(() => page.locator('.big-number').first().textContent()).toMatch(/^\d+\.\d%$/);
    await screenshot(page, 'dynamics-en');

    mkdirSync('docs', { recursive: true });
    copyFileSync(path.resolve('tests/e2e/output/dynamics.png'), path.resolve('docs/dynamics.png'));
    await context.close();
  });

  it('offers the way to Documents when the project has no transcripts', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Leeg');
    await page.getByLabel('Codeboek').selectOption('empty');
    await page.getByRole('button', { name: 'Project maken' }).click();
    await page.getByRole('button', { name: 'Groepsdynamiek' }).click();
    await page.getByRole('heading', { name: 'Nog geen groepsgesprekken' }).waitFor();
    await page.getByRole('button', { name: 'Naar Documenten' }).click();
    await page.getByRole('button', { name: 'Transcripten importeren' }).waitFor();
    await context.close();
  });
});
