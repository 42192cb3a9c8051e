/**
 * Roles and blind coding in the built app, through a real `koor server` and PostgreSQL on 127.0.0.1 (started
 * and stopped here): a reader sees the team's codings, memos and summaries but cannot code, edit text, change codes
 * or write in a memo or summary (controls disabled or read-only with the reason, coding keys and typing inert); a coder who codes blind sees only their own codings in the
 * transcript, the code list's counts, Fragmenten and Samenvatten, and everyone's again after choosing to compare;
 * leaving keeps a local copy that no longer receives the team's work.
 * (That the server itself refuses a reader's writes is tested in team.e2e.ts, with a client that sends them.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codedCount,
  codeNextTurn,
  importTranscript,
  newProject,
  openTranscript,
  share,
  startTeam,
  TEAM_TRANSCRIPT_NAME,
  untilCounted,
  type Team,
} from '../team/teamApp.ts';
import { launch, profilePerTest } from './browser.ts';

const READ_ONLY = /^Alleen lezen: je bent lezer in dit gedeelde project/;
const MEMO = 'Memo van Anna';
const SUMMARY = 'Samenvatting van Anna';

let team: Team;
const freshProfile = profilePerTest();

beforeAll(async () => {
  team = await startTeam('studie', [
    ['Anna', 'owner'],
    ['Bram', 'coder'],
    ['Lezer', 'reader'],
  ]);
}, 90_000);

afterAll(async () => {
  await team?.stop();
});

/** Joins the shared project from a new, empty project in a fresh profile and opens the transcript. */
async function join(token: string, name: string) {
  const opened = await launch(freshProfile());
  await newProject(opened.page, name, 'empty');
  await share(opened.page, team.url, token);
  await openTranscript(opened.page);
  return opened;
}

/** Opens Samenvatten with every code as a row. */
async function openGrid(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
  await page.getByLabel('Rijen').selectOption('all');
}

/** Opens the first cell of `code` in the grid that has fragments; resolves with its summary's text area. */
async function openCell(page: Page, code: string) {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page
    .getByRole('gridcell', { name: new RegExp(`^${escaped} × .*: [1-9]\\d* fragment`) })
    .first()
    .click();
  const summary = page.locator('.cell-summary textarea');
  await summary.waitFor();
  return summary;
}

/** How many fragments the summary grid counts for `code`, over all its columns. */
async function gridFragments(page: Page, code: string): Promise<number> {
  const labels = await page
    .getByRole('gridcell')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels
    .filter((label) => label.startsWith(`${code} × `))
    .reduce((sum, label) => sum + Number(/: (\d+) fragment/.exec(label.slice(code.length))?.[1] ?? 0), 0);
}

/** How many fragments Fragmenten lists for `code`. */
async function fragments(page: Page, code: string): Promise<number> {
  await page.getByRole('button', { name: 'Fragmenten', exact: true }).click();
  const box = page.locator('.retrieval-codes').getByLabel(code, { exact: true });
  if (!(await box.isChecked())) await box.check();
  await page.waitForTimeout(300);
  return page.locator('.fragment').count();
}

describe('roles and blind coding in a shared project', () => {
  it('keeps a reader read-only, and a blind coder from seeing others’ codings in every view', async () => {
    const a = await launch(freshProfile());
    await newProject(a.page, 'Studie', 'normaliseren');
    await importTranscript(a.page);
    await share(a.page, team.url, team.tokens.Anna!);
    await openTranscript(a.page);
    await a.page.locator('.turn').first().click();
    await codeNextTurn(a.page);
    await codeNextTurn(a.page);
    await untilCounted(a.page, 2);
    // The code the key "1" applies (the first codable code).
    const code = (await a.page
      .locator('.code-apply', { has: a.page.locator('kbd', { hasText: /^1$/ }) })
      .locator('.code-name')
      .textContent())!;
    // Anna writes a memo on the transcript and a summary in the code's cell.
    await a.page.getByRole('button', { name: 'Memo toevoegen' }).click();
    const annaMemo = a.page.getByRole('dialog', { name: `Memo bij ${TEAM_TRANSCRIPT_NAME}` });
    await annaMemo.getByLabel('Tekst van de memo').fill(MEMO);
    await annaMemo.getByRole('button', { name: 'Opslaan' }).click();
    await a.page.getByRole('button', { name: 'Memo bekijken' }).waitFor();
    await openGrid(a.page);
    await (await openCell(a.page, code)).fill(SUMMARY);
    await a.page.locator('.cell-summary').getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
    await openTranscript(a.page);
    await a.page.locator('.turn').nth(2).click();

    // The reader sees Anna's codings, and the reason wherever they could have changed something.
    const reader = await join(team.tokens.Lezer!, 'Studie (lezer)');
    await untilCounted(reader.page, 2);
    await reader.page.getByRole('status').filter({ hasText: READ_ONLY }).waitFor();
    await reader.page.locator('.turn').nth(3).focus();
    await reader.page.keyboard.press('Enter');
    const apply = reader.page.locator('.code-apply').first();
    expect(await apply.isDisabled()).toBe(true);
    // A code's hover text names it first, then describes it, then says why it cannot be applied.
    expect((await apply.getAttribute('title'))?.split('\n').at(-1)).toMatch(READ_ONLY);
    // The coding keys do nothing: "1" on a chosen turn, Ctrl+K, Ctrl+I.
    for (const key of ['1', 'Control+k', 'Control+i']) await reader.page.keyboard.press(key);
    await reader.page.waitForTimeout(500);
    expect(await codedCount(reader.page)).toBe(2);
    expect(await reader.page.getByRole('combobox', { name: 'Code zoeken of maken' }).count()).toBe(0);
    // Editing a turn's text is disabled, so is every correction in the speaker chip's menu.
    const edit = reader.page.locator('.turn-edit').first();
    expect(await edit.isDisabled()).toBe(true);
    expect(await edit.getAttribute('title')).toMatch(READ_ONLY);
    // A coding of Anna's: readable, not changeable.
    await reader.page.locator('.stripe').first().click();
    const editor = reader.page.getByRole('region', { name: 'Geselecteerde codering' });
    await editor.getByRole('button', { name: 'Codering verwijderen' }).waitFor();
    expect(await editor.getByRole('button', { name: 'Codering verwijderen' }).isDisabled()).toBe(true);
    await reader.page.keyboard.press('Delete');
    await reader.page.waitForTimeout(300);
    expect(await codedCount(reader.page)).toBe(2);
    // Anna's memo: readable, not changeable (typing does nothing, there is nothing to save).
    await reader.page.getByRole('button', { name: 'Memo bekijken' }).click();
    const memoDialog = reader.page.getByRole('dialog', { name: `Memo bij ${TEAM_TRANSCRIPT_NAME}` });
    const memo = memoDialog.getByLabel('Tekst van de memo');
    expect(await memo.inputValue()).toBe(MEMO);
    expect(await memo.isEditable()).toBe(false);
    expect(await memo.getAttribute('title')).toMatch(READ_ONLY);
    await memo.focus();
    await reader.page.keyboard.type(' en de lezer');
    expect(await memo.inputValue()).toBe(MEMO);
    expect(await memoDialog.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await memoDialog.getByRole('button', { name: 'Sluiten' }).click();
    // Anna's summary: the same. Neither typing in it nor a character typed on the grid's cell changes it, and
    // citing a fragment or marking a key quote is disabled.
    await openGrid(reader.page);
    const summary = await openCell(reader.page, code);
    await expect.poll(() => summary.inputValue()).toBe(SUMMARY);
    expect(await summary.isEditable()).toBe(false);
    expect(await summary.getAttribute('title')).toMatch(READ_ONLY);
    await summary.focus();
    await reader.page.keyboard.type(' en de lezer');
    await reader.page.locator('.summary-grid [role="gridcell"][aria-selected="true"]').focus();
    await reader.page.keyboard.press('q');
    await reader.page.waitForTimeout(800);
    expect(await summary.inputValue()).toBe(SUMMARY);
    const cite = reader.page.locator('.synthesis-fragment .fragment-actions button').first();
    expect(await cite.isDisabled()).toBe(true);
    expect(await cite.getAttribute('title')).toMatch(READ_ONLY);
    // The codebook: no new codes, no moves, no edits.
    await reader.page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    const newCode = reader.page.getByRole('button', { name: 'Nieuwe code', exact: true });
    await expect.poll(() => newCode.isDisabled()).toBe(true);
    expect(await newCode.getAttribute('title')).toMatch(READ_ONLY);
    expect(await reader.page.locator('.codebook fieldset[disabled] input').count()).toBeGreaterThan(0);
    // The chosen code cannot be renamed, nor its memo written.
    const detail = reader.page.locator('.code-detail');
    expect(await detail.getByLabel('Naam', { exact: true }).inputValue()).not.toBe('');
    expect(await detail.getByLabel('Naam', { exact: true }).isEditable()).toBe(false);
    expect(await detail.getByRole('button', { name: 'Memo toevoegen' }).isDisabled()).toBe(true);
    await reader.context.close();

    // Bram codes one turn of his own, then codes blind.
    const b = await join(team.tokens.Bram!, 'Studie (Bram)');
    await untilCounted(b.page, 2);
    await b.page.locator('.turn').nth(10).click();
    await codeNextTurn(b.page);
    await untilCounted(b.page, 3);
    await untilCounted(a.page, 3);
    expect(await fragments(b.page, code)).toBe(3);
    // The grid counts fragments per perspective column (a moderator's turn is in none): at least one of Anna's.
    await openGrid(b.page);
    await expect.poll(() => gridFragments(b.page, code)).toBeGreaterThanOrEqual(2);
    const everyone = await gridFragments(b.page, code);

    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).click();
    // The box shows the stored setting, which follows the click a moment later.
    const blind = b.page.getByRole('dialog', { name: 'Samenwerken' }).getByLabel('Blind coderen');
    await blind.click();
    await expect.poll(() => blind.isChecked()).toBe(true);
    await b.page
      .getByRole('dialog', { name: 'Samenwerken' })
      .getByRole('button', { name: 'Sluiten' })
      .click();
    expect(await fragments(b.page, code)).toBe(1);
    await openGrid(b.page);
    // Only Bram's one coding can count now.
    await expect.poll(() => gridFragments(b.page, code)).toBeLessThan(everyone);
    expect(await gridFragments(b.page, code)).toBeLessThanOrEqual(1);
    await openTranscript(b.page);
    await untilCounted(b.page, 1);
    await expect.poll(() => b.page.locator('.stripe').count()).toBe(1);
    // Anna codes on; blind, Bram does not see it arrive. Comparing shows everyone's again.
    await codeNextTurn(a.page);
    await untilCounted(a.page, 4);
    await b.page.waitForTimeout(1000);
    expect(await codedCount(b.page)).toBe(1);
    await b.page.getByRole('button', { name: 'Vergelijken (toon iedereen)' }).click();
    await untilCounted(b.page, 4);
    expect(await fragments(b.page, code)).toBe(4);

    // Bram leaves and keeps a local copy: everything stays, and Anna's later codings no longer arrive.
    await b.page.getByRole('button', { name: 'Samenwerken: verbonden' }).click();
    const leave = 'Verlaten en een lokale kopie houden';
    await b.page.getByRole('dialog', { name: 'Samenwerken' }).getByRole('button', { name: leave }).click();
    await b.page
      .getByRole('dialog', { name: 'Gedeeld project verlaten?' })
      .getByRole('button', { name: leave })
      .click();
    await b.page.getByRole('button', { name: 'Samenwerken', exact: true }).waitFor();
    await openTranscript(b.page);
    await untilCounted(b.page, 4);
    await codeNextTurn(a.page);
    await untilCounted(a.page, 5);
    await b.page.waitForTimeout(1500);
    expect(await codedCount(b.page)).toBe(4);
    await a.context.close();
    await b.context.close();
  }, 300_000);
});
