import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, profilePerTest } from './browser.ts';

const freshProfile = profilePerTest();

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const FIXTURES = path.resolve('tests/fixtures/transcripts');
const FILES = ['02_ouders_codes.txt', '06_onderwijs.srt', '07_onderzoekers_opleiders.txt'].map((f) =>
  path.join(FIXTURES, f),
);

type Finding = { screen: string; id: string; impact: string; help: string; targets: string[] };

/**
 * Runs axe-core on the page as it is and returns its serious and critical violations. The script is
 * evaluated through the DevTools protocol, which the app's CSP (scripts from 'self' only) does not govern.
 */
async function scan(page: Page, screen: string): Promise<Finding[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    type Result = {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; html: string }[];
    };
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, ...v }));
}

describe('accessibility', () => {
  it('the main screens have no serious or critical axe violations', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    const findings: Finding[] = [];

    findings.push(...(await scan(page, 'start')));
    await page.getByLabel('Naam van het project').fill('Toegankelijk');
    await page.getByRole('button', { name: 'Project maken' }).click();
    await page.getByRole('heading', { name: 'Toegankelijk' }).waitFor();
    findings.push(...(await scan(page, 'documents (empty)')));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Transcripten importeren' }).click();
    await (await chooser).setFiles(FILES);
    const dialog = page.getByRole('dialog');
    const confirm = dialog.getByRole('button', { name: '3 documenten importeren' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    findings.push(...(await scan(page, 'import dialog')));
    await confirm.click();
    await page.getByText('3 documenten geïmporteerd.').waitFor();
    findings.push(...(await scan(page, 'documents')));

    await page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }).click();
    await page.locator('.transcript .turn').first().waitFor();
    findings.push(...(await scan(page, 'coding view')));
    // Code a turn by keyboard, scanning the quick picker and the coder's name dialog on the way; the
    // sections after this have a coding to show.
    await page.locator('.transcript .turn').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    findings.push(...(await scan(page, 'quick picker')));
    await page.keyboard.type('taal');
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').waitFor();
    findings.push(...(await scan(page, 'coder dialog')));
    await page.keyboard.type('Bram');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering taal' }).first().click();
    await page.waitForTimeout(300);
    findings.push(...(await scan(page, 'coding selected')));

    for (const [section, slug] of [
      ['Codeboek', 'codebook'],
      ['Fragmenten', 'fragments'],
      ['Vergelijken', 'compare'],
      ['Groepsdynamiek', 'dynamics'],
      ['Samenvatten', 'synthesis'],
      ['Betrouwbaarheid', 'rigour'],
      ['Exporteren', 'export'],
    ] as const) {
      await page.getByRole('button', { name: section, exact: true }).click();
      await page.waitForURL(new RegExp(`/${slug}`));
      await page.getByRole('heading').first().waitFor();
      await page.waitForTimeout(500);
      findings.push(...(await scan(page, section)));
      // Every tab of the section (compare's table, charts, words …; dynamics' views; rigour's tabs).
      const tabs = page.getByRole('tab');
      for (let i = 1; i < (await tabs.count()); i++) {
        const name = (await tabs.nth(i).textContent()) ?? String(i);
        await tabs.nth(i).click();
        await page.waitForTimeout(400);
        findings.push(...(await scan(page, `${section} › ${name}`)));
      }
    }
    // The codebook with a code opened.
    await page.getByRole('button', { name: 'Codeboek', exact: true }).click();
    await page.getByRole('treeitem').first().click();
    await page.waitForTimeout(300);
    findings.push(...(await scan(page, 'Codeboek › code')));
    await context.close();
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    // Every section and tab is scanned: more than the default 90 s on a loaded machine.
  }, 180_000);
});

/** Presses Tab until the element of `target` (its first match) has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  const element = target.first();
  await element.waitFor();
  for (let i = 0; i < max; i++) {
    if (await element.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const focusedInTranscript = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.transcript') !== null);

describe('keyboard alone', () => {
  it('opens a document, codes two turns and undoes, with no mouse and no scripted focus', async () => {
    const profile = freshProfile();
    const { context, page } = await launch(profile);
    await page.getByLabel('Naam van het project').fill('Toetsenbord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Toetsenbord' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, page.getByRole('button', { name: 'Transcripten importeren' }));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(FILES[2]!);
    const confirm = page.getByRole('dialog').getByRole('button', { name: '1 document importeren' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await tabTo(page, confirm);
    await page.keyboard.press('Enter');
    await page.getByText('1 document geïmporteerd.').waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Onderzoekers opleiders', exact: true }));
    await page.keyboard.press('Enter');
    await page.locator('.transcript .turn').first().waitFor();
    await tabTo(page, page.locator('.transcript .turn'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('taal');
    await page.keyboard.press('Enter');
    await page.getByLabel('Je naam').waitFor();
    await page.keyboard.type('Bram');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Codering taal' }).first().waitFor();
    // Focus comes back to the transcript: the next turn is one arrow away.
    await expect.poll(() => focusedInTranscript(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('taal');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Codering taal' }).count()).toBe(2);
    await expect.poll(() => focusedInTranscript(page)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('button', { name: 'Codering taal' }).count()).toBe(1);
    await context.close();
  });
});
