import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { heatColor, intensityScale } from '../../../shared/analysis/charts.ts';
import { crosstabHasCodings, visibleCrosstabRows, type Crosstab } from '../../../shared/analysis/crosstab.ts';
import { crosstabDrill } from '../../../shared/analysis/drill.ts';
import { useTranslation } from '../../i18n/index.ts';
import { SCALE_COLOR, type DrillRequest } from './drillTypes.ts';
import { formatMeasure, useLang, type Lang } from './useAnalysis.ts';
import { ColumnLabel } from '../../components/ColumnLabel.tsx';

type Props = {
  table: Crosstab;
  byLabel: string;
  onOpen: (request: DrillRequest) => void;
  hideEmpty: boolean;
  /** The same table rolled up, for the rows with sub-codes (only when `table` is not rolled up itself). */
  rolled: Crosstab | null;
};

/** The code × column table with totals and a colour scale; every number opens the quotes behind it. */
export function CrosstabTable({ table, byLabel, onOpen, hideEmpty, rolled }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rolledRow = new Map(rolled?.rows.map((row, r) => [row.codeId, r]));
  const scale = intensityScale(table);
  const allColumns = t('compare.drill.allColumns');
  const allCodes = t('compare.drill.allCodes');
  // Every cell gets the translation from here: a hook per cell costs a study's first Compare ~100 ms.
  const shared = { table, onOpen, t, lang };

  return (
    <div className="crosstab-scroll">
      <table className="crosstab" data-testid="crosstab">
        <caption className="sr-only">
          {t('compare.table.caption', { by: byLabel, measure: t(`analysis.measure.${table.measure}`) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="code-head">
              {t('analysis.row.code')}
            </th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className="num column-head">
                {column.color && (
                  <span className="swatch" style={{ background: column.color }} aria-hidden="true" />
                )}
                <ColumnLabel label={column.label} />
              </th>
            ))}
            <th scope="col" className="num total">
              {t('analysis.column.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {visibleCrosstabRows(table, hideEmpty).map((r) => {
            const row = table.rows[r]!;
            // A code with sub-codes also shows its count with them, as the codebook's "(+n)" does.
            const rr = row.hasChildren && rolled ? rolledRow.get(row.codeId) : undefined;
            const withSubcodes = (c: number | undefined) =>
              rr === undefined || !rolled ? null : (
                <RolledUp
                  table={rolled}
                  onOpen={onOpen}
                  row={row.name}
                  value={c === undefined ? rolled.rowTotals[rr]! : rolled.cells[rr]![c]!}
                  cell={c === undefined ? [rr] : [rr, c]}
                  column={c === undefined ? allColumns : table.columns[c]!.label}
                  t={t}
                  lang={lang}
                />
              );
            return (
              <tr key={row.codeId}>
                <th
                  scope="row"
                  className="code-name"
                  style={{ paddingLeft: `${0.5 + row.depth * 1.1}rem` }}
                  title={row.path}
                >
                  <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                  {row.name}
                </th>
                {table.columns.map((column, c) => (
                  <NumberCell
                    key={column.key}
                    {...shared}
                    value={table.cells[r]![c]!}
                    row={row.name}
                    column={column.label}
                    cell={[r, c]}
                    intensity={scale(table.cells[r]![c]!)}
                    extra={withSubcodes(c)}
                  />
                ))}
                <NumberCell
                  {...shared}
                  value={table.rowTotals[r]!}
                  row={row.name}
                  column={allColumns}
                  cell={[r]}
                  total
                  extra={withSubcodes(undefined)}
                />
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('analysis.row.total')}</th>
            {table.columns.map((column, c) => (
              <NumberCell
                key={column.key}
                {...shared}
                value={table.columnTotals[c]!}
                row={allCodes}
                column={column.label}
                cell={[undefined, c]}
                total
              />
            ))}
            <NumberCell {...shared} value={table.total} row={allCodes} column={allColumns} cell={[]} total />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/**
 * Which codings a number stands for: [row, column] a cell, [row] a row total, [undefined, column] a column
 * total, [] the whole table. The ids are collected only when the number is opened: a study's row and column
 * totals hold up to 100,000 ids each, too many to gather for every number on every render.
 */
type CellRef = [row?: number, column?: number];

type CellProps = {
  table: Crosstab;
  onOpen: (request: DrillRequest) => void;
  value: number;
  row: string;
  column: string;
  cell: CellRef;
  /** 0..1 on the colour scale; totals have none. */
  intensity?: number;
  total?: boolean;
  /** Shown after the number (the count with sub-codes). */
  extra?: ReactNode;
  t: TFunction;
  lang: Lang;
};

/** One number: tinted by its value, a button that opens the quotes behind it. */
function NumberCell({
  table,
  onOpen,
  value,
  row,
  column,
  cell,
  intensity,
  total,
  extra,
  t,
  lang,
}: CellProps) {
  const text = formatMeasure(value, table.measure, lang);
  const style =
    intensity === undefined
      ? undefined
      : { background: heatColor(intensity, SCALE_COLOR), color: intensity > 0.55 ? '#fff' : undefined };
  return (
    <td className={total ? 'num total' : 'num'} style={style}>
      <button
        type="button"
        className="cell-button"
        disabled={!crosstabHasCodings(table, ...cell)}
        aria-label={t('compare.table.open', { value: text, row, column })}
        onClick={() =>
          onOpen({ title: t('compare.drill.title', { row, column }), ...crosstabDrill(table, ...cell) })
        }
      >
        {text}
      </button>
      {extra}
    </td>
  );
}

type RolledProps = {
  table: Crosstab;
  onOpen: (request: DrillRequest) => void;
  value: number;
  row: string;
  column: string;
  cell: CellRef;
  t: TFunction;
  lang: Lang;
};

/** A parent code's value with its sub-codes, beside its own; opens the quotes behind it. */
function RolledUp({ table, onOpen, value, row, column, cell, t, lang }: RolledProps) {
  if (!crosstabHasCodings(table, ...cell)) return null;
  const text = formatMeasure(value, table.measure, lang);
  return (
    <button
      type="button"
      className="cell-button rolled-up"
      title={t('compare.table.withSubcodes', { value: text })}
      aria-label={t('compare.table.openWithSubcodes', { value: text, row, column })}
      onClick={() =>
        onOpen({
          title: t('compare.drill.titleWithSubcodes', { row, column }),
          ...crosstabDrill(table, ...cell),
        })
      }
    >
      {t('compare.table.rolled', { value: text })}
    </button>
  );
}
