/** The summary table of the synthesis report as an Excel workbook: one row per theme × column. */
import { writeXlsx } from '../exchange/xlsx.ts';
import type { SynthesisReport } from './reportData.ts';
import { attribution, byLabel, cellText, t } from './reportText.ts';

/** Writes the summary table (and the syntheses on a second sheet) as .xlsx bytes; empty cells are said. */
export async function synthesisXlsx(report: SynthesisReport): Promise<Uint8Array> {
  const { lang, grid } = report;
  const by = byLabel(lang, grid.by);
  const summaries = report.rows.flatMap((row) =>
    row.cells.map((c) => [
      row.code.name,
      c.column.label,
      c.codings,
      cellText(lang, c),
      c.keyQuotes.map((q) => `“${q.display}” (${attribution(q)})`).join('\n'),
    ]),
  );
  const syntheses = report.rows.map((row) => [
    row.code.name,
    ...(['agree', 'differ', 'unique'] as const).map((part) =>
      row.synthesis ? row.synthesis[part].trim() || t(lang, 'empty') : t(lang, 'noSynthesis'),
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
