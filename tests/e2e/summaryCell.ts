/**
 * Steps the summary-grid team tests share: Anna codes three turns of a shared project and Bram joins it through
 * a line that can be cut; both open the same cell of Samenvatten, write, cite and wait for the save.
 */
import type { Page } from 'playwright-core';
import { freePort } from '../team/services.ts';
import {
  codeNextTurn,
  importTranscript,
  Line,
  newProject,
  openTranscript,
  share,
  untilCounted,
  type Team,
} from '../team/teamApp.ts';
import { launch } from './browser.ts';

type Launched = Awaited<ReturnType<typeof launch>>;

/**
 * Anna shares a project named `name` with three coded turns; Bram joins it as `${name} (Bram)` through `line`
 * (up), and waits until he sees the three codings.
 */
export async function annaCodesBramJoins(
  team: Team,
  name: string,
  profile: () => string,
): Promise<{ a: Launched; b: Launched; line: Line }> {
  const a = await launch(profile());
  await newProject(a.page, name, 'normaliseren');
  await importTranscript(a.page);
  await share(a.page, team.url, team.tokens.Anna!);
  await openTranscript(a.page);
  await a.page.locator('.turn').first().click();
  for (let i = 0; i < 3; i++) {
    await codeNextTurn(a.page);
    await untilCounted(a.page, i + 1);
  }
  const line = new Line(await freePort(), team.port);
  await line.up();
  const b = await launch(profile());
  await newProject(b.page, `${name} (Bram)`, 'empty');
  await share(b.page, `ws://127.0.0.1:${line.port}`, team.tokens.Bram!);
  await openTranscript(b.page);
  await untilCounted(b.page, 3);
  return { a, b, line };
}

/** Opens Samenvatten with every code as a row, and the first cell with three fragments; resolves with its editor. */
export async function openCell(page: Page) {
  await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
  await page.getByLabel('Rijen').selectOption('all');
  await page
    .getByRole('gridcell', { name: /: 3 fragmenten/ })
    .first()
    .click();
  const editor = page.getByRole('textbox', { name: /^Samenvatting van/ });
  await editor.waitFor();
  return editor;
}

/** Waits until the open cell's summary says it is saved. */
export const saved = (page: Page) =>
  page.locator('.cell-summary').getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();

/** Cites the `index`-th fragment card of the open cell and waits until the summary is saved. */
export async function cite(page: Page, index: number): Promise<void> {
  await page
    .locator('.synthesis-fragment')
    .nth(index)
    .getByRole('button', { name: /^Citeer \[\d\]$/ })
    .click();
  await saved(page);
}
