import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import type { Id, KoorDocument, Speaker, SpeakerRole } from '../../shared/model.ts';
import { composeTranscript, type DraftTurn } from '../../shared/recordings/transcribe.ts';
import type { Recording } from '../../shared/recordings/types.ts';
import { documentCodings, documentTurns, refsOf } from './lists.ts';
import type { ProjectSession } from './projects.ts';
import type { ProjectDb } from './schema.ts';

/** Starts a transcript of a recording: an empty document with the recording linked (one undoable step). */
export async function createTranscript(
  session: ProjectSession,
  document: Omit<KoorDocument, 'order'>,
  recording: Recording,
): Promise<void> {
  const order = await session.db.documents.count();
  await session.history.commit('history.newTranscript', {
    documents: { insert: [{ ...document, order }] },
    recordings: { put: [recording] },
  });
}

/**
 * Saves a transcript as it is typed: the document's text and every turn, turns no longer there removed (one
 * undoable step). Only for a document without codings (the transcription mode is closed to coded ones).
 */
export async function saveTranscript(session: ProjectSession, documentId: Id, drafts: readonly DraftTurn[]) {
  const { db } = session;
  const [document, before, codings] = await Promise.all([
    db.documents.get(documentId),
    documentTurns(db, documentId),
    documentCodings(db, documentId),
  ]);
  if (!document) throw new Error(`No document ${documentId}`);
  if (codings.length > 0) throw new Error(`Document ${documentId} has codings`);
  const { text, turns } = composeTranscript(documentId, drafts);
  const kept = new Set(turns.map((t) => t.id));
  await session.history.commit('history.transcribe', {
    documents: { put: [{ ...document, text }] },
    turns: { put: turns, delete: refsOf(before.filter((t) => !kept.has(t.id))) },
  });
}

/** Adds a speaker to a transcript being typed (one undoable step); returns it. */
export async function addTranscriptSpeaker(
  session: ProjectSession,
  documentId: Id,
  name: string,
  role: SpeakerRole,
): Promise<Speaker> {
  const clean = name.replace(/\s+/g, ' ').trim();
  const speaker: Speaker = { id: newId(), documentId, label: clean, name: clean, role, attributes: {} };
  await session.history.commit('history.addSpeaker', { speakers: { put: [speaker] } });
  return speaker;
}

/** How many codings a document has (live): the transcription mode is for documents without. */
export function useCodingCount(db: ProjectDb, documentId: Id): number | undefined {
  return useLiveQuery(async () => (await documentCodings(db, documentId)).length, [db, documentId]);
}
