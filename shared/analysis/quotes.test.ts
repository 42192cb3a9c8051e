import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from './analysisIndex.ts';
import { generateCorpus } from '../../tests/bench/corpus.ts';
import { cooccurrence, type CooccurrenceMode } from './cooccurrence.ts';
import { crosstab, crosstabCodingIds } from './crosstab.ts';
import { fragmentsFor, quotesFor, sideBySide } from './quotes.ts';
import { testProject } from './testProject.ts';

describe('quotes', () => {
  const index = buildAnalysisIndex(testProject());

  it('resolves codings to text, speaker, perspective and place, in document order', () => {
    const quotes = quotesFor(index, ['c6', 'c3', 'missing', 'c1', 'c3']);
    expect(quotes.map((q) => [q.codingId, q.text, q.speakerName, q.perspective, q.documentName])).toEqual([
      ['c1', 'vind het gesprek', 'P1', 'ouders', 'Groep A'],
      ['c3', 'heel fijn', 'P2', 'onderwijs', 'Groep A'],
      ['c6', 'zijn lastig', 'J1', 'jongeren', 'Groep B'],
    ]);
    expect(quotes[0]!.turnId).toBe('tP1');
  });

  it('accepts a project as well as an index', () => {
    expect(quotesFor(testProject(), ['c4'])[0]!.speakerName).toBe('M');
  });

  it('puts two perspectives’ quotes on a code (sub-codes included) side by side', () => {
    const { a, b } = sideBySide(index, 'T', 'ouders', 'jongeren');
    expect(a.map((q) => q.codingId)).toEqual(['c1', 'c2']);
    expect(b.map((q) => q.codingId)).toEqual(['c5']);
    expect(sideBySide(index, 'T', 'gemeente', 'nergens')).toEqual({ a: [], b: [] });
  });

  it('gives side by side the quotes of the rolled-up crosstab cells of the two perspectives', () => {
    const project = generateCorpus({ documents: 6, charsPerDocument: 4_000, codings: 1_200, seed: 3 });
    const big = buildAnalysisIndex(project);
    const t = crosstab(big, { rollup: true });
    const [first, second] = t.columns.map((c) => c.key);
    const parents = t.rows.filter((r) => r.hasChildren).slice(0, 3);
    expect(parents.length).toBeGreaterThan(0);
    for (const row of [...parents, t.rows[t.rows.length - 1]!]) {
      const r = t.rows.indexOf(row);
      const { a, b } = sideBySide(big, row.codeId, first!, second!);
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(quotesFor(big, t.codingIds[r]![0]!));
      expect(b).toEqual(quotesFor(big, t.codingIds[r]![1]!));
    }
  });
});

describe('fragments: the quotes a crosstab number counts', () => {
  const index = buildAnalysisIndex(testProject());

  it('joins overlapping codings into one quote over their text that names all their codes', () => {
    // Rolled up, T × ouders holds c1 (T1 "vind het gesprek") and c2 (T "het gesprek goed"): one fragment.
    const quotes = fragmentsFor(index, ['c2', 'c1']);
    expect(quotes.map((q) => [q.codingId, q.text, q.codingIds, q.codeIds, q.speakerName])).toEqual([
      ['c1', 'vind het gesprek goed', ['c1', 'c2'], ['T1', 'T'], 'P1'],
    ]);
    expect(quotesFor(index, ['c2', 'c1']).map((q) => [q.text, q.codeIds])).toEqual([
      ['vind het gesprek', ['T1']],
      ['het gesprek goed', ['T']],
    ]);
  });

  it('keeps codings that only touch, or lie in other documents, apart', () => {
    const project = testProject();
    const c1 = project.codings.find((c) => c.id === 'c1')!;
    project.codings.push({ ...c1, id: 'touch', codeId: 'T', start: c1.end, end: c1.end + 4 });
    const quotes = fragmentsFor(buildAnalysisIndex(project), ['c1', 'touch', 'c5']);
    expect(quotes.map((q) => q.codingIds)).toEqual([['c1'], ['touch'], ['c5']]);
  });

  it.each([false, true])('has as many quotes as every number of the table (rolled up: %s)', (rollup) => {
    const project = generateCorpus({ documents: 6, charsPerDocument: 4_000, codings: 1_200, seed: 11 });
    const big = buildAnalysisIndex(project);
    const t = crosstab(big, { measure: 'codings', rollup });
    let merged = 0;
    t.rows.forEach((_, r) => {
      t.columns.forEach((_, c) => {
        const ids = crosstabCodingIds(t, r, c);
        const fragments = fragmentsFor(big, ids);
        expect(fragments.length).toBe(t.cells[r]![c]!);
        expect(fragments.flatMap((q) => q.codingIds).sort()).toEqual([...ids].sort());
        merged += ids.length - fragments.length;
      });
      expect(fragmentsFor(big, crosstabCodingIds(t, r)).length).toBe(t.rowTotals[r]!);
    });
    // Column totals count each coding once.
    t.columns.forEach((_, c) =>
      expect(quotesFor(big, crosstabCodingIds(t, undefined, c)).length).toBe(t.columnTotals[c]!),
    );
    expect(quotesFor(big, crosstabCodingIds(t)).length).toBe(t.total);
    // The corpus has overlapping codings in one row, or this test would not tell fragments from codings.
    expect(merged).toBeGreaterThan(0);
  });
});

describe('co-occurrence', () => {
  const index = buildAnalysisIndex(testProject());
  const cell = (mode: CooccurrenceMode, a: string, b: string, includeModerator = false) => {
    const result = cooccurrence(index, { mode, includeModerator });
    const i = result.codes.findIndex((c) => c.codeId === a);
    const j = result.codes.findIndex((c) => c.codeId === b);
    return { count: result.counts[i]![j]!, pairs: result.pairs[i]![j]!, turns: result.turnIds[i]![j]! };
  };

  it.each<[CooccurrenceMode, string, string, number, [string, string][]]>([
    ['overlap', 'T', 'T1', 1, [['c2', 'c1']]],
    ['overlap', 'T1', 'T', 1, [['c1', 'c2']]],
    ['overlap', 'T1', 'X', 0, []],
    ['overlap', 'T', 'T', 0, []],
    ['turn', 'T', 'T1', 1, [['c2', 'c1']]],
    ['turn', 'T1', 'X', 1, [['c5', 'c6']]],
    ['turn', 'T2', 'X', 0, []],
  ])('%s: %s × %s', (mode, a, b, count, pairs) => {
    const result = cell(mode, a, b);
    expect(result.count).toBe(count);
    expect(result.pairs).toEqual(pairs);
  });

  it('lists the turns behind a same-turn cell', () => {
    expect(cell('turn', 'T1', 'X').turns).toEqual(['tJ1']);
  });

  it('pairs overlapping codings in a moderator turn only when the moderator is included', () => {
    const project = testProject();
    project.codings.push({ ...project.codings[3]!, id: 'c8', codeId: 'T2' });
    const withModerator = cooccurrence(buildAnalysisIndex(project), { includeModerator: true });
    const without = cooccurrence(buildAnalysisIndex(project));
    const [t2, x] = [2, 3];
    expect(withModerator.counts[t2]![x]).toBe(1);
    expect(without.counts[t2]![x]).toBe(0);
  });
});
