import type { TFunction } from 'i18next';
import type { CellState } from '../../../shared/synthesis/grid.ts';
import { formatNumber } from '../../i18n/index.ts';

/** What a count cell's accessible name says. */
export type CellLabelInput = {
  rowName: string;
  columnLabel: string;
  count: number;
  state: CellState;
  quotes: number;
  agreeing: number;
  disagreeing: number;
};

// Stand-ins the messages are resolved with once, replaced by each cell's values.
const ROW = '\u0000row\u0000';
const COLUMN = '\u0000column\u0000';
const FRAGMENTS = '\u0000fragments\u0000';
const STATE = '\u0000state\u0000';
const FORMATTED = '\u0000formatted\u0000';

const fill = (template: string, marker: string, value: string) => template.split(marker).join(value);

/**
 * The accessible names of a grid's count cells ("Taal × ouders: 12 fragmenten, samengevat, 2 kerncitaten").
 * A grid has hundreds of cells, and four i18next calls per cell were most of the time it took to render, so
 * the messages are resolved once per language: the cell name and the states as they are, the fragment count
 * once per plural category of the language (the form t() picks for that count). Key quotes and consensus
 * marks, which few cells have, go through t() as usual. The result is exactly what t() gives (tested).
 */
export function cellLabeller(t: TFunction, lang: string): (cell: CellLabelInput) => string {
  const name = t('synthesis.cellName', { row: ROW, column: COLUMN, fragments: FRAGMENTS, state: STATE });
  const states = new Map<CellState, string>();
  const plural = new Intl.PluralRules(lang);
  const fragments = new Map<string, string>();
  return (cell) => {
    let state = states.get(cell.state);
    if (state === undefined) states.set(cell.state, (state = t(`synthesis.state.${cell.state}`)));
    // i18next prefers a "_zero" message for 0 when a catalogue has one: 0 gets its own entry.
    const form = cell.count === 0 ? 'zero' : plural.select(cell.count);
    let counted = fragments.get(form);
    if (counted === undefined)
      fragments.set(form, (counted = t('synthesis.fragments', { count: cell.count, formatted: FORMATTED })));
    const label = fill(
      fill(
        fill(fill(name, ROW, cell.rowName), COLUMN, cell.columnLabel),
        FRAGMENTS,
        fill(counted, FORMATTED, formatNumber(cell.count, lang)),
      ),
      STATE,
      state,
    );
    const parts = [label];
    if (cell.quotes > 0) parts.push(t('synthesis.cellQuotes', { count: cell.quotes }));
    if (cell.agreeing + cell.disagreeing > 0)
      parts.push(t('synthesis.cellDynamics', { endorsed: cell.agreeing, opposed: cell.disagreeing }));
    return parts.join(', ');
  };
}
