import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

describe('the project’s screens at 1400 × 900', () => {
  it('shows every section tab without scrolling, in Dutch and in English, and the full project name on hover', async () => {
    const { context, page } = await launch(freshProfile());
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    const nav = page.getByRole('navigation', { name: /^(Onderdelen van het project|Parts of the project)$/ });
    await nav.waitFor();
    for (const language of ['nl', 'en'] as const) {
      if (language === 'en') await page.getByLabel('Taal').selectOption('en');
      await page
        .getByRole('button', { name: language === 'nl' ? 'Exporteren' : 'Export', exact: true })
        .waitFor();
      const layout = await nav.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return {
          overflow: element.scrollWidth - element.clientWidth,
          tabs: Array.from(element.querySelectorAll('button'), (tab) => {
            const r = tab.getBoundingClientRect();
            return { name: tab.textContent, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 };
          }),
        };
      });
      expect(layout.overflow, language).toBeLessThanOrEqual(0);
      expect(
        layout.tabs.filter((tab) => !tab.inside),
        language,
      ).toEqual([]);
      await screenshot(page, `topbar-${language}`);
    }
    const name = page.getByRole('heading', { level: 1 });
    expect(await name.getAttribute('title')).toBe(await name.textContent());
    await context.close();
  });

  it('breaks no word of a column head in the crosstab or the summary grid; a perspective’s full name is its tooltip', async () => {
    const { context, page } = await launch(freshProfile());
    await page.getByRole('button', { name: 'Voorbeeldproject openen' }).click();
    const brokenWords = (selector: string) =>
      page.evaluate((heads) => {
        const broken: string[] = [];
        for (const th of document.querySelectorAll(heads)) {
          const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('.sr-only')) continue;
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
              if (lines.size > 1) broken.push(match[0]);
            }
          }
        }
        return broken;
      }, selector);
    await page.getByRole('button', { name: 'Vergelijken', exact: true }).click();
    await page.getByTestId('crosstab').waitFor();
    expect(await brokenWords('.crosstab thead th')).toEqual([]);
    const jgz = page
      .getByTestId('crosstab')
      .getByRole('columnheader', { name: 'jeugdgezondheidszorg (JGZ)' });
    expect(await jgz.locator('[title]').getAttribute('title')).toBe('jeugdgezondheidszorg (JGZ)');
    expect(await jgz.locator('[title]').innerText()).toBe('JGZ');
    await page.getByRole('button', { name: 'Samenvatten', exact: true }).click();
    await page.locator('.summary-grid thead th').nth(3).waitFor();
    expect(await brokenWords('.summary-grid thead th')).toEqual([]);
    await screenshot(page, 'synthesis-heads');
    await context.close();
  });
});
