/** How long a write waits for a frame at most: a hidden or minimised window draws none. */
export const AFTER_PAINT_FALLBACK_MS = 100;

/**
 * Runs `work` once the next frame has been handed to the compositor: in the task after the first animation
 * frame (a message-channel task, which is not throttled like a timeout), or after AFTER_PAINT_FALLBACK_MS when no
 * frame comes, as in a hidden window. What the user sees changing (a new stripe) is drawn first; work that does
 * not change the screen (storing the coding, undo history) follows in its own task instead of delaying that frame.
 * Work queued in one order runs in that order.
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
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}
