import { useMemo } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import type { ColumnBy } from '../../../shared/analysis/columns.ts';
import type { Id, KeyQuote, Summary, SummaryColumn } from '../../../shared/model.ts';
import { gridCounts, gridWithContent, type SummaryGrid } from '../../../shared/synthesis/grid.ts';
import type { Lang } from '../compare/useAnalysis.ts';

/** The stored column of a grid column. */
export function summaryColumn(grid: SummaryGrid, col: number): SummaryColumn {
  return { by: grid.byName, value: grid.columns[col]!.key };
}

/**
 * The summary grid of the live project (shared/synthesis/grid.ts). The counts are recomputed only when the coded
 * material or the view changes; a saved summary or key quote only puts the content in its place again.
 */
export function useGrid(
  index: AnalysisIndex,
  by: ColumnBy,
  codeIds: readonly Id[] | undefined,
  summaries: readonly Summary[],
  keyQuotes: readonly KeyQuote[],
  lang: Lang,
): SummaryGrid {
  const counts = useMemo(
    () => gridCounts(index, { by, ...(codeIds ? { codeIds } : {}), lang }),
    [index, by, codeIds, lang],
  );
  return useMemo(() => gridWithContent(counts, { summaries, keyQuotes }), [counts, summaries, keyQuotes]);
}
