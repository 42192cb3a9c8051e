import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupRequests, createQuitGuard, type BackupTarget } from './backupRequests.ts';

function target(id: number, answer?: (requestId: number) => void): BackupTarget & { asked: number[] } {
  const asked: number[] = [];
  return {
    id,
    asked,
    requestBackup(requestId) {
      asked.push(requestId);
      answer?.(requestId);
    },
  };
}

describe('createBackupRequests', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves "none" without pages', async () => {
    await expect(createBackupRequests().request([], 1000)).resolves.toBe('none');
  });

  it('resolves "done" once every page answered', async () => {
    const requests = createBackupRequests();
    const a = target(1);
    const b = target(2);
    const outcome = requests.request([a, b], 1000);
    requests.done(a.asked[0] ?? -1, 1);
    requests.done(a.asked[0] ?? -1, 1);
    requests.done(a.asked[0] ?? -1, 99);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    requests.done(b.asked[0] ?? -1, 2);
    await expect(outcome).resolves.toBe('done');
  });

  it('resolves "timeout" when a page never answers', async () => {
    const requests = createBackupRequests();
    const outcome = requests.request([target(1)], 5000);
    vi.advanceTimersByTime(5000);
    await expect(outcome).resolves.toBe('timeout');
  });

  it('does not wait for a page that cannot be asked', async () => {
    const requests = createBackupRequests();
    const gone: BackupTarget = {
      id: 3,
      requestBackup() {
        throw new Error('Object has been destroyed');
      },
    };
    await expect(requests.request([gone], 5000)).resolves.toBe('done');
  });

  it('ignores answers to requests that already finished', async () => {
    const requests = createBackupRequests();
    const a = target(1);
    const outcome = requests.request([a], 10);
    vi.advanceTimersByTime(10);
    await outcome;
    expect(() => requests.done(a.asked[0] ?? -1, 1)).not.toThrow();
  });
});

describe('createQuitGuard', () => {
  it('holds the first quit until backups are done, then quits once', async () => {
    let finishBackups: () => void = () => undefined;
    const backupAll = vi.fn(() => new Promise<void>((resolve) => (finishBackups = resolve)));
    const quit = vi.fn();
    const guard = createQuitGuard(backupAll, quit);
    const onBeforeQuit = guard.onBeforeQuit;

    const first = { preventDefault: vi.fn() };
    const second = { preventDefault: vi.fn() };
    onBeforeQuit(first);
    onBeforeQuit(second);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(backupAll).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    expect(guard.mayQuit()).toBe(false);

    finishBackups();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(guard.mayQuit()).toBe(true);
    const third = { preventDefault: vi.fn() };
    onBeforeQuit(third);
    expect(third.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when the backups fail', async () => {
    const quit = vi.fn();
    createQuitGuard(() => Promise.reject(new Error('disk full')), quit).onBeforeQuit({
      preventDefault: () => undefined,
    });
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
  });
});
