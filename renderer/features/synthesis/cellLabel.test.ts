import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CellState } from '../../../shared/synthesis/grid.ts';
import { formatNumber } from '../../i18n/index.ts';
import { cellLabeller, type CellLabelInput } from './cellLabel.ts';
import { synthesisUiMessages } from './messages.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    fallbackLng: 'nl',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: {
      nl: { translation: synthesisUiMessages.nl },
      en: { translation: synthesisUiMessages.en },
    },
  });
});

/** The name as the cell composed it with t() for every part. */
function direct(t: TFunction, lang: string, cell: CellLabelInput): string {
  const fragments = t('synthesis.fragments', {
    count: cell.count,
    formatted: formatNumber(cell.count, lang),
  });
  return [
    t('synthesis.cellName', {
      row: cell.rowName,
      column: cell.columnLabel,
      fragments,
      state: t(`synthesis.state.${cell.state}`),
    }),
    cell.quotes > 0 ? t('synthesis.cellQuotes', { count: cell.quotes }) : '',
    cell.agreeing + cell.disagreeing > 0
      ? t('synthesis.cellDynamics', { endorsed: cell.agreeing, opposed: cell.disagreeing })
      : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const STATES: CellState[] = ['notDiscussed', 'discussed', 'summarised'];
// Counts in an order that fills the caches with one plural form and then asks for the others.
const COUNTS = [2, 1, 0, 1234, 1, 21, 1_000_000, 0, 2];

describe('cellLabeller', () => {
  it.each(['nl', 'en'])('names every cell exactly as t() does (%s)', (lang) => {
    const t = i18n.getFixedT(lang);
    const label = cellLabeller(t, lang);
    let n = 0;
    for (const count of COUNTS)
      for (const state of STATES) {
        const cell: CellLabelInput = {
          rowName: n % 2 ? 'Taal' : 'Wat is $& normaal? $1',
          columnLabel: n % 3 ? 'ervaringsdeskundige ouders' : 'JGZ',
          count,
          state,
          quotes: n % 4,
          agreeing: n % 3,
          disagreeing: n % 5 === 0 ? 1 : 0,
        };
        n++;
        expect(label(cell)).toBe(direct(t, lang, cell));
      }
  });

  it('says the count in the language and plural form of each cell', () => {
    const nl = cellLabeller(i18n.getFixedT('nl'), 'nl');
    const base = { rowName: 'Taal', columnLabel: 'JGZ', quotes: 0, agreeing: 0, disagreeing: 0 };
    expect(nl({ ...base, count: 1, state: 'discussed' })).toBe(
      'Taal × JGZ: 1 fragment, besproken, nog niet samengevat',
    );
    expect(nl({ ...base, count: 1234, state: 'summarised' })).toBe(
      'Taal × JGZ: 1.234 fragmenten, samengevat',
    );
    const en = cellLabeller(i18n.getFixedT('en'), 'en');
    expect(en({ ...base, count: 1234, state: 'summarised', quotes: 1 })).toBe(
      'Taal × JGZ: 1,234 fragments, summarised, 1 key quote',
    );
  });
});
