import { heatColor, intensityScale } from '../../../shared/analysis/charts.ts';
import { crosstabCodingIds, type Crosstab } from '../../../shared/analysis/crosstab.ts';
import type { Id } from '../../../shared/model.ts';
import { useTranslation } from '../../i18n/index.ts';
import { SCALE_COLOR, type DrillRequest } from './drillTypes.ts';
import { formatMeasure, useLang } from './useAnalysis.ts';

type Props = {
  table: Crosstab;
  byLabel: string;
  onOpen: (request: DrillRequest) => void;
  hideEmpty: boolean;
};

/** Rows with codings, or with a coded row below them in the tree (so the tree stays readable). */
function visibleRows(table: Crosstab, hideEmpty: boolean): number[] {
  const all = table.rows.map((_, r) => r);
  if (!hideEmpty) return all;
  const coded = all.map((r) => table.codingIds[r]!.some((ids) => ids.length > 0));
  return all.filter((r) => {
    if (coded[r]) return true;
    const depth = table.rows[r]!.depth;
    for (let k = r + 1; k < table.rows.length && table.rows[k]!.depth > depth; k++) if (coded[k]) return true;
    return false;
  });
}

/** The code × column table with totals and a colour scale; every number opens the quotes behind it. */
export function CrosstabTable({ table, byLabel, onOpen, hideEmpty }: Props) {
  const { t } = useTranslation();
  const scale = intensityScale(table);
  const allColumns = t('compare.drill.allColumns');
  const allCodes = t('compare.drill.allCodes');
  const shared = { table, onOpen };

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
                {column.label}
              </th>
            ))}
            <th scope="col" className="num total">
              {t('analysis.column.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {visibleRows(table, hideEmpty).map((r) => {
            const row = table.rows[r]!;
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
                    ids={table.codingIds[r]![c]!}
                    intensity={scale(table.cells[r]![c]!)}
                  />
                ))}
                <NumberCell
                  {...shared}
                  value={table.rowTotals[r]!}
                  row={row.name}
                  column={allColumns}
                  ids={crosstabCodingIds(table, r)}
                  total
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
                ids={crosstabCodingIds(table, undefined, c)}
                total
              />
            ))}
            <NumberCell
              {...shared}
              value={table.total}
              row={allCodes}
              column={allColumns}
              ids={crosstabCodingIds(table)}
              total
            />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

type CellProps = {
  table: Crosstab;
  onOpen: (request: DrillRequest) => void;
  value: number;
  row: string;
  column: string;
  ids: Id[];
  /** 0..1 on the colour scale; totals have none. */
  intensity?: number;
  total?: boolean;
};

/** One number: tinted by its value, a button that opens the quotes behind it. */
function NumberCell({ table, onOpen, value, row, column, ids, intensity, total }: CellProps) {
  const { t } = useTranslation();
  const lang = useLang();
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
        disabled={ids.length === 0}
        aria-label={t('compare.table.open', { value: text, row, column })}
        onClick={() => onOpen({ title: t('compare.drill.title', { row, column }), codingIds: ids })}
      >
        {text}
      </button>
    </td>
  );
}
