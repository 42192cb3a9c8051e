/**
 * Screens at study size (70 groups, ten per perspective, the 50-code codebook) at 1400 × 900, in Dutch and
 * English: the saturation chart names every group, its own name first, with no label cut off or overlapping
 * another; the coding view's codebook shows each code's whole name, so sub-codes that share a long start can be
 * told apart, and its hover text names the code before its description.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeProject } from '../../shared/exchange/projectWrite.ts';
import { openQdpx } from '../bench/pages/app.ts';
import { generateCorpus } from '../bench/corpus.ts';
import { launch, profilePerTest, screenshot } from './browser.ts';

const freshProfile = profilePerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** 70 short groups with the study's codebook and enough codings for every code; one sub-code described. */
function studyFile(): { file: string; codeNames: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koor-study-screens-'));
  dirs.push(dir);
  const corpus = generateCorpus({ documents: 70, charsPerDocument: 3_000, codings: 4_000, seed: 7 });
  const knelpunt = corpus.codes.find((c) => c.name === 'partnerschap en alliantie: knelpunt')!;
  knelpunt.description = 'Wat de samenwerking tussen ouders en professionals in de weg zit.';
  const file = path.join(dir, 'studie.qdpx');
  writeFileSync(file, writeProject({ ...corpus, name: 'Studie' }));
  return { file, codeNames: corpus.codes.map((c) => c.name) };
}

type Box = { text: string; left: number; right: number; top: number; bottom: number };

/** The saturation chart's group labels with their boxes on screen, and the box of the chart they must stay in. */
function axisLabels(page: Page): Promise<{ labels: Box[]; chart: Box }> {
  return page.locator('[data-chart="saturation"]').evaluate((area) => {
    const box = (el: Element, text = ''): Box => {
      const r = el.getBoundingClientRect();
      return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const svg = area.querySelector('svg.recharts-surface[role="application"]')!;
    const labels = [
      ...area.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value'),
    ].map((el) => box(el, el.textContent ?? ''));
    // Clipped by the chart area (a scroll box) as much as by the drawing.
    const clip = area.getBoundingClientRect();
    const own = box(svg);
    return {
      labels,
      chart: {
        text: '',
        left: Math.max(own.left, clip.left),
        right: Math.min(own.right, clip.right),
        top: Math.max(own.top, clip.top),
        bottom: Math.min(own.bottom, clip.bottom),
      },
    };
  });
}

/** A fresh profile with the study opened as a project, and a function to show the UI in a language. */
async function openStudy() {
  const { file, codeNames } = studyFile();
  const { context, page } = await launch(freshProfile());
  await openQdpx(page, file, 'Studie');
  const language = (lang: 'nl' | 'en') => page.getByTestId('language-switch').selectOption(lang);
  return { context, page, codeNames, language };
}

describe('study-sized screens', () => {
  it('names all 70 groups on the saturation chart by place and own name, none cut off or overlapping (nl, en)', async () => {
    const { context, page, language } = await openStudy();
    for (const lang of ['nl', 'en'] as const) {
      const nl = lang === 'nl';
      await language(lang);
      await page.getByRole('button', { name: nl ? 'Groepsdynamiek' : 'Group dynamics', exact: true }).click();
      await page.getByRole('tab', { name: nl ? 'Verzadiging' : 'Saturation' }).click();
      const ticks = page.locator(
        '[data-chart="saturation"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value',
      );
      await expect.poll(() => ticks.count(), { timeout: 30_000 }).toBe(70);
      await page.locator('[data-chart="saturation"]').scrollIntoViewIfNeeded();
      await screenshot(page, `study-saturation-${lang}`);
      const { labels, chart } = await axisLabels(page);
      // Every group by its place and its own name first: ten groups share each perspective.
      labels.forEach((label, i) =>
        expect(label.text).toMatch(
          new RegExp(`^${i + 1}\\. Focusgroep ${String(i + 1).padStart(2, '0')} · \\S`),
        ),
      );
      const short = nl ? ['jongeren', 'ouders', 'JGZ'] : ['young people', 'parents', 'youth health care'];
      expect(labels.slice(0, 3).map((l) => l.text.split(' · ')[1])).toEqual(short);
      for (const label of labels) {
        expect(label.left, label.text).toBeGreaterThanOrEqual(chart.left);
        expect(label.right, label.text).toBeLessThanOrEqual(chart.right);
        expect(label.top, label.text).toBeGreaterThanOrEqual(chart.top);
        expect(label.bottom, label.text).toBeLessThanOrEqual(chart.bottom);
      }
      const byLeft = [...labels].sort((a, b) => a.left - b.left);
      byLeft
        .slice(1)
        .forEach((label, i) => expect(label.left, label.text).toBeGreaterThanOrEqual(byLeft[i]!.right));
    }
    await context.close();
  }, 120_000);

  it('shows every code of the codebook whole beside a transcript, its name first on hover (nl, en)', async () => {
    const { context, page, codeNames, language } = await openStudy();
    for (const lang of ['nl', 'en'] as const) {
      const nl = lang === 'nl';
      await language(lang);
      await page.getByRole('button', { name: nl ? 'Documenten' : 'Documents', exact: true }).click();
      await page.getByRole('button', { name: 'Focusgroep 01', exact: true }).click();
      await page.locator('.transcript .turn').first().waitFor();
      const names = page.locator('.code-panel .code-apply .code-name');
      await expect.poll(() => names.count(), { timeout: 30_000 }).toBeGreaterThan(40);
      await screenshot(page, `study-coding-${lang}`);
      const shown = await names.evaluateAll((els) =>
        els.map((el) => ({
          text: (el as HTMLElement).innerText,
          clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
          title: el.closest('button')?.title ?? '',
        })),
      );
      // The whole name, not "partnerschap en allia…" four times.
      expect(shown.filter((s) => s.clipped).map((s) => s.text)).toEqual([]);
      expect(new Set(shown.map((s) => s.text))).toEqual(new Set(codeNames));
      for (const s of shown) expect(s.title.split('\n')[0]).toBe(s.text);
      expect(shown.find((s) => s.text === 'partnerschap en alliantie: knelpunt')?.title).toBe(
        'partnerschap en alliantie: knelpunt\nWat de samenwerking tussen ouders en professionals in de weg zit.',
      );
    }
    await context.close();
  }, 120_000);
});
