import { describe, expect, it } from 'vitest';
import type { Code, Coding, ProjectData } from '../model.ts';
import { formatFragments, fragmentCounts, retrieveFragments } from './retrieval.ts';

const code = (id: string, parentId: string | null): Code => ({
  id,
  parentId,
  name: id,
  color: '#000000',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order: 0,
  codable: true,
});
const coding = (id: string, codeId: string, start: number, end: number, coderId = 'anna'): Coding => ({
  id,
  documentId: 'd1',
  codeId,
  start,
  end,
  coderId,
  createdAt: '',
});

//            0         1         2         3
//            0123456789012345678901234567890123456
const text = 'Welkom allemaal.\n\nIk vind taal belangrijk.';
const project: ProjectData = {
  name: 'p',
  documents: [
    {
      id: 'd1',
      name: 'Ouders',
      format: 'txt',
      text,
      sourceHash: '',
      importedAt: '',
      attributes: { perspective: 'ouders' },
    },
  ],
  speakers: [
    { id: 'm', documentId: 'd1', label: 'I', name: 'I', role: 'moderator', attributes: {} },
    {
      id: 'r1',
      documentId: 'd1',
      label: 'R1',
      name: 'R1',
      role: 'participant',
      attributes: { perspective: 'pleegouders' },
    },
  ],
  turns: [
    { id: 't1', documentId: 'd1', speakerId: 'm', start: 0, end: 16 },
    { id: 't2', documentId: 'd1', speakerId: 'r1', start: 18, end: 42 },
  ],
  codes: [code('taal', null), code('labels', 'taal'), code('other', null)],
  codings: [
    coding('c1', 'taal', 26, 30),
    coding('c2', 'labels', 18, 23, 'bert'),
    coding('c3', 'other', 0, 6),
  ],
  coders: [],
  memos: [],
  attributes: [],
};

describe('retrieveFragments', () => {
  it('finds the codings of a code with context, speaker and the speaker perspective', () => {
    const [f, ...rest] = retrieveFragments(project, { codeIds: ['taal'] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      codingId: 'c1',
      text: 'taal',
      speakerName: 'R1',
      perspective: 'pleegouders',
      coderId: 'anna',
    });
    // The moderator's welcome is another person's words: the context names both speakers.
    expect(f!.before).toEqual([
      { speaker: 'I', text: 'Welkom allemaal.' },
      { speaker: 'R1', text: 'Ik vind ' },
    ]);
    expect(f!.after).toEqual([{ speaker: null, text: ' belangrijk.' }]);
  });

  it('rolls in sub-codes on request and filters by coder, perspective and speaker', () => {
    expect(
      retrieveFragments(project, { codeIds: ['taal'], withSubcodes: true }).map((f) => f.codingId),
    ).toEqual(['c2', 'c1']);
    expect(
      retrieveFragments(project, { codeIds: ['taal'], withSubcodes: true, coderIds: ['bert'] }).map(
        (f) => f.codingId,
      ),
    ).toEqual(['c2']);
    expect(
      retrieveFragments(project, { codeIds: ['taal', 'other'], perspectives: ['ouders'] }).map(
        (f) => f.codingId,
      ),
    ).toEqual(['c3']);
    expect(
      retrieveFragments(project, { codeIds: ['taal', 'other'], speakerIds: ['m'] }).map((f) => f.codingId),
    ).toEqual(['c3']);
  });

  it('counts per code what choosing that code alone lists, with and without sub-codes', () => {
    for (const withSubcodes of [false, true]) {
      const counts = fragmentCounts(project, withSubcodes);
      for (const { id } of project.codes) {
        expect(counts.get(id) ?? 0).toBe(retrieveFragments(project, { codeIds: [id], withSubcodes }).length);
      }
    }
    expect(fragmentCounts(project, true).get('taal')).toBe(2);
    expect(fragmentCounts(project, false).get('taal')).toBe(1);
  });

  it('formats quotes for a report', () => {
    expect(formatFragments(retrieveFragments(project, { codeIds: ['taal'] }))).toBe(
      '“taal”\n— R1, pleegouders, Ouders',
    );
  });
});
