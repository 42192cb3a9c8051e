import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_FALLBACK_MS, afterPaint } from './afterPaint.ts';

let frames: FrameRequestCallback[] = [];
const drawFrame = () => {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(performance.now()));
};
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

describe('afterPaint', () => {
  it('runs the work once, in a task after the next frame, not before it', async () => {
    const done: string[] = [];
    afterPaint(() => done.push('first'));
    afterPaint(() => done.push('second'));
    await settle(10);
    expect(done).toEqual([]);
    drawFrame();
    expect(done).toEqual([]);
    await settle(10);
    expect(done).toEqual(['first', 'second']);
    await settle(AFTER_PAINT_FALLBACK_MS + 20);
    expect(done).toEqual(['first', 'second']);
  });

  it('runs the work anyway when no frame comes (a hidden window)', async () => {
    const done: string[] = [];
    afterPaint(() => done.push('stored'));
    await settle(AFTER_PAINT_FALLBACK_MS / 2);
    expect(done).toEqual([]);
    await settle(AFTER_PAINT_FALLBACK_MS);
    expect(done).toEqual(['stored']);
    drawFrame();
    await settle(10);
    expect(done).toEqual(['stored']);
  });
});
