import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type SyntheticEvent,
} from 'react';
import type { Summary } from '../../../shared/model.ts';
import { formatNumber, useTranslation } from '../../i18n/index.ts';
import type { GridCell, SummaryGrid as Grid } from '../../../shared/synthesis/grid.ts';
import { hasText } from '../../../shared/synthesis/summaryKeys.ts';
import { ColumnLabel } from '../../components/ColumnLabel.tsx';
import { cellLabeller, type CellLabelInput } from './cellLabel.ts';

/** What is open beside the grid: a cell, a row's theme synthesis or a column's profile. */
export type GridTarget =
  | { kind: 'cell'; row: number; col: number }
  | { kind: 'synthesis'; row: number }
  | { kind: 'profile'; col: number };

type Props = {
  grid: Grid;
  caption: string;
  open: GridTarget | null;
  /** Opens a target; `typed` is the character the user started writing with, if any. */
  onOpen: (target: GridTarget, typed?: string) => void;
};

/** Position → target: the last column holds the rows' syntheses, the last row the columns' profiles. */
function targetAt(grid: Grid, r: number, c: number): GridTarget | null {
  const R = grid.rows.length;
  const C = grid.columns.length;
  if (r === R && c === C) return null;
  if (c === C) return { kind: 'synthesis', row: r };
  if (r === R) return { kind: 'profile', col: c };
  return { kind: 'cell', row: r, col: c };
}

const isOpen = (open: GridTarget | null, target: GridTarget | null) =>
  open !== null && target !== null && JSON.stringify(open) === JSON.stringify(target);

/**
 * The summary grid: codes × columns with each cell's count and state, a synthesis per row and a profile per
 * column. One cell is in the tab order at a time; arrows move, Home/End go to the row's ends, Enter opens,
 * typing a character opens the cell and starts its summary with that character.
 */
export function SummaryGrid({ grid, caption, open, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const R = grid.rows.length;
  const C = grid.columns.length;
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const table = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const [fr, fc] = [Math.min(focus[0], R), Math.min(focus[1], C)];

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>(`[data-pos="${fr}:${fc}"]`)?.focus();
  }, [fr, fc]);

  const done = (summary: Summary | undefined) => summary !== undefined && hasText(summary);
  const doneText = (isDone: boolean) => t(isDone ? 'synthesis.state.summarised' : 'synthesis.none');

  const move = (r: number, c: number) => {
    let nr = Math.max(0, Math.min(R, r));
    let nc = Math.max(0, Math.min(C, c));
    // The corner under the syntheses and right of the profiles holds nothing: step around it.
    if (nr === R && nc === C) {
      if (fr === R) nc = C - 1;
      else nr = R - 1;
    }
    moved.current = true;
    setFocus([nr, nc]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, r: number, c: number) => {
    const target = targetAt(grid, r, c);
    const step: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: [r, 0],
      End: [r, C],
    };
    const next = step[e.key];
    if (next) {
      e.preventDefault();
      move(next[0], next[1]);
    } else if ((e.key === 'Enter' || e.key === ' ') && target) {
      e.preventDefault();
      onOpen(target);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && target) {
      e.preventDefault();
      onOpen(target, e.key);
    }
  };

  // One handler per kind of event on the grid, not three per cell: the cell is found from the event's target.
  const at = (e: SyntheticEvent<HTMLElement>): [number, number] | null => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-pos]');
    if (!cell?.dataset.pos) return null;
    const [r, c] = cell.dataset.pos.split(':').map(Number);
    return [r!, c!];
  };
  const gridEvents = {
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      const pos = at(e);
      if (pos) onKeyDown(e, pos[0], pos[1]);
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const pos = at(e);
      if (pos) setFocus(pos);
    },
    onClick: (e: MouseEvent<HTMLElement>) => {
      const pos = at(e);
      const target = pos && targetAt(grid, pos[0], pos[1]);
      if (target) onOpen(target);
    },
  };
  const label = useMemo(() => cellLabeller(t, i18n.language), [t, i18n.language]);

  const cellProps = (r: number, c: number, name: string) => ({
    role: 'gridcell',
    'data-pos': `${r}:${c}`,
    tabIndex: r === fr && c === fc ? 0 : -1,
    'aria-label': name,
    'aria-selected': isOpen(open, targetAt(grid, r, c)),
  });

  return (
    <table
      ref={table}
      className="summary-grid"
      role="grid"
      aria-label={caption}
      aria-describedby="grid-help"
      {...gridEvents}
    >
      <thead>
        <tr>
          <th scope="col">{t('synthesis.code')}</th>
          {grid.columns.map((column) => (
            <th key={column.key} scope="col">
              {column.color && <span className="swatch" style={{ backgroundColor: column.color }} />}
              <ColumnLabel label={column.label} />
            </th>
          ))}
          <th scope="col" className="synthesis-col">
            {t('synthesis.synthesisColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={row.codeId}>
            <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 0.8}rem` }}>
              <span className="swatch" style={{ backgroundColor: row.color }} />
              {row.name}
            </th>
            {grid.cells[r]!.map((cell, c) => (
              <CountCell
                key={c}
                r={r}
                c={c}
                rowName={row.name}
                columnLabel={grid.columns[c]!.label}
                count={cell.count}
                state={cell.state}
                quotes={cell.keyQuotes.length}
                agreeing={cell.agreeing}
                disagreeing={cell.disagreeing}
                preview={cell.summary ? cell.summary.text.slice(0, PREVIEW) : ''}
                tabbable={r === fr && c === fc}
                selected={isOpen(open, { kind: 'cell', row: r, col: c })}
                label={label}
                lang={i18n.language}
              />
            ))}
            <td
              className={`grid-cell synthesis-cell ${done(grid.syntheses[r]) ? 'state-done' : ''}`}
              {...cellProps(
                r,
                C,
                t('synthesis.synthesisName', { row: row.name, state: doneText(done(grid.syntheses[r])) }),
              )}
            >
              <span aria-hidden="true">{done(grid.syntheses[r]) ? '✓' : '…'}</span>
            </td>
          </tr>
        ))}
        <tr className="profile-row">
          <th scope="row">{t('synthesis.profileRow')}</th>
          {grid.columns.map((column, c) => (
            <td
              key={column.key}
              className={`grid-cell profile-cell ${done(grid.profiles[c]) ? 'state-done' : ''}`}
              {...cellProps(
                R,
                c,
                t('synthesis.profileName', { column: column.label, state: doneText(done(grid.profiles[c])) }),
              )}
            >
              <span aria-hidden="true">{done(grid.profiles[c]) ? '✓' : '…'}</span>
            </td>
          ))}
          <td aria-hidden="true" />
        </tr>
      </tbody>
    </table>
  );
}

/** How much of a summary a cell shows (two lines are visible; the rest is in the open cell). */
const PREVIEW = 300;

type CountCellProps = {
  r: number;
  c: number;
  rowName: string;
  columnLabel: string;
  count: number;
  state: GridCell['state'];
  quotes: number;
  agreeing: number;
  disagreeing: number;
  preview: string;
  tabbable: boolean;
  selected: boolean;
  label: (cell: CellLabelInput) => string;
  lang: string;
};

/**
 * One code × column cell: count, state, key quotes and consensus marks, and the start of its summary. A grid has
 * hundreds of these, so a cell is light: its text in one element (the state mark is drawn by CSS), its name from
 * the grid's labeller, its events handled by the grid, no subscription of its own to the language.
 */
const CountCell = memo(function CountCell(props: CountCellProps) {
  const { r, c, count, state, quotes, agreeing, disagreeing, preview } = props;
  return (
    <td
      className={`grid-cell state-${state}`}
      role="gridcell"
      data-pos={`${r}:${c}`}
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label(props)}
      aria-selected={props.selected}
    >
      <span className="cell-head" aria-hidden="true">
        {count > 0 ? formatNumber(count, props.lang) : '–'}
        {quotes > 0 && <span className="cell-quotes">❝{quotes}</span>}
        {agreeing > 0 && <span className="agree">+{agreeing}</span>}
        {disagreeing > 0 && <span className="oppose">−{disagreeing}</span>}
      </span>
      {preview !== '' && (
        <span className="cell-preview" aria-hidden="true">
          {preview}
        </span>
      )}
    </td>
  );
});
