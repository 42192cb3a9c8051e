import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from './analysisIndex.ts';
import { cooccurrence, type CooccurrenceMode } from './cooccurrence.ts';
import { quotesFor, sideBySide } from './quotes.ts';
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
