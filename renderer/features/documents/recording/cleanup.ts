import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Step } from '../../../db/history.ts';
import type { ProjectSession } from '../../../db/projects.ts';
import { storedKey, type Freed, type MediaStore } from '../../../platform/media.ts';

/**
 * When a recording stored in the browser (OPFS or the IndexedDB fallback) is removed: not when it is unlinked or
 * its document deleted, since undo must find it again, but once nothing can bring it back — no document links it
 * and no step of the undo history (undo or redo) could link it again. That is when the step drops out of the
 * history (past its 200 steps, or a redo replaced by a new step) and when the project is next opened (the
 * history lives as long as the page). Deleting the project removes all its recordings at once. A file on disk
 * (Electron) is the user's and never removed.
 */

/** The stored recordings (see `storedKey`) the project still needs: linked now, or linkable again by undo/redo. */
export async function recordingsInUse(session: ProjectSession): Promise<Set<string>> {
  const rows = [...(await session.db.recordings.toArray()), ...session.history.retained('recordings')];
  const keys = new Set<string>();
  for (const row of rows) {
    const key = storedKey(row.where);
    if (key) keys.add(key);
  }
  return keys;
}

const lockName = (projectId: string) => `koor-project-${projectId}`;
const held = new Map<string, Promise<void>>();

/**
 * Marks this page as having the project open, for as long as the page lives (its undo history does too): a
 * shared Web Lock, resolved once granted. Without Web Locks (an old browser) every page counts as alone.
 */
export function holdProject(projectId: string): Promise<void> {
  let granted = held.get(projectId);
  if (!granted) {
    const locks = globalThis.navigator?.locks;
    granted = locks
      ? new Promise<void>((resolve) => {
          void locks.request(lockName(projectId), { mode: 'shared' }, () => {
            resolve();
            return new Promise<never>(() => undefined);
          });
        })
      : Promise.resolve();
    held.set(projectId, granted);
  }
  return granted;
}

/** Whether another tab or window has the project open: its undo history might still need a recording. */
async function openElsewhere(projectId: string): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return false;
  await holdProject(projectId);
  const state = await locks.query();
  return (state.held ?? []).filter((lock) => lock.name === lockName(projectId)).length > 1;
}

/**
 * Removes the project's stored recordings that nothing needs any more (see above) and returns what that freed;
 * null when another tab has the project open, so the clean-up waits for a moment this page is alone.
 */
export async function cleanUpRecordings(session: ProjectSession, media: MediaStore): Promise<Freed | null> {
  if (await openElsewhere(session.id)) return null;
  return media.removeUnused(session.id, await recordingsInUse(session));
}

const namesRecordings = (steps: readonly Step[]) =>
  steps.some((step) => step.undo.recordings || step.redo.recordings);

/**
 * Cleans up the open project's stored recordings when it opens and whenever the history forgets a step that
 * could have linked one again; `onFreed` is told what was freed (only when something was).
 */
export function useRecordingCleanup(
  session: ProjectSession,
  media: MediaStore,
  onFreed: (freed: Freed) => void,
): void {
  const told = useRef(onFreed);
  useLayoutEffect(() => {
    told.current = onFreed;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<unknown> = Promise.resolve();
    let stopped = false;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // One clean-up at a time: a second waits for the first, so no file is counted twice.
        running = running.then(async () => {
          if (stopped) return;
          try {
            const freed = await cleanUpRecordings(session, media);
            if (!stopped && freed && freed.files > 0) told.current(freed);
          } catch (error) {
            console.error('recording clean-up failed', error);
          }
        });
      }, ms);
    };
    void holdProject(session.id);
    schedule(2000);
    const stop = session.history.onForget((steps) => namesRecordings(steps) && schedule(500));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop();
    };
  }, [session, media]);
}
