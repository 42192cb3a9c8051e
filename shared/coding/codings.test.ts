import { describe, expect, it } from 'vitest';
import type { Turn } from '../model.ts';
import { codeWholeTurn, codingsOverlapping, filterCodes, turnAt } from './codings.ts';
import { code, coding } from './fixtures.ts';

describe('codingsOverlapping', () => {
  const codings = [coding('a', 'x', 0, 10), coding('b', 'x', 5, 15), coding('c', 'x', 15, 20)];
  it.each([
    ['a range inside one', 1, 3, ['a']],
    ['a range across two', 8, 12, ['a', 'b']],
    ['touching ends do not overlap', 10, 15, ['b']],
    ['an empty range at a point', 15, 15, ['c']],
    ['nothing', 30, 40, []],
  ])('%s', (_name, start, end, ids) => {
    expect(codingsOverlapping(codings, start, end).map((c) => c.id)).toEqual(ids);
  });
});

describe('turnAt', () => {
  const turns: Turn[] = [
    { id: 't1', documentId: 'd1', speakerId: 's1', start: 5, end: 20 },
    { id: 't2', documentId: 'd1', speakerId: 's2', start: 22, end: 40 },
    { id: 't3', documentId: 'd1', speakerId: 's1', start: 40, end: 41 },
  ];
  it.each([
    [0, undefined],
    [5, 't1'],
    [19, 't1'],
    [20, undefined],
    [22, 't2'],
    [40, 't3'],
    [99, undefined],
  ])('offset %i is in %s', (offset, id) => {
    expect(turnAt(turns, offset)?.id).toBe(id);
  });

  it('codes a whole turn', () => {
    const c = codeWholeTurn(turns[1] as Turn, 'taal', 'A', 'now');
    expect(c).toMatchObject({
      documentId: 'd1',
      codeId: 'taal',
      start: 22,
      end: 40,
      coderId: 'A',
      createdAt: 'now',
    });
  });
});

describe('filterCodes', () => {
  const codes = [
    code('1', null, 0, { name: 'Acceptatie van imperfectie' }),
    code('2', null, 1, { name: 'Taal' }),
    code('3', null, 2, { name: 'Positieve blik' }),
    code('4', null, 3, { name: 'Brede blik' }),
    code('5', null, 4, { name: 'Één gesprek' }),
    code('6', null, 5, { name: 'Taalgebruik' }),
  ];
  it.each([
    ['exact before prefix', 'taal', ['Taal', 'Taalgebruik']],
    ['word prefix', 'blik', ['Positieve blik', 'Brede blik']],
    ['diacritics and case ignored', 'EEN', ['Één gesprek']],
    ['substring', 'perfect', ['Acceptatie van imperfectie']],
    ['letters in order', 'pb', ['Positieve blik']],
    ['no match', 'xyz', []],
  ])('%s', (_name, query, names) => {
    expect(filterCodes(codes, query).map((c) => c.name)).toEqual(names);
  });

  it('returns everything for an empty query', () => {
    expect(filterCodes(codes, '  ')).toHaveLength(6);
  });
});
