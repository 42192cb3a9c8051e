import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import type { SyncPoint } from '../../shared/recordings/timeline.ts';
import type { Recording } from '../../shared/recordings/types.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb } from './schema.ts';

/** The recording linked to a document (live); null when it has none. */
export function useRecording(db: ProjectDb, documentId: string): Recording | null | undefined {
  return useLiveQuery(
    async () => (await db.recordings.where('documentId').equals(documentId).first()) ?? null,
    [db, documentId],
  );
}

/** The ids of the documents that have a recording (live), for the document list. */
export function useRecordedDocumentIds(db: ProjectDb): Set<string> | undefined {
  return useLiveQuery(
    async () => new Set(await db.recordings.orderBy('documentId').uniqueKeys()) as Set<string>,
    [db],
  );
}

/** The sync points of a document (live). */
export function useSyncPoints(db: ProjectDb, documentId: string): SyncPoint[] | undefined {
  return useLiveQuery(() => db.syncPoints.where('documentId').equals(documentId).toArray(), [db, documentId]);
}

/** Links a recording to its document, replacing the one it had (one undoable step; the text is not touched). */
export async function linkRecording(session: ProjectSession, recording: Recording): Promise<void> {
  const previous = await session.db.recordings.where('documentId').equals(recording.documentId).primaryKeys();
  await session.history.commit('history.linkRecording', {
    recordings: { put: [recording], delete: previous.filter((id) => id !== recording.id) },
  });
}

/** Updates where a recording is (after relinking a moved file) or what it knows about itself. */
export async function updateRecording(session: ProjectSession, recording: Recording): Promise<void> {
  await session.history.commit('history.linkRecording', { recordings: { put: [recording] } });
}

/** Unlinks a document's recording; its sync points stay, for when it is linked again. */
export async function unlinkRecording(session: ProjectSession, recordingId: string): Promise<void> {
  await session.history.commit('history.unlinkRecording', { recordings: { delete: [recordingId] } });
}

/** Marks that the text at `offset` is heard at `time` (replacing a mark at the same offset). */
export async function setSyncPoint(
  session: ProjectSession,
  documentId: string,
  offset: number,
  time: number,
): Promise<void> {
  const same = await session.db.syncPoints
    .where('documentId')
    .equals(documentId)
    .filter((p) => p.offset === offset)
    .primaryKeys();
  await session.history.commit('history.syncPoint', {
    syncPoints: { delete: same, put: [{ id: newId(), documentId, offset, time }] },
  });
}

/** Removes a sync point. */
export async function removeSyncPoint(session: ProjectSession, id: string): Promise<void> {
  await session.history.commit('history.syncPoint', { syncPoints: { delete: [id] } });
}
