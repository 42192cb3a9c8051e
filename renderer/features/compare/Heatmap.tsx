import { heatColor, heatmapData } from '../../../shared/analysis/charts.ts';
import type { Crosstab } from '../../../shared/analysis/crosstab.ts';
import { shortLabel } from '../../../shared/analysis/shortLabel.ts';
import { useTranslation } from '../../i18n/index.ts';
import { SCALE_COLOR } from './drillTypes.ts';
import { formatMeasure, useLang } from './useAnalysis.ts';

const CELL_W = 64;
const CELL_H = 30;
const LABEL_W = 220;
const HEAD_H = 150;
const LABEL_CHARS = 30;

type Props = {
  table: Crosstab;
  /** The table rows to draw (empty codes may be hidden), in order. */
  rows: readonly number[];
  /** Column keys whose columns are hidden by the legend. */
  hidden: ReadonlySet<string>;
  onCell: (row: number, column: number) => void;
};

/** Code × column squares shaded by value, drawn as plain SVG (so it exports like the other charts). */
export function Heatmap({ table, rows, hidden, onCell }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = table.columns.map((column, c) => ({ column, c })).filter(({ c }) => !hidden.has(`c${c}`));
  const position = new Map(columns.map(({ c }, i) => [c, i]));
  const line = new Map(rows.map((r, i) => [r, i]));
  const cells = heatmapData(table).filter(
    (cell) => position.has(cell.columnIndex) && line.has(cell.rowIndex),
  );
  // Rotated column labels reach up to ~HEAD_H to the right of the last column.
  const width = LABEL_W + columns.length * CELL_W + HEAD_H;
  const height = HEAD_H + rows.length * CELL_H + 4;
  return (
    <svg
      data-chart="heatmap"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('compare.chart.heatmap')}
      fontSize={12}
    >
      {columns.map(({ column }, i) => (
        <text
          key={column.key}
          transform={`translate(${LABEL_W + i * CELL_W + CELL_W / 2 + 4}, ${HEAD_H - 8}) rotate(-40)`}
          fill="#3d434a"
        >
          <title>{column.label}</title>
          {shortLabel(column.label, LABEL_CHARS)}
        </text>
      ))}
      {columns.map(({ column }, i) =>
        column.color ? (
          <rect
            key={column.key}
            x={LABEL_W + i * CELL_W + 8}
            y={HEAD_H - 4}
            width={CELL_W - 16}
            height={3}
            rx={1.5}
            fill={column.color}
          />
        ) : null,
      )}
      {rows.map((r, i) => {
        const row = table.rows[r]!;
        return (
          <text
            key={row.codeId}
            x={8 + row.depth * 12}
            y={HEAD_H + i * CELL_H + CELL_H / 2 + 4}
            fill="#1f2328"
          >
            <title>{row.path}</title>
            {shortLabel(row.name, 30 - row.depth * 2)}
          </text>
        );
      })}
      {cells.map((cell) => {
        const i = position.get(cell.columnIndex)!;
        const x = LABEL_W + i * CELL_W;
        const y = HEAD_H + line.get(cell.rowIndex)! * CELL_H;
        const text = formatMeasure(cell.value, table.measure, lang);
        const row = table.rows[cell.rowIndex]!;
        const column = table.columns[cell.columnIndex]!;
        const open = () => onCell(cell.rowIndex, cell.columnIndex);
        return (
          <g
            key={`${cell.rowIndex}-${cell.columnIndex}`}
            role="button"
            tabIndex={0}
            className="heat-cell"
            aria-label={t('compare.table.open', { value: text, row: row.name, column: column.label })}
            onClick={open}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                open();
              }
            }}
          >
            <rect
              x={x + 1}
              y={y + 1}
              width={CELL_W - 2}
              height={CELL_H - 2}
              rx={3}
              fill={heatColor(cell.intensity, SCALE_COLOR)}
              stroke="#e4e1da"
            />
            <text
              x={x + CELL_W / 2}
              y={y + CELL_H / 2 + 4}
              textAnchor="middle"
              fill={cell.intensity > 0.55 ? '#ffffff' : '#1f2328'}
            >
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
