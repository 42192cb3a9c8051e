import { describe, expect, it } from 'vitest';
import { parseRatingsCsv } from './ratings.ts';

describe('parseRatingsCsv', () => {
  it.each([
    ['semicolons with a header', 'unit;coder;value\nu1;A;x\nu1;B;y\nu2;A;\nu2;B;x\n'],
    ['commas without a header', 'u1,A,x\r\nu1,B,y\r\nu2,A,\r\nu2,B,x'],
    [
      'a BOM and quotes',
      '\uFEFF"unit";"coder";"value"\n"u1";"A";"x"\n"u1";"B";"y"\n"u2";"A";""\n"u2";"B";"x"\n',
    ],
  ])('reads %s', (_name, text) => {
    const result = parseRatingsCsv(text);
    expect(result).toMatchObject({
      ok: true,
      data: {
        units: ['u1', 'u2'],
        coders: ['A', 'B'],
        values: [
          ['x', 'y'],
          [null, 'x'],
        ],
      },
    });
  });

  it('fills values a coder never gave with null', () => {
    const result = parseRatingsCsv('u1;A;1\nu2;B;2\n');
    expect(result.ok && result.data.values).toEqual([
      ['1', null],
      [null, '2'],
    ]);
  });

  it.each([
    ['an empty file', '', 'rigour.ratingsEmpty'],
    ['a row without a coder', 'u1;;x\n', 'rigour.ratingsBadRow'],
  ])('refuses %s', (_name, text, reason) => {
    expect(parseRatingsCsv(text)).toMatchObject({ ok: false, reason });
  });

  it('warns about a unit rated twice by one coder', () => {
    const result = parseRatingsCsv('u1;A;1\nu1;A;2\n');
    expect(result).toMatchObject({
      ok: true,
      data: { values: [['2']] },
      warnings: [{ key: 'rigour.ratingsDuplicate' }],
    });
  });
});
