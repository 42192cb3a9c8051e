import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LaneLayout, type LaneRange } from './lanes.ts';

const r = (id: string, start: number, end: number): LaneRange => ({ id, start, end });

function lanesOf(layout: LaneLayout, ranges: readonly LaneRange[]): number[] {
  return ranges.map((range) => layout.laneOf(range.id));
}

/** No two ranges that overlap share a lane. */
function separated(layout: LaneLayout, ranges: readonly LaneRange[]): boolean {
  return ranges.every((a, i) =>
    ranges.every(
      (b, j) =>
        i === j || a.end <= b.start || b.end <= a.start || layout.laneOf(a.id) !== layout.laneOf(b.id),
    ),
  );
}

/** The greedy layout from scratch: in start order, each range in the lowest lane that is free. */
function greedy(ranges: readonly LaneRange[]): number[] {
  const order = ranges
    .map((_, i) => i)
    .sort((a, b) => ranges[a]!.start - ranges[b]!.start || ranges[b]!.end - ranges[a]!.end);
  const ends: number[] = [];
  const lanes: number[] = new Array<number>(ranges.length).fill(0);
  for (const i of order) {
    let lane = ends.findIndex((end) => end <= ranges[i]!.start);
    if (lane < 0) lane = ends.length;
    ends[lane] = ranges[i]!.end;
    lanes[i] = lane;
  }
  return lanes;
}

const rangeList = fc
  .array(
    fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 60 })).map(([start, length]) => ({
      start,
      end: start + length,
    })),
    { maxLength: 40 },
  )
  .map((list) => list.map((range, i) => r(`c${i}`, range.start, range.end)));

describe('LaneLayout', () => {
  it('puts overlapping ranges in different lanes and reuses free lanes', () => {
    const ranges = [r('a', 0, 10), r('b', 5, 20), r('c', 12, 30), r('d', 21, 25)];
    const layout = new LaneLayout();
    layout.update(ranges);
    expect(lanesOf(layout, ranges)).toEqual([0, 1, 0, 1]);
    expect(layout.count).toBe(2);
  });

  it('keeps every lane when a range is added, and gives the new one the lowest free lane', () => {
    const ranges = [r('a', 0, 10), r('b', 5, 20), r('c', 12, 30)];
    const layout = new LaneLayout();
    layout.update(ranges);
    layout.update([...ranges, r('new', 8, 14)]);
    expect(lanesOf(layout, ranges)).toEqual([0, 1, 0]);
    expect(layout.laneOf('new')).toBe(2);
    layout.update([...ranges, r('gap', 30, 40)]);
    expect(layout.laneOf('gap')).toBe(0);
    expect(layout.count).toBe(2);
  });

  it('frees the lane of a removed range and moves a range whose bounds changed', () => {
    const layout = new LaneLayout();
    layout.update([r('a', 0, 10), r('b', 5, 20), r('c', 6, 9)]);
    expect(layout.count).toBe(3);
    layout.update([r('a', 0, 10), r('b', 5, 20)]);
    expect(layout.count).toBe(2);
    layout.update([r('a', 0, 10), r('b', 12, 20)]);
    expect(layout.laneOf('b')).toBe(0);
    expect(layout.count).toBe(1);
    layout.update([]);
    expect(layout.count).toBe(1);
  });

  it('equals the greedy layout from scratch', () => {
    fc.assert(
      fc.property(rangeList, (ranges) => {
        const layout = new LaneLayout();
        layout.update(ranges);
        expect(lanesOf(layout, ranges)).toEqual(greedy(ranges));
      }),
    );
  });

  it('never lets overlapping ranges share a lane, whatever is added and removed', () => {
    fc.assert(
      fc.property(fc.array(rangeList, { minLength: 1, maxLength: 6 }), (states) => {
        const layout = new LaneLayout();
        for (const state of states) {
          // Ids repeat across states, so some ranges stay, some move and some vanish.
          layout.update(state);
          expect(separated(layout, state)).toBe(true);
          expect(layout.count).toBeLessThanOrEqual(Math.max(1, state.length));
        }
      }),
    );
  });
});
