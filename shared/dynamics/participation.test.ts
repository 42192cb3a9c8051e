import { describe, expect, it } from 'vitest';
import { groupProject } from '../coding/fixtures.ts';
import { gini, normalisedEntropy, participation } from './participation.ts';

describe('gini', () => {
  it.each([
    ['equal participation', [10, 10, 10, 10], 0],
    ['one speaker holds all words (n = 4)', [0, 0, 40, 0], 3 / 4],
    ['one speaker holds all words (n = 5)', [0, 0, 0, 0, 9], 4 / 5],
    // Hand-computed: Σ|xi−xj| over ordered pairs of (1, 2, 3) = 2·(1 + 2 + 1) = 8; 2·n²·x̄ = 2·9·2 = 36.
    ['1, 2, 3', [1, 2, 3], 8 / 36],
    ['a single participant', [7], 0],
  ])('%s', (_name, values, expected) => {
    expect(gini(values)).toBeCloseTo(expected, 10);
  });

  it('is NaN when nobody spoke', () => {
    expect(gini([0, 0])).toBeNaN();
  });
});

describe('normalisedEntropy', () => {
  it.each([
    ['equal participation', [5, 5, 5], 1],
    ['one speaker only', [0, 12, 0], 0],
    // H = −(¾ ln ¾ + ¼ ln ¼) = 0.5623; / ln 2 = 0.8113.
    ['three to one', [3, 1], 0.8113],
    ['a single participant', [4], 1],
  ])('%s', (_name, values, expected) => {
    expect(normalisedEntropy(values)).toBeCloseTo(expected, 4);
  });
});

describe('participation', () => {
  const project = groupProject(
    [
      ['M', 'Wat is normaal voor jullie?'],
      ['R1', 'Een twee drie vier.'],
      ['R2', 'Een twee drie vier.'],
      ['M', 'En verder?'],
      ['R1', 'Een twee.'],
    ],
    { times: true },
  );
  project.speakers.push({
    id: 'd1:R3',
    documentId: 'd1',
    label: 'R3',
    name: 'R3',
    role: 'participant',
    attributes: {},
  });

  it('counts turns, words, shares and speaking time per speaker', () => {
    const p = participation(project, 'd1');
    expect(p.speakers.map((s) => [s.label, s.turns, s.words, s.seconds])).toEqual([
      ['M', 2, 7, 10],
      ['R1', 2, 6, 10],
      ['R2', 1, 4, 5],
      ['R3', 0, 0, undefined],
    ]);
    expect(p.totalWords).toBe(17);
    expect(p.moderatorShare).toBeCloseTo(7 / 17, 10);
    expect(p.silent).toEqual(['d1:R3']);
    expect(p.gini).toBeCloseTo(gini([6, 4, 0]), 10);
  });

  it('restricts to a segment', () => {
    const third = project.turns[3];
    if (!third) throw new Error('fixture');
    const p = participation(project, 'd1', { start: third.start, end: Infinity });
    expect(p.speakers.map((s) => s.turns)).toEqual([1, 1, 0, 0]);
    expect(p.silent).toEqual(['d1:R2', 'd1:R3']);
  });
});
