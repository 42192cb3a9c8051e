import { describe, expect, it } from 'vitest';
import { mergeCodes } from '../coding/codebook.ts';
import { testProject } from '../analysis/testProject.ts';
import type { CellSummary, Coding, KeyQuote, Summary, ThemeSynthesis } from '../model.ts';
import { citeCoding } from './citations.ts';
import { summariesOnDelete, summariesOnMerge } from './codeChanges.ts';

const column = { by: 'perspective', value: 'ouders' };
const cell = (id: string, codeId: string, text: string, cited: Coding[]): CellSummary => ({
  id,
  kind: 'cell',
  codeId,
  column,
  text,
  citations: cited.map((c, i) => citeCoding(c, `${id}-${i}`)),
  updatedAt: 'then',
});
const quote = (id: string, codingId: string, codeId: string): KeyQuote => ({
  id,
  codingId,
  cell: { codeId, column },
  createdAt: '',
});

describe('summariesOnMerge', () => {
  const project = testProject();
  const c = (id: string) => project.codings.find((x) => x.id === id)!;

  it('moves the source summaries and key quotes to the target', () => {
    const summaries: Summary[] = [cell('s1', 'T2', 'Fijn [1].', [c('c3')])];
    const changes = summariesOnMerge(summaries, [quote('q', 'c3', 'T2')], project.codings, 'T2', 'X', 'now');
    expect(changes.putSummaries).toEqual([{ ...summaries[0], codeId: 'X', updatedAt: 'now' }]);
    expect(changes.deleteSummaries).toEqual([]);
    expect(changes.putKeyQuotes).toEqual([quote('q', 'c3', 'X')]);
  });

  it('joins two summaries of the same place, renumbering the source markers', () => {
    const summaries: Summary[] = [
      cell('target', 'T', 'Goed [1].', [c('c2')]),
      cell('source', 'T1', 'Vindt [1].', [c('c1')]),
      { ...cell('other', 'X', 'Los.', []), column: { by: 'perspective', value: 'jongeren' } },
    ];
    const changes = summariesOnMerge(summaries, [], project.codings, 'T1', 'T', 'now');
    expect(changes.deleteSummaries).toEqual(['source']);
    expect(changes.putSummaries).toHaveLength(1);
    const joined = changes.putSummaries[0] as CellSummary;
    expect(joined).toMatchObject({ id: 'target', text: 'Goed [1].\n\nVindt [2].', updatedAt: 'now' });
    expect(joined.citations.map((x) => x.codingId)).toEqual(['c2', 'c1']);
  });

  it('joins syntheses part by part', () => {
    const synthesis = (id: string, codeId: string, agree: string): ThemeSynthesis => ({
      id,
      kind: 'synthesis',
      codeId,
      column: { by: 'perspective', value: '' },
      parts: { agree, differ: '', unique: 'u' },
      citations: [],
      updatedAt: '',
    });
    const changes = summariesOnMerge(
      [synthesis('a', 'T', 'eens'), synthesis('b', 'T1', 'ook')],
      [],
      project.codings,
      'T1',
      'T',
      'now',
    );
    expect((changes.putSummaries[0] as ThemeSynthesis).parts).toEqual({
      agree: 'eens\n\nook',
      differ: '',
      unique: 'u\n\nu',
    });
  });

  it('points citations and key quotes of dropped duplicate codings at the kept coding', () => {
    const duplicate: Coding = { ...c('c2'), id: 'dup', codeId: 'T1' };
    const codings = [...project.codings, duplicate];
    const merged = mergeCodes(project.codes, codings, 'T1', 'T');
    expect(merged.ok && merged.data.codings.some((x) => x.id === 'dup')).toBe(false);
    const summaries: Summary[] = [{ ...cell('s', 'X', '[1]', [duplicate]), column }];
    const changes = summariesOnMerge(
      summaries,
      [quote('q1', 'dup', 'T1'), quote('q2', 'c2', 'T')],
      codings,
      'T1',
      'T',
      'now',
    );
    expect(changes.putSummaries[0]!.citations[0]!.codingId).toBe('c2');
    // q1 becomes the same key quote as q2 and goes.
    expect(changes.deleteKeyQuotes).toEqual(['q1']);
    expect(changes.putKeyQuotes).toEqual([]);
  });
});

describe('summariesOnDelete', () => {
  it('counts the summaries and key quotes of the deleted codes and keeps profiles', () => {
    const summaries: Summary[] = [
      cell('a', 'T1', 'x', []),
      cell('b', 'X', 'y', []),
      { id: 'p', kind: 'profile', codeId: null, column, text: 'p', citations: [], updatedAt: '' },
    ];
    const result = summariesOnDelete(
      summaries,
      [quote('q', 'c1', 'T1'), quote('r', 'c6', 'X')],
      ['T', 'T1', 'T2'],
    );
    expect(result.summaries.map((s) => s.id)).toEqual(['a']);
    expect(result.keyQuotes.map((q) => q.id)).toEqual(['q']);
  });
});
