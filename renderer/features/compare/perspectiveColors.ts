import { useMemo } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import { assignColumns } from '../../../shared/analysis/columns.ts';
import { perspectiveColor, perspectiveLabel } from '../../../shared/analysis/perspectives.ts';
import type { Lang } from './useAnalysis.ts';

export type PerspectiveInfo = { key: string; label: string; color: string };

/**
 * The project's perspectives in their standard order with the colours the crosstab columns get, so quotes,
 * side by side and word lists show a perspective in the same colour as the charts.
 */
export function usePerspectives(index: AnalysisIndex, lang: Lang): PerspectiveInfo[] {
  return useMemo(
    () =>
      assignColumns(index, { kind: 'perspective' }, true, lang).columns.map((column, i) => ({
        key: column.key,
        label: column.label,
        color: column.color ?? perspectiveColor(column.key, i),
      })),
    [index, lang],
  );
}

/** Label and colour of one perspective value, falling back to the shared defaults. */
export function perspectiveInfo(list: PerspectiveInfo[], key: string, lang: Lang): PerspectiveInfo {
  return (
    list.find((p) => p.key === key) ?? {
      key,
      label: perspectiveLabel(key, lang),
      color: perspectiveColor(key, 0),
    }
  );
}
