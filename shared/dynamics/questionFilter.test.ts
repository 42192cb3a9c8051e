import { describe, expect, it } from 'vitest';
import { emptyProject, type ProjectData } from '../model.ts';
import { questionLabels, restrictToQuestion } from './questionFilter.ts';

const doc = (id: string, length: number) => ({
  id,
  name: id,
  format: 'txt' as const,
  text: 'x'.repeat(length),
  sourceHash: id,
  importedAt: '',
  attributes: {},
});
const turn = (id: string, documentId: string, start: number) => ({
  id,
  documentId,
  speakerId: null,
  start,
  end: start + 5,
});
const coding = (id: string, documentId: string, start: number) => ({
  id,
  documentId,
  codeId: 'c',
  start,
  end: start + 3,
  coderId: 'u',
  createdAt: '',
});

const project: ProjectData = {
  ...emptyProject('p'),
  documents: [doc('a', 100), doc('b', 100), doc('c', 100)],
  speakers: [{ id: 's', documentId: 'c', label: 'S', name: 'S', role: 'participant', attributes: {} }],
  turns: [
    turn('a1', 'a', 0),
    turn('a2', 'a', 40),
    turn('a3', 'a', 80),
    turn('b1', 'b', 10),
    turn('b2', 'b', 60),
  ],
  codings: [coding('x', 'a', 45), coding('y', 'a', 85), coding('z', 'b', 65), coding('w', 'b', 5)],
};
// Group a: "Vraag 1" at 0, "Vraag 2" at 40, "Vraag 3" at 80; group b: "Vraag 2" at 50 (to the end). Group c has no route.
const questions = [
  { documentId: 'a', label: 'Vraag 1', start: 0 },
  { documentId: 'a', label: 'Vraag 2', start: 40 },
  { documentId: 'a', label: 'Vraag 3', start: 80 },
  { documentId: 'b', label: 'Vraag 2', start: 50 },
];

describe('restrictToQuestion', () => {
  it('keeps the turns and codings that start in the segments of that question in every group', () => {
    const part = restrictToQuestion(project, questions, 'Vraag 2');
    expect(part.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(part.turns.map((t) => t.id)).toEqual(['a2', 'b2']);
    expect(part.codings.map((c) => c.id)).toEqual(['x', 'z']);
    expect(part.speakers).toEqual([]);
  });

  it('runs the last segment to the end of the text', () => {
    expect(restrictToQuestion(project, questions, 'Vraag 3').codings.map((c) => c.id)).toEqual(['y']);
  });

  it('lists the labels in route order', () => {
    expect(questionLabels(questions)).toEqual(['Vraag 1', 'Vraag 2', 'Vraag 3']);
  });
});
