import { describe, expect, it } from 'vitest';
import { groupProject } from '../coding/fixtures.ts';
import type { ProjectData } from '../model.ts';
import { alignToRoute, isQuestion, proposeQuestions, questionLabel } from './questions.ts';
import { responseOrder, transitionShares, transitions } from './turnTaking.ts';

const group = (): ProjectData =>
  groupProject([
    ['M', 'Welkom allemaal. Wat is voor jullie normaal?'],
    ['R1', 'Dat je jezelf mag zijn.'],
    ['M', 'Ga je gang.'],
    ['R2', 'Ik vind dat lastig.'],
    ['R1', 'Ja, precies.'],
    ['M', 'Dank je. Mag ik iets anders vragen?'],
    ['M', 'Hoe praten hulpverleners met jullie?'],
    ['R2', 'Vaak over mij in plaats van met mij.'],
    ['M', 'Graag.'],
  ]);

describe('isQuestion', () => {
  it.each([
    ['Wat is voor jullie normaal?', true],
    ['Vertel eens over je school.', true],
    ['Ja?', false],
    ['Ga je gang.', false],
    ['Graag.', false],
    ['Dank je wel, dat is helder.', false],
    ['Klopt dat voor jullie?', true],
  ])('%s → %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });

  it.each([
    ['Dank je. Amira?', false],
    ['Geen probleem, zeg het zoals je het wilt zeggen. Daan?', false],
    ['Oké. En jij, Daan?', false],
    ['Dank je. Iemand anders nog?', false],
    ['Dank je. Amira, wat vind jij daarvan?', true],
    ['Mooi. Kun je daar iets meer over vertellen, Amira?', true],
  ])('a turn that only gives the floor is no question: %s → %s', (text, expected) => {
    expect(isQuestion(text, new Set(['amira', 'daan']))).toBe(expected);
  });

  it('labels a turn by its asking sentence', () => {
    expect(questionLabel('Welkom allemaal. Wat is voor jullie normaal? Denk even na.')).toBe(
      'Wat is voor jullie normaal?',
    );
  });
});

describe('proposeQuestions', () => {
  it('segments at questions, merges consecutive ones, skips back-channel', () => {
    const p = group();
    const document = p.documents[0];
    if (!document) throw new Error('fixture');
    const questions = proposeQuestions(document, p.turns, p.speakers);
    expect(questions.map((q) => [q.turnId, q.label])).toEqual([
      ['d1:t0', 'Wat is voor jullie normaal?'],
      ['d1:t5', 'Hoe praten hulpverleners met jullie?'],
    ]);
    expect(questions[0]?.end).toBe(p.turns[5]?.start);
    expect(questions[1]?.end).toBe(p.turns[8]?.end);
  });

  it('starts no segment where the moderator only gives the floor by name', () => {
    const p = groupProject([
      ['M', 'Wat is voor jullie normaal?'],
      ['R1', 'Dat je jezelf mag zijn.'],
      ['M', 'Dank je. R2?'],
      ['R2', 'Voor mij is normaal dat niemand kijkt.'],
      ['M', 'Hoe praten hulpverleners met jullie?'],
      ['R1', 'Over mij.'],
    ]);
    const document = p.documents[0];
    if (!document) throw new Error('fixture');
    expect(proposeQuestions(document, p.turns, p.speakers).map((q) => q.label)).toEqual([
      'Wat is voor jullie normaal?',
      'Hoe praten hulpverleners met jullie?',
    ]);
  });

  it('reuses a route across groups by label', () => {
    const p = group();
    const document = p.documents[0];
    if (!document) throw new Error('fixture');
    const route = [
      { key: 'q1', label: 'Vraag 1: wat is normaal?' },
      { key: 'q2', label: 'Vraag 2: hoe praten hulpverleners met je?' },
    ];
    const aligned = alignToRoute(route, proposeQuestions(document, p.turns, p.speakers));
    expect(aligned.map((q) => q.routeKey)).toEqual(['q1', 'q2']);
  });
});

describe('turn-taking', () => {
  it('counts who follows whom and the transition shares', () => {
    const p = group();
    const matrix = transitions(p, 'd1');
    expect(matrix).toEqual({ M: { R1: 1, R2: 2, M: 1 }, R1: { M: 2 }, R2: { R1: 1, M: 1 } });
    expect(transitionShares(p, 'd1', matrix)).toEqual({
      total: 8,
      participantToParticipant: 1 / 8,
      moderatorToParticipant: 3 / 8,
      participantToModerator: 3 / 8,
    });
  });

  it('gives the response order per question', () => {
    const p = group();
    const document = p.documents[0];
    if (!document) throw new Error('fixture');
    const order = responseOrder(p, proposeQuestions(document, p.turns, p.speakers));
    expect([...order.values()]).toEqual([['d1:R1', 'd1:R2'], ['d1:R2']]);
  });
});
