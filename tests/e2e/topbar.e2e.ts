import { describe, expect, it } from 'vitest';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();

describe('the project’s top bar at 1400 × 900', () => {
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
});
