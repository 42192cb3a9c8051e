import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tests/bench/corpus.ts';
import { buildAnalysisIndex } from './analysisIndex.ts';
import type { ColumnBy } from './columns.ts';
import { cooccurrence } from './cooccurrence.ts';
import { crosstab, MEASURES, type Crosstab } from './crosstab.ts';
import { cooccurrenceDrill, crosstabDrill, drill } from './drill.ts';
import { testProject } from './testProject.ts';

/** Every number of a table as [row, column] references, with its value: cells, row totals, column totals, total. */
function numbers(table: Crosstab): [number, number | undefined, number | undefined][] {
  const result: [number, number | undefined, number | undefined][] = [];
  table.rows.forEach((_, r) => {
    table.columns.forEach((_, c) => result.push([table.cells[r]![c]!, r, c]));
    result.push([table.rowTotals[r]!, r, undefined]);
  });
  table.columns.forEach((_, c) => result.push([table.columnTotals[c]!, undefined, c]));
  result.push([table.total, undefined, undefined]);
  return result;
}

describe('drill-down', () => {
  const index = buildAnalysisIndex(
    generateCorpus({ documents: 6, charsPerDocument: 4_000, codings: 1_200, seed: 5 }),
  );
  const drillOf = ({ items, count }: ReturnType<typeof cooccurrenceDrill>) => drill(index, items, count);
  const bys: ColumnBy[] = [{ kind: 'perspective' }, { kind: 'speaker' }];

  it.each(MEASURES)('finds what every %s number counts among its quotes', (measure) => {
    let checked = 0;
    for (const by of bys)
      for (const rollup of [false, true])
        for (const includeModerator of [false, true]) {
          const table = crosstab(index, { by, measure, rollup, includeModerator });
          for (const [value, row, column] of numbers(table)) {
            const { items, count } = crosstabDrill(table, row, column);
            const result = drill(index, items, count);
            const where = `${JSON.stringify(by)} ${rollup} ${includeModerator} [${row}, ${column}]`;
            switch (count.unit) {
              case 'quotes':
              case 'documents':
              case 'speakers':
                expect(result.counted, where).toBe(value);
                break;
              case 'words':
                expect(count.spoken > 0 ? (result.counted * 1000) / count.spoken : 0, where).toBeCloseTo(
                  value,
                  9,
                );
                break;
              case 'codings':
                expect(count.of > 0 ? (result.quotes.length * 100) / count.of : 0, where).toBeCloseTo(
                  value,
                  9,
                );
                break;
              case 'turns':
                expect(count.of! > 0 ? (result.counted * 100) / count.of! : 0, where).toBeCloseTo(value, 9);
                break;
            }
            if (value > 0) checked++;
          }
        }
    expect(checked).toBeGreaterThan(100);
  });

  it('groups quotes by what the number counts, quotes without a speaker last and not counted', () => {
    const small = buildAnalysisIndex(testProject());
    const table = crosstab(small, { measure: 'speakers', includeModerator: true });
    const { items } = crosstabDrill(table);
    const all = drill(small, items, { unit: 'speakers' });
    expect(all.groups!.map((g) => [g.key, g.quotes.map((q) => q.codingId)])).toEqual([
      ['M', ['c4']],
      ['P1', ['c1', 'c2']],
      ['P2', ['c3']],
      ['J1', ['c5', 'c6']],
    ]);
    expect(all.counted).toBe(4);
    // P1's turn without its speaker: its quotes come last, and are not counted as a speaker.
    const project = testProject();
    project.turns[1] = { ...project.turns[1]!, speakerId: null };
    const unnamed = buildAnalysisIndex(project);
    const table2 = crosstab(unnamed, { measure: 'speakers', includeModerator: true });
    const withoutSpeaker = drill(unnamed, crosstabDrill(table2).items, { unit: 'speakers' });
    expect(withoutSpeaker.groups!.map((g) => [g.key, g.counted, g.quotes.length])).toEqual([
      ['M', true, 1],
      ['P2', true, 1],
      ['J1', true, 2],
      ['', false, 2],
    ]);
    expect(withoutSpeaker.counted).toBe(table2.total);
    expect(drill(small, items, { unit: 'documents' }).groups!.map((g) => g.key)).toEqual(['A', 'B']);
  });

  it('opens a pair of overlapping codings as the text they share, naming both codes', () => {
    const small = buildAnalysisIndex(testProject());
    const result = cooccurrence(small, { mode: 'overlap' });
    const [t, t1] = ['T', 'T1'].map((id) => result.codes.findIndex((c) => c.codeId === id));
    const { items, count } = cooccurrenceDrill(result, t!, t1!);
    const opened = drill(small, items, count);
    expect(opened.quotes.map((q) => [q.text, q.codingIds, q.codeIds, q.speakerName])).toEqual([
      ['het gesprek', ['c1', 'c2'], ['T1', 'T'], 'P1'],
    ]);
    expect([opened.counted, opened.codings]).toEqual([1, 2]);
  });

  it('opens as many items as every co-occurrence number says', () => {
    for (const mode of ['overlap', 'turn'] as const) {
      const result = cooccurrence(index, { mode });
      let checked = 0;
      result.codes.forEach((_, r) =>
        result.codes.forEach((_, c) => {
          const opened = drillOf(cooccurrenceDrill(result, r, c));
          expect(opened.counted, `${mode} ${r} × ${c}`).toBe(result.counts[r]![c]!);
          if (result.counts[r]![c]! > 0) checked++;
        }),
      );
      expect(checked, mode).toBeGreaterThan(10);
    }
  });
});
