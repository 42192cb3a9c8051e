import { useMemo } from 'react';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex.ts';
import {
  groupedBarData,
  radarData,
  stackedBarData,
  type ChartSeries,
  type GroupedBarData,
} from '../../../shared/analysis/charts.ts';
import { codeTreeRows } from '../../../shared/analysis/codeTree.ts';
import { crosstab, type Crosstab } from '../../../shared/analysis/crosstab.ts';
import { scopeCodeIds, stackableCodeIds, type ChartScope } from './chartScope.ts';
import type { CrosstabSettings } from './CrosstabControls.tsx';
import type { Lang } from './useAnalysis.ts';

export type ChartKind = 'grouped' | 'stacked' | 'heatmap' | 'radar';
export const CHART_KINDS: readonly ChartKind[] = ['grouped', 'stacked', 'heatmap', 'radar'];

/** What a chart draws: its crosstab (for drill-down), its series (legend) and, for recharts, its data. */
export type ChartModel = { table: Crosstab; series: ChartSeries[]; bars: GroupedBarData };

/** Drops codes whose bars would all be zero, so a chart shows what was said (the table keeps every code). */
function withoutEmptyRows(chart: GroupedBarData): GroupedBarData {
  const keys = chart.series.map((s) => s.dataKey);
  return { ...chart, data: chart.data.filter((d) => keys.some((k) => Number(d[k]) > 0)) };
}

/** Drops stacked series (codes) that are zero in every column. */
function withoutEmptySeries(chart: GroupedBarData): GroupedBarData {
  return {
    ...chart,
    series: chart.series.filter((s) => chart.data.some((d) => Number(d[`n${s.index}`]) > 0)),
  };
}

/** The data of the chosen chart, computed by shared/analysis from the live index. */
export function useChartModel(
  index: AnalysisIndex,
  settings: CrosstabSettings,
  kind: ChartKind,
  scope: ChartScope,
  themeIds: string[],
  lang: Lang,
): ChartModel {
  return useMemo(() => {
    if (kind === 'radar') {
      const radar = radarData(index, {
        themeCodeIds: themeIds,
        includeModerator: settings.includeModerator,
        lang,
      });
      return { table: radar.table, series: radar.series, bars: radar };
    }
    const rows = codeTreeRows(index.project.codes);
    const ids = scopeCodeIds(rows, index.project.codes, scope);
    const codeIds = kind === 'stacked' ? stackableCodeIds(rows, ids, settings.rollup) : ids;
    const table = crosstab(index, { ...settings, codeIds, lang });
    if (kind === 'stacked') {
      const bars = withoutEmptySeries(stackedBarData(table));
      return { table, series: bars.series, bars };
    }
    const bars = withoutEmptyRows(groupedBarData(table));
    return { table, series: bars.series, bars };
  }, [index, settings, kind, scope, themeIds, lang]);
}
