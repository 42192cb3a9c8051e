import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DUTCH_WORDS } from '../../renderer/i18n/dutchWords.ts';
import { launch, profilePerTest, screenshot } from './browser.ts';

// An English focus group: with English content, every Dutch word on an English screen is a missing translation.
const FILE = path.resolve('tests/fixtures/transcripts-en/parents_evening.txt');
const DUTCH = new Set(DUTCH_WORDS);

const freshProfile = profilePerTest();

/** The Dutch words among what the screen shows: visible text, the options of its selects, placeholders. */
async function dutchOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('option'), (o) => o.textContent ?? ''),
      ...Array.from(document.querySelectorAll('[placeholder]'), (e) => e.getAttribute('placeholder') ?? ''),
    ].join('\n'),
  );
  return [...new Set(text.split(/[^\p{L}]+/u).filter((w) => DUTCH.has(w.toLowerCase())))];
}

describe('English mode', () => {
  it('shows no Dutch on any screen, words in English with their language, the pseudonym key explained once', async () => {
    const { context, page } = await launch(freshProfile());
    await page.evaluate(() => localStorage.setItem('koor.language', 'en'));
    await page.reload();
    await page.getByLabel('Project name').fill('Parents evening');
    await page.getByRole('button', { name: 'Create project' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import transcripts' }).click();
    await (await chooser).setFiles([FILE]);
    const dialog = page.getByRole('dialog');
    const perspective = dialog.getByLabel('Perspective of the group');
    const options = await perspective.locator('option').allTextContents();
    await perspective.selectOption({ label: options.find((o) => /^Education/.test(o))! });
    await dialog.getByRole('button', { name: 'Import 1 document' }).click();
    await page.getByRole('button', { name: 'parents evening', exact: false }).first().waitFor();

    const seen: Record<string, string[]> = {};
    const check = async (screen: string) => {
      await page.waitForTimeout(400);
      const found = await dutchOnScreen(page);
      if (found.length > 0) seen[screen] = found;
    };
    await check('documents');
    await page.getByRole('button', { name: 'parents evening', exact: false }).first().click();
    await page.locator('.turn').first().waitFor();
    await check('transcript');
    for (const section of ['Codebook', 'Fragments', 'Compare', 'Group dynamics', 'Rigour', 'Export']) {
      await page.getByRole('button', { name: section, exact: true }).click();
      await page.waitForTimeout(600);
      await check(section);
      const tabs = page.getByRole('tab');
      for (let i = 1; i < (await tabs.count()); i++) {
        const name = (await tabs.nth(i).textContent()) ?? String(i);
        await tabs.nth(i).click();
        await check(`${section} › ${name}`);
        if (name === 'Words') {
          await expect
            .poll(() => page.getByTestId('word-languages').textContent())
            .toBe('Read as: English (1 document)');
          const top = await page
            .getByTestId('word-frequencies')
            .locator('tbody th, tbody td:first-child')
            .allTextContents();
          expect(top.join(' ')).not.toMatch(/\b(the|to|that|you)\b/);
          await screenshot(page, 'english-words');
        }
        if (name === 'Group dynamics' || section === 'Group dynamics') {
          expect(await page.locator('select option', { hasText: /onderwijs/ }).count()).toBe(0);
        }
        if (name === 'Pseudonymise') {
          // One plain statement of where the key goes, no second box contradicting it.
          const notes = await page.locator('[role="note"]').allTextContents();
          expect(notes.filter((n) => /\bkey\b/i.test(n))).toHaveLength(1);
        }
      }
    }
    await page.keyboard.press('F1');
    await page.getByRole('dialog').getByText('Enter / Space').waitFor();
    await check('Help');
    expect(seen).toEqual({});
    await context.close();
  });
});
