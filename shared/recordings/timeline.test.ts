import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  formatClock,
  latestTime,
  spanOf,
  timeAtOffset,
  turnIndexAt,
  turnTimes,
} from './timeline.ts';

const turns = [
  { start: 0 },
  { start: 100, time: 10 },
  { start: 200 },
  { start: 300, time: 40 },
  { start: 400 },
];

describe('timeline', () => {
  it('keeps transcript times and interpolates the turns between them by text offset', () => {
    const timeline = buildTimeline(turns, [], 500);
    expect(turnTimes(timeline, turns)).toEqual([
      { time: 0, estimated: false },
      { time: 10, estimated: false },
      { time: 25, estimated: true },
      { time: 40, estimated: false },
      undefined,
    ]);
  });

  it('uses the duration for the turns after the last known time', () => {
    const timeline = buildTimeline(turns, [], 500, 60);
    expect(turnTimes(timeline, turns)[4]).toEqual({ time: 50, estimated: true });
  });

  it('lets a sync point win over a transcript time and pulls the interpolation with it', () => {
    const timeline = buildTimeline(
      turns,
      [
        { offset: 200, time: 35 },
        { offset: 100, time: 12 },
      ],
      500,
    );
    const times = turnTimes(timeline, turns).map((t) => t?.time);
    expect(times).toEqual([0, 12, 35, 40, undefined]);
    expect(turnTimes(timeline, turns)[2]!.estimated).toBe(false);
  });

  it('interpolates a text without any times from 0 to the duration', () => {
    const plain = [{ start: 0 }, { start: 250 }, { start: 750 }];
    expect(turnTimes(buildTimeline(plain, [], 1000, 100), plain).map((t) => t?.time)).toEqual([0, 25, 75]);
    expect(turnTimes(buildTimeline(plain, [], 1000), plain).map((t) => t?.time)).toEqual([
      0,
      undefined,
      undefined,
    ]);
  });

  it('drops a time that goes backwards', () => {
    const wrong = [
      { start: 0, time: 5 },
      { start: 10, time: 2 },
      { start: 20, time: 9 },
    ];
    const timeline = buildTimeline(wrong, [], 30);
    expect(timeline.times).toEqual([5, 9]);
    expect(timeAtOffset(timeline, 10)).toBe(7);
  });

  it('finds the turn playing at a time, and the span of a coding', () => {
    const timeline = buildTimeline(turns, [], 500, 60);
    const times = turnTimes(timeline, turns);
    expect(turnIndexAt(times, 0)).toBe(0);
    expect(turnIndexAt(times, 9.9)).toBe(0);
    expect(turnIndexAt(times, 10)).toBe(1);
    expect(turnIndexAt(times, 26)).toBe(2);
    expect(turnIndexAt(times, 999)).toBe(4);
    expect(turnIndexAt([undefined, { time: 3, estimated: false }], 1)).toBe(-1);
    expect(spanOf(timeline, { start: 150, end: 250 })).toEqual({ start: 17.5, end: 32.5 });
  });

  it('keeps times monotonic in text order for any anchors (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.nat(1000), time: fc.double({ min: 0, max: 3600, noNaN: true }) })),
        fc.option(fc.double({ min: 0, max: 7200, noNaN: true }), { nil: undefined }),
        (points, duration) => {
          const timeline = buildTimeline([], points, 1000, duration);
          let previous = -Infinity;
          for (let offset = 0; offset <= 1000; offset += 37) {
            const time = timeAtOffset(timeline, offset);
            if (time === undefined) continue;
            expect(time).toBeGreaterThanOrEqual(previous - 1e-9);
            previous = time;
          }
        },
      ),
    );
  });

  it('reports the latest time and formats clocks', () => {
    expect(latestTime([{ time: 3, endTime: 8 }, { time: 5 }], [{ time: 7 }])).toBe(8);
    expect(formatClock(3723.9)).toBe('1:02:03');
    expect(formatClock(-1)).toBe('0:00:00');
  });
});
