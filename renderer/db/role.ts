/**
 * This person's role in a shared project, as this computer knows it: whether they read only. The answer is kept
 * per project database and followed live, so the many editors of a screen share one query and an editor opened
 * later knows it at once (renderer/sync/readOnly.ts turns it into the reason the controls show).
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ProjectDb } from './schema.ts';
import { TEAM_SETTING } from './visible.ts';

/** This computer's setting holding this person's role in the shared project (as the server last said). */
export const ROLE_SETTING = 'teamRole';

/** Whether the project in `db` is shared with this person as a reader (from this computer's settings). */
export async function isReader(db: ProjectDb): Promise<boolean> {
  const [team, role] = await db.settings.bulkGet([TEAM_SETTING, ROLE_SETTING]);
  return Boolean(team?.value) && role?.value === 'reader';
}

type ReaderState = { reader: boolean; listeners: Set<() => void>; subscription: Subscription | null };

const states = new WeakMap<ProjectDb, ReaderState>();

function stateOf(db: ProjectDb): ReaderState {
  let state = states.get(db);
  if (!state) {
    state = { reader: false, listeners: new Set(), subscription: null };
    states.set(db, state);
  }
  return state;
}

/** Whether `db`'s project is read only for this person, as last read (false until first read). */
export function readerNow(db: ProjectDb): boolean {
  return stateOf(db).reader;
}

/** Calls `listener` whenever `readerNow(db)` changes; the query runs while anyone listens. */
export function watchReader(db: ProjectDb, listener: () => void): () => void {
  const state = stateOf(db);
  state.listeners.add(listener);
  state.subscription ??= liveQuery(() => isReader(db)).subscribe({
    next: (reader) => {
      if (reader === state.reader) return;
      state.reader = reader;
      state.listeners.forEach((notify) => notify());
    },
    error: () => undefined,
  });
  return () => {
    state.listeners.delete(listener);
    if (state.listeners.size === 0) {
      state.subscription?.unsubscribe();
      state.subscription = null;
    }
  };
}
