import { describe, expect, it } from 'vitest';
import { buildAnalysisIndex } from './analysisIndex.ts';
import { at, testProject, TEXT_A } from './testProject.ts';

describe('buildAnalysisIndex', () => {
  it('orders codings by document order, start, end and position, and leaves invalid ones out', () => {
    const project = testProject();
    const [c1, c2, c3, c4, c5, c6] = project.codings;
    const wider = { ...c1!, id: 'c1-wider', end: c1!.end + 4 };
    project.codings = [
      c6!,
      { ...c3!, id: 'no-code', codeId: 'gone' },
      wider,
      c3!,
      c1!,
      { ...c5!, id: 'no-document', documentId: 'gone' },
      c5!,
      { ...c2!, id: 'empty', ...at(TEXT_A, 'goed'), end: at(TEXT_A, 'goed').start },
      c2!,
      c4!,
      { ...c1!, id: 'c1-again' },
    ];
    // B comes first when ordered first.
    project.documents = project.documents.map((d) => ({ ...d, order: d.id === 'B' ? 0 : 1 }));
    const index = buildAnalysisIndex(project);
    expect(index.codingIds).toEqual(['c5', 'c6', 'c4', 'c1', 'c1-again', 'c1-wider', 'c2', 'c3']);
    expect(index.codingIds.map((_, k) => project.codes[index.codingCode[k]!]!.id)).toEqual([
      'T1',
      'X',
      'X',
      'T1',
      'T1',
      'T1',
      'T',
      'T2',
    ]);
    expect([...index.codingDocument]).toEqual([0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('reuses word offsets only for the same text: a text changed in place is scanned again', () => {
    const project = testProject();
    const before = buildAnalysisIndex(project);
    const doc = project.documents[1]!;
    doc.text = `${doc.text} Nog een paar woorden erbij.`;
    const after = buildAnalysisIndex(project);
    expect(after.wordStarts[1]!.length).toBe(before.wordStarts[1]!.length + 5);
  });
});
