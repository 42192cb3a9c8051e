import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

  it('shows the import dialog whole with ten speakers: every column, title and buttons in view, a labelled other perspective', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-ten-'));
    const file = path.join(dir, 'tien_sprekers.txt');
    const names = [
      'Gespreksleider',
      'Anouk',
      'Bram',
      'Chantal',
      'Dewi',
      'Emre',
      'Fatima',
      'Gijs',
      'Hanna',
      'Ilse',
    ];
    writeFileSync(
      file,
      Array.from(
        { length: 40 },
        (_, i) => `${names[i % names.length]}: dit is wat ik ervan vind, beurt ${i + 1}.`,
      ).join('\n\n'),
    );
    const { context, page } = await launch(freshProfile());
    for (const language of ['nl', 'en'] as const) {
      if (language === 'en') await page.getByLabel('Taal').selectOption('en');
      await page
        .getByLabel(language === 'nl' ? 'Naam van het project' : 'Project name')
        .fill(`Tien ${language}`);
      await page
        .getByRole('button', { name: language === 'nl' ? 'Project maken' : 'Create project' })
        .click();
      const chooser = page.waitForEvent('filechooser');
      await page
        .getByRole('button', { name: language === 'nl' ? 'Transcripten importeren' : 'Import transcripts' })
        .click();
      await (await chooser).setFiles([file]);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('columnheader', { name: language === 'nl' ? 'Woorden' : 'Words' }).waitFor();
      const box = await dialog.evaluate((element) => {
        const rect = (selector: string) => element.querySelector(selector)!.getBoundingClientRect();
        const preview = element.querySelector('.file-preview')!;
        preview.scrollTop = preview.scrollHeight;
        const heads = Array.from(element.querySelectorAll('.speaker-table th'), (th) =>
          th.getBoundingClientRect(),
        );
        return {
          dialog: rect('form'),
          sideways: preview.scrollWidth - preview.clientWidth,
          lastHeadRight: Math.max(...heads.map((h) => h.right)),
          previewRight: preview.getBoundingClientRect().right,
          layoutBottom: rect('.import-layout').bottom,
          actionsTop: rect('.dialog-actions').top,
          title: rect('h2'),
        };
      });
      expect(box.sideways, language).toBeLessThanOrEqual(0);
      expect(box.lastHeadRight, language).toBeLessThanOrEqual(box.previewRight + 0.5);
      expect(box.actionsTop, language).toBeGreaterThanOrEqual(box.layoutBottom - 0.5);
      expect(box.title.top, language).toBeGreaterThanOrEqual(0);
      expect(box.title.bottom, language).toBeLessThanOrEqual(900);
      const perspective = dialog.getByLabel(
        language === 'nl' ? 'Perspectief van de groep' : 'Perspective of the group',
      );
      await perspective.selectOption({
        label: language === 'nl' ? 'Ander perspectief…' : 'Other perspective…',
      });
      const other = dialog.getByRole('combobox', {
        name: language === 'nl' ? 'Perspectief van de groep' : 'Perspective of the group',
      });
      expect(await other.getAttribute('placeholder'), language).toBeTruthy();
      await screenshot(page, `import-ten-speakers-${language}`);
      await dialog.getByRole('button', { name: language === 'nl' ? 'Annuleren' : 'Cancel' }).click();
      await page
        .getByRole('button', { name: language === 'nl' ? 'Terug naar projecten' : 'Back to projects' })
        .click();
    }
    await context.close();
  });
});
