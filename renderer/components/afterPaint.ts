import { startTransition, useEffect, useState } from 'react';

/** How long a write waits for a frame at most: a hidden or minimised window draws none. */
export const AFTER_PAINT_FALLBACK_MS = 100;

type PostTask = (work: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * Queues `work` behind every other task: Chromium's `scheduler.postTask` at background priority, which runs after
 * input, rendering and ordinary tasks (another key press, the next frame); a message-channel task (not throttled
 * like a timeout) where there is no scheduler.
 */
function inBackground(work: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) {
    void scheduler.postTask(work, { priority: 'background' });
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    work();
  };
  channel.port2.postMessage(null);
}

/**
 * Runs `work` once the next frame has been handed to the compositor: in a background task after the first
 * animation frame, or after AFTER_PAINT_FALLBACK_MS when no frame comes, as in a hidden window. What the user
 * sees changing (a new stripe) is drawn first; work that does not change the screen (storing the coding, undo
 * history) follows in its own task, behind the frame and behind the user's next key press or click instead of
 * ahead of them. Work queued in one order runs in that order.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, AFTER_PAINT_FALLBACK_MS);
  requestAnimationFrame(() => inBackground(run));
}

/**
 * False on a component's first render, true once that render is on screen (see afterPaint). For a part of a
 * screen that may come a frame later, such as a chart below the fold, so that the rest is drawn first instead
 * of waiting for it in one long task.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let live = true;
    // As a transition, React renders it in slices that let a click or key press in between.
    afterPaint(() => {
      if (live) startTransition(() => setPainted(true));
    });
    return () => {
      live = false;
    };
  }, []);
  return painted;
}
