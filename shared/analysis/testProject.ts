/** A small hand-countable project shared by the analysis tests (see crosstab.test.ts for its numbers). */
import type { Code, Coding, KoorDocument, ProjectData, Speaker, Turn } from '../model.ts';

export const TEXT_A = 'Groep A\nM: Hallo allemaal.\nP1: Ik vind het gesprek goed.\nP2: Ja echt heel fijn.\n';
export const TEXT_B = 'J1: Gesprekken met ouders zijn lastig.\n';

/** The offsets of the n-th occurrence of a phrase. */
export function at(text: string, phrase: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return { start, end: start + phrase.length };
}

const doc = (id: string, name: string, text: string, perspective: string, order: number): KoorDocument => ({
  id,
  name,
  format: 'txt',
  text,
  sourceHash: id,
  importedAt: '2025-01-01T00:00:00Z',
  attributes: { perspective, setting: order === 0 ? 'formeel' : 'informeel' },
  order,
});

const speaker = (id: string, documentId: string, role: Speaker['role'], perspective?: string): Speaker => ({
  id,
  documentId,
  label: id,
  name: id,
  role,
  attributes: perspective ? { perspective } : {},
});

/** A turn over the text after "LABEL: " up to the end of its line. */
const turn = (id: string, documentId: string, text: string, label: string): Turn => {
  const start = text.indexOf(`${label}: `) + label.length + 2;
  return { id, documentId, speakerId: label, start, end: text.indexOf('\n', start) };
};

const code = (id: string, parentId: string | null, order: number): Code => ({
  id,
  parentId,
  name: id,
  color: '#000000',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order,
  codable: true,
});

const coding = (id: string, documentId: string, codeId: string, text: string, phrase: string): Coding => ({
  id,
  documentId,
  codeId,
  ...at(text, phrase),
  coderId: 'r',
  createdAt: '2025-01-01T00:00:00Z',
});

/** Two groups: A (ouders, with a moderator and one participant from onderwijs) and B (jongeren). */
export function testProject(): ProjectData {
  return {
    name: 'test',
    documents: [doc('A', 'Groep A', TEXT_A, 'ouders', 0), doc('B', 'Groep B', TEXT_B, 'jongeren', 1)],
    speakers: [
      speaker('M', 'A', 'moderator'),
      speaker('P1', 'A', 'participant'),
      speaker('P2', 'A', 'participant', 'onderwijs'),
      speaker('J1', 'B', 'participant'),
    ],
    turns: [
      turn('tM', 'A', TEXT_A, 'M'),
      turn('tP1', 'A', TEXT_A, 'P1'),
      turn('tP2', 'A', TEXT_A, 'P2'),
      turn('tJ1', 'B', TEXT_B, 'J1'),
    ],
    codes: [code('T', null, 0), code('T1', 'T', 1), code('T2', 'T', 2), code('X', null, 3)],
    codings: [
      coding('c1', 'A', 'T1', TEXT_A, 'vind het gesprek'),
      coding('c2', 'A', 'T', TEXT_A, 'het gesprek goed'),
      coding('c3', 'A', 'T2', TEXT_A, 'heel fijn'),
      coding('c4', 'A', 'X', TEXT_A, 'Hallo allemaal'),
      coding('c5', 'B', 'T1', TEXT_B, 'Gesprekken met ouders'),
      coding('c6', 'B', 'X', TEXT_B, 'zijn lastig'),
    ],
    coders: [{ id: 'r', name: 'R' }],
    memos: [],
    attributes: [
      {
        name: 'perspective',
        scope: 'document',
        type: 'choice',
        values: ['jongeren', 'ouders', 'onderwijs', 'gemeente'],
      },
    ],
  };
}
