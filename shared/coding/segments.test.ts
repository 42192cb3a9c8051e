import { describe, expect, it } from 'vitest';
import { findAll, segmentRange, type Highlight } from './segments.ts';

const h = (start: number, end: number, key: string): Highlight => ({
  start,
  end,
  key,
  color: '#000000',
  kind: 'coding',
});

describe('segmentRange', () => {
  it('covers the range without gaps and stacks overlapping highlights', () => {
    const segments = segmentRange(0, 20, [h(2, 10, 'a'), h(5, 15, 'b')]);
    expect(segments.map((s) => [s.start, s.end, s.highlights.map((x) => x.key).join('')])).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 10, 'ab'],
      [10, 15, 'b'],
      [15, 20, ''],
    ]);
  });

  it('clips highlights that reach outside the range and ignores empty ones', () => {
    const segments = segmentRange(10, 20, [
      h(0, 12, 'a'),
      h(18, 40, 'b'),
      h(15, 15, 'empty'),
      h(30, 40, 'far'),
    ]);
    expect(segments.map((s) => [s.start, s.end, s.highlights.map((x) => x.key).join('')])).toEqual([
      [10, 12, 'a'],
      [12, 18, ''],
      [18, 20, 'b'],
    ]);
  });
});

describe('findAll', () => {
  it('finds every occurrence, ignoring case and accents, at the original offsets', () => {
    const text = 'Één gesprek, een GESPREK, geen gesprekken? Gesprék.';
    expect(findAll(text, 'gesprek').map((m) => text.slice(m.start, m.end))).toEqual([
      'gesprek',
      'GESPREK',
      'gesprek',
      'Gesprék',
    ]);
    expect(findAll(text, 'een').map((m) => m.start)).toEqual([0, 13, 27]);
    expect(findAll(text, '   ')).toEqual([]);
  });
});
