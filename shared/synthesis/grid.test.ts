import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from '../analysis/analysisIndex.ts';
import { crosstab } from '../analysis/crosstab.ts';
import type { ColumnBy } from '../analysis/columns.ts';
import { at, TEXT_A, testProject } from '../analysis/testProject.ts';
import type { CellSummary, Code, ProjectData } from '../model.ts';
import { cellFragments, fragmentExchange } from './fragments.ts';
import { gridCounts, gridWithContent, summaryGrid } from './grid.ts';
import { AGREE_CODE_ID, defaultRowCodeIds, subtreeRowCodeIds, VISION_THEME_IDS } from './rows.ts';
import { normaliserenTemplate } from '../codebook/template.ts';

const summary = (codeId: string, by: string, value: string, text: string): CellSummary => ({
  id: `s-${codeId}-${value}`,
  kind: 'cell',
  codeId,
  column: { by, value },
  text,
  citations: [],
  updatedAt: '2025-01-01T00:00:00Z',
});

describe('summaryGrid', () => {
  it('has one row per chosen code and one column per perspective, counting as the crosstab does', () => {
    const index = buildAnalysisIndex(testProject());
    const grid = summaryGrid(index, { codeIds: ['T', 'T1', 'X'], rollup: true });
    expect(grid.rows.map((r) => r.codeId)).toEqual(['T', 'T1', 'X']);
    expect(grid.columns.map((c) => c.key)).toEqual(['jongeren', 'ouders', 'onderwijs', 'gemeente']);
    // T rolled up: c1 + c2 overlap in P1's turn (ouders) and count once; c3 onderwijs; c5 jongeren.
    expect(grid.cells[0]!.map((c) => c.count)).toEqual([1, 1, 1, 0]);
    // X: c4 is the moderator's and left out; c6 jongeren.
    expect(grid.cells[2]!.map((c) => c.count)).toEqual([1, 0, 0, 0]);
    expect(grid.cells[0]![1]!.codingIds).toEqual(['c1', 'c2']);
  });

  it('equals the crosstab codings measure for any columns, rows, moderator and rollup choice', () => {
    const project = testProject();
    const index = buildAnalysisIndex(project);
    const bys: ColumnBy[] = [
      { kind: 'perspective' },
      { kind: 'document' },
      { kind: 'speaker' },
      { kind: 'documentAttribute', name: 'setting' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...bys),
        fc.subarray(project.codes.map((c) => c.id)),
        fc.boolean(),
        fc.boolean(),
        (by, codeIds, includeModerator, rollup) => {
          const options = { by, codeIds, includeModerator, rollup };
          const grid = summaryGrid(index, options);
          const table = crosstab(index, { ...options, measure: 'codings' });
          expect(grid.cells.map((row) => row.map((c) => c.count))).toEqual(table.cells);
          expect(grid.columns).toEqual(table.columns);
        },
      ),
    );
  });

  it('gives each cell its state: not discussed, discussed, summarised', () => {
    const project: ProjectData = {
      ...testProject(),
      summaries: [
        summary('X', 'perspective', 'jongeren', 'Lastig.'),
        summary('T', 'perspective', 'ouders', '  '),
      ],
    };
    const grid = summaryGrid(buildAnalysisIndex(project), { codeIds: ['T', 'X'] });
    expect(grid.cells.map((row) => row.map((c) => c.state))).toEqual([
      ['notDiscussed', 'discussed', 'notDiscussed', 'notDiscussed'],
      ['summarised', 'notDiscussed', 'notDiscussed', 'notDiscussed'],
    ]);
    expect(grid.cells[1]![0]!.summary?.text).toBe('Lastig.');
  });

  it('puts new summaries into kept counts exactly as a full recomputation does (saving never recounts)', () => {
    const index = buildAnalysisIndex(testProject());
    const counts = gridCounts(index, { codeIds: ['T', 'X'] });
    const summaries = [summary('X', 'perspective', 'jongeren', 'Lastig.')];
    const keyQuotes = [
      { id: 'k', codingId: 'c6', cell: { codeId: 'X', column: { by: 'perspective', value: 'jongeren' } } },
    ].map((q) => ({ ...q, createdAt: '' }));
    const cheap = gridWithContent(counts, { summaries, keyQuotes });
    expect(cheap).toEqual(summaryGrid(index, { codeIds: ['T', 'X'] }, { summaries, keyQuotes }));
    expect(cheap.table).toBe(counts.table);
    expect(cheap.cells[1]![0]).toMatchObject({ state: 'summarised', keyQuotes: [{ id: 'k' }] });
    expect(gridWithContent(counts, {}).cells[1]![0]!.state).toBe('discussed');
  });

  it('keeps summaries per kind of column: a perspective summary does not show by document', () => {
    const project: ProjectData = {
      ...testProject(),
      summaries: [summary('X', 'perspective', 'jongeren', 'a')],
    };
    const grid = summaryGrid(buildAnalysisIndex(project), { codeIds: ['X'], by: { kind: 'document' } });
    expect(grid.cells[0]!.every((c) => c.summary === undefined)).toBe(true);
    expect(grid.byName).toBe('document');
  });

  it('falls back to documents when the project has no perspectives', () => {
    const project = testProject();
    project.documents = project.documents.map((d) => ({ ...d, attributes: {} }));
    project.speakers = project.speakers.map((s) => ({ ...s, attributes: {} }));
    project.attributes = [];
    const grid = summaryGrid(buildAnalysisIndex(project), { codeIds: ['X'] });
    expect(grid.fellBack).toBe(true);
    expect(grid.by).toEqual({ kind: 'document' });
    expect(grid.columns.map((c) => c.label)).toEqual(['Groep A', 'Groep B']);
  });

  it('marks participants who agreed in a cell (interaction codes of Group dynamics)', () => {
    const project = testProject();
    const agree: Code = { ...project.codes[0]!, id: AGREE_CODE_ID, name: 'instemming', parentId: null };
    project.codes.push(agree);
    project.codings.push({
      id: 'a1',
      documentId: 'A',
      codeId: AGREE_CODE_ID,
      ...at(TEXT_A, 'Ja echt'),
      coderId: 'r',
      createdAt: '',
    });
    const index = buildAnalysisIndex(project);
    const grid = summaryGrid(index, { codeIds: ['T2', 'T'] });
    expect(grid.cells[1]![2]!.agreeing).toBe(1); // T2 × onderwijs: P2's turn is marked
    expect(grid.cells[0]![1]!.agreeing).toBe(0); // T × ouders: P1's turn is not
    const fragments = cellFragments(index, grid, 1, 2);
    expect(fragments[0]).toMatchObject({ codingId: 'c3', agree: true, disagree: false });
  });
});

describe('cellFragments', () => {
  it('gives the exact coded text, speaker, group and the turn with its speaker', () => {
    const project: ProjectData = {
      ...testProject(),
      keyQuotes: [
        {
          id: 'k',
          codingId: 'c2',
          cell: { codeId: 'T', column: { by: 'perspective', value: 'ouders' } },
          createdAt: '',
        },
      ],
    };
    const index = buildAnalysisIndex(project);
    const grid = summaryGrid(index, { codeIds: ['T'] });
    const [fragment] = cellFragments(index, grid, 0, 1);
    expect(fragment).toMatchObject({
      codingId: 'c2',
      text: 'het gesprek goed',
      documentName: 'Groep A',
      speakerName: 'P1',
      perspective: 'ouders',
      keyQuote: { id: 'k' },
    });
    expect(fragment!.turns).toEqual([
      expect.objectContaining({ speakerName: 'P1', text: 'Ik vind het gesprek goed.', moderator: false }),
    ]);
  });

  it('shows the exchange around a fragment on demand', () => {
    const index = buildAnalysisIndex(testProject());
    expect(fragmentExchange(index, 'c2', { before: 1, after: 1 }).map((t) => t.speakerName)).toEqual([
      'M',
      'P1',
      'P2',
    ]);
    expect(fragmentExchange(index, 'nope')).toEqual([]);
  });
});

describe('rows', () => {
  it('defaults to the five vision themes, else the top-level codes', () => {
    const template = normaliserenTemplate('nl');
    expect(defaultRowCodeIds(template)).toEqual(VISION_THEME_IDS);
    expect(VISION_THEME_IDS).toHaveLength(5);
    expect(defaultRowCodeIds(testProject().codes)).toEqual(['T', 'X']);
  });

  it('takes a subtree: the children of a category, a leaf alone', () => {
    const codes = testProject().codes;
    expect(subtreeRowCodeIds(codes, 'T')).toEqual(['T', 'T1', 'T2']);
    expect(
      subtreeRowCodeIds(
        codes.map((c) => (c.id === 'T' ? { ...c, codable: false } : c)),
        'T',
      ),
    ).toEqual(['T1', 'T2']);
    expect(subtreeRowCodeIds(codes, 'X')).toEqual(['X']);
  });
});
