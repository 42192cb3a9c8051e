/**
 * Chart data computed from a crosstab, shaped for recharts: arrays of plain objects whose series keys are
 * synthetic ("c0", "r3") so attribute values with dots or brackets never become property paths.
 */
import type { Crosstab } from './crosstab.ts';
import type { AnalysisIndex } from './analysisIndex.ts';
import { crosstab } from './crosstab.ts';
import { DEFAULT_THEMES, perspectiveColor } from './perspectives.ts';

export type ChartSeries = { dataKey: string; label: string; color: string; index: number };

/** One bar group per code; `c{i}` is the value of column i. `rowIndex` leads back to the crosstab cell. */
export type GroupedBarData = { series: ChartSeries[]; data: Record<string, string | number>[] };

/** Fallback colours for non-perspective series (codes, documents, attribute values). */
const SERIES_COLORS = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
];

function columnSeries(table: Crosstab): ChartSeries[] {
  return table.columns.map((column, i) => ({
    dataKey: `c${i}`,
    label: column.label,
    color:
      column.color ??
      (table.by.kind === 'perspective' ? perspectiveColor(column.key, i) : SERIES_COLORS[i % 8]!),
    index: i,
  }));
}

/** Grouped bars: one group per code, one bar per column, in the crosstab's measure. */
export function groupedBarData(table: Crosstab): GroupedBarData {
  return {
    series: columnSeries(table),
    data: table.rows.map((row, r) => {
      const datum: Record<string, string | number> = { name: row.name, codeId: row.codeId, rowIndex: r };
      table.cells[r]!.forEach((v, c) => (datum[`c${c}`] = v));
      return datum;
    }),
  };
}

/**
 * 100 % stacked bars: one bar per column, stacked by code, each segment the code's share (%) of the column's sum
 * over the shown rows. A column whose rows sum to 0 gets 0 everywhere. `n{i}` keeps the unnormalised value.
 */
export function stackedBarData(table: Crosstab): GroupedBarData {
  return {
    series: table.rows.map((row, r) => ({ dataKey: `r${r}`, label: row.name, color: row.color, index: r })),
    data: table.columns.map((column, c) => {
      const sum = table.rows.reduce((s, _, r) => s + table.cells[r]![c]!, 0);
      const datum: Record<string, string | number> = {
        name: column.label,
        columnKey: column.key,
        columnIndex: c,
      };
      table.rows.forEach((_, r) => {
        const v = table.cells[r]![c]!;
        datum[`r${r}`] = sum > 0 ? (v * 100) / sum : 0;
        datum[`n${r}`] = v;
      });
      return datum;
    }),
  };
}

export type HeatmapCell = {
  rowIndex: number;
  columnIndex: number;
  codeId: string;
  columnKey: string;
  value: number;
  /** 0..1, see intensityScale. */
  intensity: number;
};

/**
 * Maps a measure's values to 0..1 for a colour scale: linear from 0 to the largest value shown, except for
 * 'percentOfColumn' and 'percentOfTurns', which stay on their natural 0..100 % scale when values are large
 * enough to read (max above 50 %).
 */
export function intensityScale(table: Crosstab): (value: number) => number {
  let max = 0;
  for (const row of table.cells) for (const v of row) if (v > max) max = v;
  const percent = table.measure === 'percentOfColumn' || table.measure === 'percentOfTurns';
  const top = percent && max > 50 ? 100 : max;
  return (value) => (top > 0 ? Math.min(1, Math.max(0, value / top)) : 0);
}

/** Heatmap squares of a crosstab with normalised intensities. */
export function heatmapData(table: Crosstab): HeatmapCell[] {
  const scale = intensityScale(table);
  return table.rows.flatMap((row, r) =>
    table.columns.map((column, c) => {
      const value = table.cells[r]![c]!;
      return {
        rowIndex: r,
        columnIndex: c,
        codeId: row.codeId,
        columnKey: column.key,
        value,
        intensity: scale(value),
      };
    }),
  );
}

/** A colour between white (0) and `hex` (1), for heatmap squares and spreadsheet fills. */
export function heatColor(intensity: number, hex: string): string {
  const t = Math.min(1, Math.max(0, intensity));
  const channel = (i: number): string =>
    Math.round(255 + (parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) - 255) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The five theme codes of the vision found by name (Dutch or English, case-insensitive) among root codes first. */
export function findThemeCodeIds(index: AnalysisIndex): string[] {
  const norm = (s: string): string => s.trim().toLowerCase();
  const codes = [...index.project.codes].sort(
    (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
  );
  return DEFAULT_THEMES.map(
    (theme) => codes.find((c) => norm(c.name) === norm(theme.nl) || norm(c.name) === norm(theme.en))?.id,
  ).filter((id): id is string => id !== undefined);
}

/**
 * Radar: one axis per theme, one profile per perspective; values are coded words per 1,000 spoken words with
 * sub-codes rolled up, so groups of different size compare fairly. Themes default to findThemeCodeIds.
 */
export function radarData(
  index: AnalysisIndex,
  options: { themeCodeIds?: string[]; includeModerator?: boolean; lang?: 'nl' | 'en' } = {},
): GroupedBarData & { table: Crosstab } {
  const table = crosstab(index, {
    by: { kind: 'perspective' },
    measure: 'per1000',
    rollup: true,
    includeModerator: options.includeModerator ?? false,
    codeIds: options.themeCodeIds ?? findThemeCodeIds(index),
    lang: options.lang ?? 'nl',
  });
  return { ...groupedBarData(table), table };
}
