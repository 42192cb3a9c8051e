/** A page that can be asked for backups (a window's webContents, behind this tiny interface). */
export type BackupTarget = { id: number; requestBackup(requestId: number): void };

export type BackupOutcome = 'done' | 'timeout' | 'none';

export type BackupRequests = {
  /** Asks every target to back up its open projects; resolves when all answered or after timeoutMs. */
  request(targets: readonly BackupTarget[], timeoutMs: number): Promise<BackupOutcome>;
  /** A page answered request `requestId`. Unknown ids and senders are ignored. */
  done(requestId: number, senderId: number): void;
};

type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Main's side of the backup handshake: main cannot read IndexedDB, so the page makes the snapshots. */
export function createBackupRequests(timers: Timers = realTimers): BackupRequests {
  let nextId = 1;
  const pending = new Map<number, { waiting: Set<number>; finish: (outcome: BackupOutcome) => void }>();

  function markDone(requestId: number, senderId: number): void {
    const entry = pending.get(requestId);
    if (entry === undefined || !entry.waiting.delete(senderId)) return;
    if (entry.waiting.size === 0) entry.finish('done');
  }

  return {
    request(targets, timeoutMs) {
      if (targets.length === 0) return Promise.resolve('none');
      const requestId = nextId++;
      return new Promise((resolve) => {
        const timer = timers.setTimeout(() => finish('timeout'), timeoutMs);
        function finish(outcome: BackupOutcome): void {
          timers.clearTimeout(timer);
          pending.delete(requestId);
          resolve(outcome);
        }
        pending.set(requestId, { waiting: new Set(targets.map((target) => target.id)), finish });
        for (const target of targets) {
          try {
            target.requestBackup(requestId);
          } catch {
            // A page that is gone cannot answer; do not wait for it.
            markDone(requestId, target.id);
          }
        }
      });
    },

    done: markDone,
  };
}

export type QuitGuard = {
  /** For app 'before-quit': holds the first quit back until the backups are done. */
  onBeforeQuit(event: { preventDefault(): void }): void;
  /** True once the backups ran and quitting may proceed (windows may then close). */
  mayQuit(): boolean;
};

/**
 * The quit flow: the first quit is held back while the pages store their backups (bounded by the
 * request's timeout), then quitting continues. A second quit during the wait is also held back.
 */
export function createQuitGuard(backupAll: () => Promise<unknown>, quit: () => void): QuitGuard {
  let state: 'idle' | 'backing-up' | 'done' = 'idle';
  return {
    onBeforeQuit(event) {
      if (state === 'done') return;
      event.preventDefault();
      if (state === 'backing-up') return;
      state = 'backing-up';
      void backupAll()
        .catch(() => undefined)
        .then(() => {
          state = 'done';
          quit();
        });
    },
    mayQuit: () => state === 'done',
  };
}

export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;
export const QUIT_BACKUP_TIMEOUT_MS = 15 * 1000;
