/**
 * A theme's chart for the report: a horizontal bar per column (perspective, group …) with its number of coded
 * fragments, as standalone SVG markup. The renderer draws it to a PNG (canvas) for Word; the markup itself has
 * no fonts or scripts to fetch, so an <img> can draw it offline.
 */
import { perspectiveColor } from '../analysis/perspectives.ts';
import { shortLabel } from '../analysis/shortLabel.ts';
import { escapeAttr, escapeText } from '../exchange/xml.ts';
import type { ReportRow } from './reportData.ts';
import { num, t, type Lang } from './reportText.ts';

export type ThemeChart = { markup: string; width: number; height: number };

const WIDTH = 640;
const PAD = 16;
const TITLE = 30;
const BAR = 22;
const GAP = 8;
const LABEL = 220;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const TEXT = '#1f2328';
const MUTED = '#57606a';

/** Shortens a label to about `max` characters, so long group names do not run into the bars. */
function fit(label: string, max = 28): string {
  return shortLabel(label, max);
}

/** The bar chart of one report row: its codings per column, with the column's colour; "by" names the columns. */
export function themeChart(row: ReportRow, lang: Lang, by: string): ThemeChart {
  const cells = row.cells;
  const max = Math.max(1, ...cells.map((c) => c.codings));
  const barSpace = WIDTH - 2 * PAD - LABEL - 56;
  const height = PAD + TITLE + cells.length * (BAR + GAP) - GAP + PAD;
  const title = t(lang, 'chartTitle', { code: row.code.name, by: by.toLowerCase() });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeAttr(FONT)}" font-size="13" role="img" aria-label="${escapeAttr(title)}">`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 15}" font-size="15" font-weight="600" fill="${TEXT}">${escapeText(title)}</text>`,
  ];
  cells.forEach((cell, i) => {
    const y = PAD + TITLE + i * (BAR + GAP);
    const width = cell.codings === 0 ? 0 : Math.max(2, Math.round((cell.codings / max) * barSpace));
    const color = cell.column.color ?? perspectiveColor(cell.column.key, i);
    const x = PAD + LABEL;
    parts.push(
      `<text x="${x - 8}" y="${y + BAR / 2 + 4}" text-anchor="end" fill="${TEXT}">${escapeText(fit(cell.column.label))}</text>`,
      `<rect x="${x}" y="${y}" width="${width}" height="${BAR}" rx="3" fill="${escapeAttr(color)}"/>`,
      `<text x="${x + width + 6}" y="${y + BAR / 2 + 4}" fill="${cell.codings === 0 ? MUTED : TEXT}">${escapeText(
        cell.codings === 0 ? t(lang, 'notDiscussed').toLowerCase() : num(lang, cell.codings),
      )}</text>`,
    );
  });
  parts.push('</svg>');
  return { markup: parts.join(''), width: WIDTH, height };
}
