/** The synthesis report as JSON (`koor report --format json`), in the shape of issue #12 point 7. */
import type { AnalysisIndex } from '../analysis/analysisIndex.ts';
import type { SynthesisParts } from '../model.ts';
import { cellQuotes, type SynthesisReport } from './reportData.ts';

type JsonQuote = { text: string; speaker: string; document: string; start: number; end: number };

export type SynthesisJson = {
  by: string;
  columns: string[];
  rows: {
    code: string;
    path: string;
    synthesis: SynthesisParts | null;
    cells: Record<
      string,
      {
        /** Equals `koor crosstab --measure codings` with the same options. */
        codings: number;
        summary: string | null;
        /** `text` is exactly the coded text; `display` is the shortened form shown in the report. */
        keyQuotes: { text: string; display: string; speaker: string; document: string }[];
        /** Every coded fragment of the cell, exactly as coded. */
        quotes: JsonQuote[];
      }
    >;
  }[];
};

/** The report as plain data for JSON.stringify; column names are the column labels, as in `koor crosstab --json`. */
export function synthesisJson(index: AnalysisIndex, report: SynthesisReport): SynthesisJson {
  const { grid } = report;
  return {
    by: grid.byName,
    columns: grid.columns.map((c) => c.label),
    rows: report.rows.map((row, r) => ({
      code: row.code.name,
      path: row.path,
      synthesis: row.synthesis,
      cells: Object.fromEntries(
        row.cells.map((cell, c) => [
          cell.column.label,
          {
            codings: cell.codings,
            summary: cell.summary,
            keyQuotes: cell.keyQuotes.map((q) => ({
              text: q.text,
              display: q.display,
              speaker: q.speaker,
              document: q.document,
            })),
            quotes: cellQuotes(index, grid.cells[r]![c]!.codingIds).map((q) => ({
              text: q.text,
              speaker: q.speaker,
              document: q.document,
              start: q.start,
              end: q.end,
            })),
          },
        ]),
      ),
    })),
  };
}
