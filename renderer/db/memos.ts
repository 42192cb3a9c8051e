import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import { memoTargetKey, type Memo, type MemoTarget } from '../../shared/model.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb } from './schema.ts';

/** All memos, newest first (live). */
export function useMemos(db: ProjectDb): Memo[] | undefined {
  return useLiveQuery(
    () => db.memos.toArray().then((m) => m.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
    [db],
  );
}

/** The memo of one target (project, document, code), or null (live). */
export function useMemoOf(db: ProjectDb, target: MemoTarget): Memo | null | undefined {
  const key = memoTargetKey(target);
  return useLiveQuery(async () => (await db.memos.where('target').equals(key).first()) ?? null, [db, key]);
}

/** Writes the memo of a target (creating it the first time); an empty text removes it. Undoable. */
export async function saveMemo(
  session: ProjectSession,
  target: MemoTarget,
  title: string,
  text: string,
): Promise<void> {
  const key = memoTargetKey(target);
  const existing = await session.db.memos.where('target').equals(key).first();
  if (!text.trim()) {
    if (existing) await session.history.commit('history.memo', { memos: { delete: [existing.id] } });
    return;
  }
  const memo: Memo = {
    id: existing?.id ?? newId(),
    target: key,
    title,
    text,
    updatedAt: new Date().toISOString(),
  };
  await session.history.commit('history.memo', { memos: { put: [memo] } });
}
