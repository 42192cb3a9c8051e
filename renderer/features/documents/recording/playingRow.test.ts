import { describe, expect, it } from 'vitest';
import { PlayingRow } from './playingRow.ts';

describe('PlayingRow', () => {
  it('tells only the row that stops and the row that starts being heard', () => {
    const playing = new PlayingRow();
    const told: number[] = [];
    const stops = Array.from({ length: 100 }, (_, i) => playing.subscribe(i, () => told.push(i)));
    expect(playing.set(3)).toBe(true);
    expect(told).toEqual([3]);
    told.length = 0;
    expect(playing.set(4)).toBe(true);
    expect(told).toEqual([3, 4]);
    told.length = 0;
    // The same row again (every frame while it is heard) tells nobody.
    expect(playing.set(4)).toBe(false);
    expect(told).toEqual([]);
    expect(playing.set(-1)).toBe(true);
    expect(told).toEqual([4]);
    expect(playing.current).toBe(-1);
    stops.forEach((stop) => stop());
    told.length = 0;
    playing.set(7);
    expect(told).toEqual([]);
  });

  it('keeps a row that is listened to twice (a row mounted again while scrolling) until both stop', () => {
    const playing = new PlayingRow();
    let first = 0;
    let second = 0;
    const stopFirst = playing.subscribe(2, () => first++);
    const stopSecond = playing.subscribe(2, () => second++);
    stopFirst();
    playing.set(2);
    expect([first, second]).toEqual([0, 1]);
    stopSecond();
    playing.set(5);
    expect(second).toBe(1);
  });
});
