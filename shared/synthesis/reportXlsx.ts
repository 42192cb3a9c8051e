/** The summary table of the synthesis report as an Excel workbook: one row per theme × column. */
import { writeXlsx } from '../exchange/xlsx.ts';
import type { SynthesisReport } from './reportData.ts';
import { attribution, byLabel, cellText, notWrittenLines, t, type Lang } from './reportText.ts';

/** The most characters Excel holds in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** A text for one Excel cell: a longer one is cut, and says so (the whole text is in Word and Markdown). */
export function excelText(lang: Lang, text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const note = ` … ${t(lang, 'cutForExcel')}`;
  return text.slice(0, EXCEL_CELL_LIMIT - note.length) + note;
}

/**
 * Writes the summary table (and the syntheses on a second sheet) as .xlsx bytes; empty cells are said, and a text
 * longer than an Excel cell holds is cut with a note rather than making a file Excel refuses. When nothing was
 * written for the chosen columns, a first sheet says so and the second gives the counts.
 */
export async function synthesisXlsx(report: SynthesisReport): Promise<Uint8Array> {
  const { lang, grid } = report;
  const by = byLabel(lang, grid.by);
  if (!report.written)
    // Nothing written for these columns: a note saying so, and the counts, not columns of empty summaries.
    return writeXlsx([
      {
        name: t(lang, 'note'),
        header: [t(lang, 'note')],
        rows: notWrittenLines(report).map((l) => [l]),
        widths: [120],
      },
      {
        name: t(lang, 'counts'),
        header: [t(lang, 'code'), by, t(lang, 'codings')],
        rows: report.rows.flatMap((row) => row.cells.map((c) => [row.code.name, c.column.label, c.codings])),
        widths: [28, 28, 12],
      },
    ]);
  const summaries = report.rows.flatMap((row) =>
    row.cells.map((c) => [
      row.code.name,
      c.column.label,
      c.codings,
      excelText(lang, cellText(lang, c)),
      excelText(lang, c.keyQuotes.map((q) => `“${q.display}” (${attribution(q)})`).join('\n')),
    ]),
  );
  const syntheses = report.rows.map((row) => [
    row.code.name,
    ...(['agree', 'differ', 'unique'] as const).map((part) =>
      excelText(
        lang,
        row.synthesis ? row.synthesis[part].trim() || t(lang, 'empty') : t(lang, 'noSynthesis'),
      ),
    ),
  ]);
  return writeXlsx([
    {
      name: t(lang, 'summaries'),
      header: [t(lang, 'code'), by, t(lang, 'codings'), t(lang, 'summary'), t(lang, 'keyQuotes')],
      rows: summaries,
      widths: [28, 28, 12, 70, 70],
    },
    {
      name: t(lang, 'synthesis'),
      header: [t(lang, 'code'), t(lang, 'agree'), t(lang, 'differ'), t(lang, 'unique')],
      rows: syntheses,
      widths: [28, 50, 50, 50],
    },
  ]);
}
