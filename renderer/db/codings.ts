import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import type { Coder, Coding } from '../../shared/model.ts';
import { refsOf } from './lists.ts';
import { visibleCodings, visibleDocumentCodings } from './visible.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb } from './schema.ts';

/** The codings of one document this computer shows (visible.ts), in text order (live). */
export function useDocumentCodings(db: ProjectDb, documentId: string | undefined): Coding[] | undefined {
  return useLiveQuery(() => (documentId ? visibleDocumentCodings(db, documentId) : []), [db, documentId]);
}

/** All codings of the project this computer shows (visible.ts) (live). */
export function useAllCodings(db: ProjectDb): Coding[] | undefined {
  return useLiveQuery(() => visibleCodings(db), [db]);
}

/** The project's coders (live). */
export function useCoders(db: ProjectDb): Coder[] | undefined {
  return useLiveQuery(() => db.coders.toArray(), [db]);
}

/** The coder this computer codes as (live); null until the user has given a name. */
export function useCurrentCoder(db: ProjectDb): Coder | null | undefined {
  return useLiveQuery(async () => {
    const setting = await db.settings.get('currentCoder');
    return setting ? ((await db.coders.get(String(setting.value))) ?? null) : null;
  }, [db]);
}

/** Sets the name this computer codes under (a new coder, or an existing one with that name). */
export async function setCurrentCoder(session: ProjectSession, name: string): Promise<Coder> {
  const { db } = session;
  const existing = (await db.coders.toArray()).find((c) => c.name === name.trim());
  const coder = existing ?? { id: newId(), name: name.trim() };
  await db.transaction('rw', db.coders, db.settings, async () => {
    await db.coders.put(coder);
    await db.settings.put({ key: 'currentCoder', value: coder.id });
  });
  return coder;
}

/** A new coding with its id and time, so that a view can show it before it is stored. */
export function newCoding(coding: Omit<Coding, 'id' | 'createdAt'>): Coding {
  return { ...coding, id: newId(), createdAt: new Date().toISOString() };
}

/** Applies a code to a range (undoable); returns the new coding. A coding from `newCoding` keeps its id. */
export async function addCoding(
  session: ProjectSession,
  coding: Omit<Coding, 'id' | 'createdAt'> | Coding,
): Promise<Coding> {
  const full = 'id' in coding ? coding : newCoding(coding);
  await session.history.commit('history.addCoding', { codings: { put: [full] } });
  return full;
}

/** Applies many codings as one undoable step (accepting suggestions, coding whole turns). */
export async function addCodings(
  session: ProjectSession,
  codings: Omit<Coding, 'id' | 'createdAt'>[],
): Promise<void> {
  const createdAt = new Date().toISOString();
  await session.history.commit('history.addCodings', {
    codings: { put: codings.map((c) => ({ ...c, id: newId(), createdAt })) },
  });
}

/** Changes a coding (its code, boundaries or memo). */
export async function updateCoding(session: ProjectSession, coding: Coding): Promise<void> {
  await session.history.commit('history.editCoding', { codings: { put: [coding] } });
}

/** Removes codings (undoable). */
export async function removeCodings(session: ProjectSession, codings: readonly Coding[]): Promise<void> {
  await session.history.commit('history.removeCoding', { codings: { delete: refsOf(codings) } });
}
