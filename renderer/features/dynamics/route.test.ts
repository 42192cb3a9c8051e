import { describe, expect, it } from 'vitest';
import type { Speaker, Turn } from '../../../shared/model.ts';
import { moderatorCandidates } from './route.ts';

const speaker = (id: string, name: string): Speaker => ({
  id,
  documentId: 'd',
  label: name,
  name,
  role: 'participant',
  attributes: {},
});

/** A document of turns "speaker: text", one per line, with the turns at their offsets. */
function conversation(lines: [string, string][]): { document: { id: string; text: string }; turns: Turn[] } {
  let text = '';
  const turns: Turn[] = [];
  lines.forEach(([speakerId, words], i) => {
    turns.push({
      id: `t${i}`,
      documentId: 'd',
      speakerId,
      start: text.length,
      end: text.length + words.length,
    });
    text += `${words}\n`;
  });
  return { document: { id: 'd', text }, turns };
}

describe('moderatorCandidates', () => {
  it('puts the speaker who asks most first, whatever their label says', () => {
    const { document, turns } = conversation([
      ['s2', 'Ik begin wel. Bij ons is het chaos.'],
      ['s1', 'Welkom. Wat is voor jullie normaal?'],
      ['s2', 'Gewoon, thuis zijn.'],
      ['s3', 'Dat herken ik. Jij ook?'],
      ['s1', 'En wat vinden jullie van school? '],
      ['s3', 'Lastig.'],
    ]);
    const result = moderatorCandidates(
      document,
      [speaker('s2', 'Spreker 2'), speaker('s1', 'Spreker 1'), speaker('s3', 'Spreker 3')],
      turns,
    );
    expect(result.map((c) => [c.speaker.id, c.turns, c.questions])).toEqual([
      ['s1', 2, 2],
      ['s3', 2, 1],
      ['s2', 2, 0],
    ]);
  });

  it('leaves out speakers without turns in this group and turns of other documents', () => {
    const { document, turns } = conversation([['s1', 'Hoe gaat het?']]);
    const other: Turn = { id: 'x', documentId: 'other', speakerId: 's2', start: 0, end: 5 };
    const result = moderatorCandidates(document, [speaker('s1', 'A'), speaker('s2', 'B')], [...turns, other]);
    expect(result.map((c) => c.speaker.id)).toEqual(['s1']);
  });

  it('orders equal speakers by who spoke first', () => {
    const { document, turns } = conversation([
      ['b', 'Ja.'],
      ['a', 'Nee.'],
    ]);
    const result = moderatorCandidates(document, [speaker('a', 'A'), speaker('b', 'B')], turns);
    expect(result.map((c) => c.speaker.id)).toEqual(['b', 'a']);
  });
});
