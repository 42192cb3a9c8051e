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

  it('waits behind other tasks after the frame: a background task where the browser has a scheduler', async () => {
    const queued: { work: () => void; priority: string }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (work: () => void, options: { priority: string }) => {
        queued.push({ work, priority: options.priority });
        return Promise.resolve();
      },
    });
    const done: string[] = [];
    afterPaint(() => done.push('stored'));
    drawFrame();
    await settle(10);
    expect(done).toEqual([]);
    expect(queued.map((task) => task.priority)).toEqual(['background']);
    queued[0]!.work();
    expect(done).toEqual(['stored']);
  });
});
