import { describe, expect, it } from 'vitest';
import type { KoorDocument, Speaker, Turn } from '../model.ts';
import { speakerOverview } from './overview.ts';

const doc = (id: string, text: string, perspective: string): KoorDocument => ({
  id,
  name: id,
  format: 'txt',
  text,
  sourceHash: id,
  importedAt: '',
  attributes: { perspective },
});
const speaker = (id: string, documentId: string, role: Speaker['role'], perspective?: string): Speaker => ({
  id,
  documentId,
  label: id,
  name: id,
  role,
  attributes: perspective ? { perspective } : {},
});
const turn = (id: string, documentId: string, speakerId: string, start: number, end: number): Turn => ({
  id,
  documentId,
  speakerId,
  start,
  end,
});

describe('speakerOverview', () => {
  // d1: "een twee drie vier" (moderator 2 words, P1 2 words); d2: "vijf zes zeven" all by P2 (speaker perspective onderwijs)
  const documents = [doc('d1', 'een twee drie vier', 'ouders'), doc('d2', 'vijf zes zeven', 'ouders')];
  const speakers = [
    speaker('m', 'd1', 'moderator'),
    speaker('p1', 'd1', 'participant'),
    speaker('p2', 'd2', 'participant', 'onderwijs'),
  ];
  const turns = [turn('t1', 'd1', 'm', 0, 8), turn('t2', 'd1', 'p1', 9, 18), turn('t3', 'd2', 'p2', 0, 14)];

  it('counts turns, words and shares per document with the moderator share', () => {
    const { byDocument } = speakerOverview(documents, speakers, turns);
    expect(byDocument[0]).toMatchObject({ key: 'd1', words: 4, moderatorShare: 0.5 });
    expect(byDocument[0]!.rows.map((r) => [r.name, r.turns, r.words, r.share])).toEqual([
      ['m', 1, 2, 0.5],
      ['p1', 1, 2, 0.5],
    ]);
    // d2 has no moderator: its share is unknown, not 0 % (which reads as "the moderator said nothing").
    expect(byDocument[1]).toMatchObject({ words: 3, moderatorShare: null });
  });

  it('groups speakers by perspective, a speaker perspective overriding the document one', () => {
    const { byPerspective } = speakerOverview(documents, speakers, turns);
    expect(byPerspective.map((g) => [g.key, g.words, g.rows.length])).toEqual([
      ['ouders', 4, 2],
      ['onderwijs', 3, 1],
    ]);
  });
});

describe('speakerOverview at study size', () => {
  it('names the document of every speaker in a perspective, document by document', () => {
    const documents = [doc('g1', 'a b', 'ouders'), doc('g2', 'c d', 'ouders'), doc('g3', 'e f', 'ouders')];
    // Speakers arrive in database order (by id), not by document.
    const speakers = [
      speaker('z', 'g1', 'moderator'),
      speaker('a', 'g3', 'moderator'),
      speaker('m', 'g2', 'moderator'),
      speaker('b', 'g1', 'participant'),
    ];
    const { byPerspective } = speakerOverview(documents, speakers, []);
    expect(byPerspective[0]!.rows.map((r) => [r.documentName, r.name])).toEqual([
      ['g1', 'z'],
      ['g1', 'b'],
      ['g2', 'm'],
      ['g3', 'a'],
    ]);
  });

  it('counts speakers, turns and words per document, also turns without a speaker', () => {
    const documents = [doc('d1', 'een twee drie vier', 'ouders'), doc('d2', 'vijf zes', 'ouders')];
    const speakers = [speaker('m', 'd1', 'moderator'), speaker('p1', 'd1', 'participant')];
    const turns: Turn[] = [
      turn('t1', 'd1', 'm', 0, 8),
      turn('t2', 'd1', 'p1', 9, 18),
      { id: 't3', documentId: 'd2', speakerId: null, start: 0, end: 8 },
    ];
    const { counts } = speakerOverview(documents, speakers, turns);
    expect(counts.get('d1')).toEqual({ speakers: 2, turns: 2, words: 4 });
    expect(counts.get('d2')).toEqual({ speakers: 0, turns: 1, words: 2 });
  });

  it('lists a document’s speakers in the order they first speak, silent ones last, not in database order', () => {
    const documents = [doc('d1', 'een twee drie vier vijf zes', 'ouders')];
    const speakers = [
      speaker('a-silent', 'd1', 'participant'),
      speaker('b-second', 'd1', 'participant'),
      speaker('c-first', 'd1', 'moderator'),
      speaker('d-third', 'd1', 'participant'),
    ];
    const turns = [
      turn('t3', 'd1', 'd-third', 18, 22),
      turn('t1', 'd1', 'c-first', 0, 8),
      turn('t2', 'd1', 'b-second', 9, 17),
      turn('t4', 'd1', 'c-first', 23, 27),
    ];
    const { byDocument, byPerspective } = speakerOverview(documents, speakers, turns);
    const order = ['c-first', 'b-second', 'd-third', 'a-silent'];
    expect(byDocument[0]!.rows.map((r) => r.name)).toEqual(order);
    expect(byPerspective[0]!.rows.map((r) => r.name)).toEqual(order);
  });
});
