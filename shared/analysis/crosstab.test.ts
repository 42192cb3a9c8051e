import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from './analysisIndex.ts';
import {
  crosstab,
  crosstabCodingIds,
  crosstabHasCodings,
  visibleCrosstabRows,
  type CrosstabOptions,
} from './crosstab.ts';
import { at, testProject, TEXT_A } from './testProject.ts';

/*
 * Hand counts for testProject() (moderator excluded unless said otherwise). Columns by perspective:
 * jongeren (J1: 5 words, 1 turn), ouders (P1: 5 words), onderwijs (P2 overrides: 4 words), gemeente (empty).
 * c1 T1 "vind het gesprek" + c2 T "het gesprek goed" overlap in P1; c3 T2 "heel fijn" (P2);
 * c4 X "Hallo allemaal" (moderator, 2 words); c5 T1 "Gesprekken met ouders" + c6 X "zijn lastig" (J1).
 */
const table = (options: CrosstabOptions) => crosstab(buildAnalysisIndex(testProject()), options);
const row = (t: ReturnType<typeof table>, codeId: string) =>
  t.cells[t.rows.findIndex((r) => r.codeId === codeId)];

describe('crosstab', () => {
  it('lists codes as a tree and every defined perspective, empty ones too', () => {
    const t = table({});
    expect(t.rows.map((r) => [r.codeId, r.depth, r.path])).toEqual([
      ['T', 0, 'T'],
      ['T1', 1, 'T > T1'],
      ['T2', 1, 'T > T2'],
      ['X', 0, 'X'],
    ]);
    expect(t.columns.map((c) => c.key)).toEqual(['jongeren', 'ouders', 'onderwijs', 'gemeente']);
    expect(t.spokenWords).toEqual([5, 5, 4, 0]);
    expect(t.turns).toEqual([1, 1, 1, 0]);
  });

  it.each<[string, CrosstabOptions, Record<string, number[]>, number[], number]>([
    [
      'codings',
      { measure: 'codings' },
      { T: [0, 1, 0, 0], T1: [1, 1, 0, 0], T2: [0, 0, 1, 0], X: [1, 0, 0, 0] },
      [2, 2, 1, 0],
      5,
    ],
    [
      'codings, moderator included',
      { measure: 'codings', includeModerator: true },
      { T: [0, 1, 0, 0], T1: [1, 1, 0, 0], T2: [0, 0, 1, 0], X: [1, 1, 0, 0] },
      [2, 3, 1, 0],
      6,
    ],
    [
      'codings, rolled up (overlapping parent and child count once)',
      { measure: 'codings', rollup: true },
      { T: [1, 1, 1, 0], T1: [1, 1, 0, 0], T2: [0, 0, 1, 0], X: [1, 0, 0, 0] },
      [2, 2, 1, 0],
      5,
    ],
    [
      'documents, rolled up',
      { measure: 'documents', rollup: true },
      { T: [1, 1, 1, 0], T1: [1, 1, 0, 0], T2: [0, 0, 1, 0], X: [1, 0, 0, 0] },
      [1, 1, 1, 0],
      2,
    ],
    [
      'speakers, rolled up',
      { measure: 'speakers', rollup: true },
      { T: [1, 1, 1, 0], T1: [1, 1, 0, 0], T2: [0, 0, 1, 0], X: [1, 0, 0, 0] },
      [1, 1, 1, 0],
      3,
    ],
    [
      'per 1,000 words (no division by zero in the empty column)',
      { measure: 'per1000' },
      { T: [0, 600, 0, 0], T1: [600, 600, 0, 0], T2: [0, 0, 500, 0], X: [400, 0, 0, 0] },
      [1000, 800, 500, 0],
      (11 / 14) * 1000,
    ],
    [
      'per 1,000 words, rolled up (union of parent and child text)',
      { measure: 'per1000', rollup: true },
      { T: [600, 800, 500, 0], T1: [600, 600, 0, 0], T2: [0, 0, 500, 0], X: [400, 0, 0, 0] },
      [1000, 800, 500, 0],
      (11 / 14) * 1000,
    ],
    [
      'per 1,000 words, moderator included',
      { measure: 'per1000', includeModerator: true },
      {
        T: [0, (3 / 7) * 1000, 0, 0],
        T1: [600, (3 / 7) * 1000, 0, 0],
        T2: [0, 0, 500, 0],
        X: [400, (2 / 7) * 1000, 0, 0],
      },
      [1000, (6 / 7) * 1000, 500, 0],
      (13 / 16) * 1000,
    ],
    [
      '% of the column’s codings',
      { measure: 'percentOfColumn' },
      { T: [0, 50, 0, 0], T1: [50, 50, 0, 0], T2: [0, 0, 100, 0], X: [50, 0, 0, 0] },
      [100, 100, 100, 0],
      100,
    ],
    [
      '% of the column’s turns, rolled up',
      { measure: 'percentOfTurns', rollup: true },
      { T: [100, 100, 100, 0], T1: [100, 100, 0, 0], T2: [0, 0, 100, 0], X: [100, 0, 0, 0] },
      [100, 100, 100, 0],
      100,
    ],
  ])('%s', (_, options, expected, columnTotals, total) => {
    const t = table(options);
    for (const [codeId, values] of Object.entries(expected)) {
      row(t, codeId)!.forEach((v, i) => expect(v).toBeCloseTo(values[i]!, 9));
    }
    t.columnTotals.forEach((v, i) => expect(v).toBeCloseTo(columnTotals[i]!, 9));
    expect(t.total).toBeCloseTo(total, 9);
  });

  it.each<[CrosstabOptions, number[]]>([
    [{ measure: 'codings', rollup: true }, [3, 2, 1, 1]],
    [{ measure: 'documents', rollup: true }, [2, 2, 1, 1]],
    [
      { measure: 'per1000', rollup: true },
      [(9 / 14) * 1000, (6 / 14) * 1000, (2 / 14) * 1000, (2 / 14) * 1000],
    ],
    [{ measure: 'percentOfTurns' }, [(1 / 3) * 100, (2 / 3) * 100, (1 / 3) * 100, (1 / 3) * 100]],
  ])('row totals apply the measure to all columns together: %o', (options, expected) => {
    table(options).rowTotals.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));
  });

  it('keeps the codings behind each cell for drill-down, in document order', () => {
    const t = table({ rollup: true });
    expect(t.codingIds[0]).toEqual([['c5'], ['c1', 'c2'], ['c3'], []]);
    expect(crosstabCodingIds(t, 0)).toEqual(['c5', 'c1', 'c2', 'c3']);
    expect(crosstabCodingIds(t, undefined, 1).sort()).toEqual(['c1', 'c2']);
  });

  it('tells whether codings lie behind a number without collecting them', () => {
    const t = table({ rollup: true });
    const refs: [number?, number?][] = [[], [0], [undefined, 3], [0, 3], [0, 1], [undefined, 1], [3]];
    for (const ref of refs)
      expect(crosstabHasCodings(t, ...ref)).toBe(crosstabCodingIds(t, ...ref).length > 0);
    expect(crosstabHasCodings(t, undefined, 3)).toBe(false);
    expect(crosstabHasCodings(t, 0, 1)).toBe(true);
  });

  it.each<[CrosstabOptions['by'], string[], number[]]>([
    [{ kind: 'document' }, ['A', 'B'], [3, 2]],
    [{ kind: 'speaker' }, ['P1', 'P2', 'J1'], [2, 1, 2]],
    [{ kind: 'documentAttribute', name: 'setting' }, ['formeel', 'informeel'], [3, 2]],
  ])('groups columns by %o', (by, keys, totals) => {
    const t = table({ by });
    expect(t.columns.map((c) => c.key)).toEqual(keys);
    expect(t.columnTotals).toEqual(totals);
  });

  it('leaves codings outside any turn out and counts them, and treats a document without turns as one turn', () => {
    const project = testProject();
    project.codings.push({ ...project.codings[0]!, id: 'c7', ...at(TEXT_A, 'Groep A') });
    project.turns = project.turns.filter((t) => t.documentId !== 'B');
    const t = crosstab(buildAnalysisIndex(project), { measure: 'codings' });
    expect(t.skippedCodings).toBe(1);
    expect(t.columnTotals[0]).toBe(2);
    expect(t.spokenWords[0]).toBe(6);
  });

  it.each([
    ['spanning two turns counts for the turn it starts in', 'gesprek goed.\nP2: Ja', 'ouders'],
    ['starting in a speaker label counts for the turn it reaches', 'P2: Ja echt', 'onderwijs'],
  ])('a coding %s', (_, phrase, perspective) => {
    const project = testProject();
    project.codings = [{ ...project.codings[0]!, id: 'span', codeId: 'X', ...at(TEXT_A, phrase) }];
    const t = crosstab(buildAnalysisIndex(project), { measure: 'codings' });
    expect(t.columns[t.cells[3]!.indexOf(1)]!.key).toBe(perspective);
    expect(t.total).toBe(1);
  });

  it('restricts rows to the given codes', () => {
    const t = table({ codeIds: ['X'] });
    expect(t.rows.map((r) => r.codeId)).toEqual(['X']);
    expect(t.total).toBe(1);
  });

  it('says how many codings it counts and how many the moderator spoke', () => {
    expect(table({})).toMatchObject({ countedCodings: 5, moderatorCodings: 1 });
    expect(table({ includeModerator: true })).toMatchObject({ countedCodings: 6, moderatorCodings: 0 });
  });

  it('hides empty rows unless a coded row lies below them', () => {
    const project = testProject();
    project.codes.push({ ...project.codes[3]!, id: 'Y', name: 'Y', order: 4 });
    project.codes.push({ ...project.codes[3]!, id: 'Y1', name: 'Y1', parentId: 'Y', order: 0 });
    const t = crosstab(buildAnalysisIndex(project), { codeIds: ['T', 'T2', 'Y', 'Y1'] });
    expect(visibleCrosstabRows(t, true).map((r) => t.rows[r]!.codeId)).toEqual(['T', 'T2']);
    expect(visibleCrosstabRows(t, false)).toHaveLength(4);
  });
});
