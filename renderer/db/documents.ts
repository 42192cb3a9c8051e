import { useLiveQuery } from 'dexie-react-hooks';
import { applyTextEdit, moveRange, type TextEdit } from '../../shared/coding/offsets.ts';
import type { KoorDocument, Speaker, Turn } from '../../shared/model.ts';
import { moveCitations } from '../../shared/synthesis/citations.ts';
import { allTurns, documentCodings, documentTurns, refsOf } from './lists.ts';
import type { ProjectSession } from './projects.ts';
import { touchProject } from './projects.ts';
import type { Patch } from './patch.ts';
import type { ProjectDb } from './schema.ts';

/** A document with its speakers and turns, as an importer produces it. */
export type DocumentBundle = { document: KoorDocument; speakers: Speaker[]; turns: Turn[] };

/** All documents in project order (live). */
export function useDocuments(db: ProjectDb): KoorDocument[] | undefined {
  return useLiveQuery(() => db.documents.orderBy('order').toArray(), [db]);
}

/** One document (live); null when it does not exist. */
export function useDocument(db: ProjectDb, id: string | undefined): KoorDocument | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.documents.get(id)) ?? null) : null), [db, id]);
}

/** All speakers of the project (live). */
export function useSpeakers(db: ProjectDb): Speaker[] | undefined {
  return useLiveQuery(() => db.speakers.toArray(), [db]);
}

/** The turns of one document in text order (live). */
export function useTurns(db: ProjectDb, documentId: string | undefined): Turn[] | undefined {
  return useLiveQuery(() => (documentId ? documentTurns(db, documentId) : []), [db, documentId]);
}

/** All turns of the project (live). */
export function useAllTurns(db: ProjectDb): Turn[] | undefined {
  return useLiveQuery(() => allTurns(db), [db]);
}

/** Source hashes already in the project, to flag a file imported twice. */
export async function knownHashes(db: ProjectDb): Promise<Map<string, string>> {
  const docs = await db.documents.toArray();
  return new Map(docs.map((d) => [d.sourceHash, d.name]));
}

/** Progress of storing an import: documents written so far, and whether the write is already committing. */
export type StoreProgress = { stored: number; total: number; committing: boolean };

/**
 * Stores imported documents with their speakers and turns: one transaction and one undo step, written a
 * document at a time so the page stays responsive and can show progress. Aborting `signal` before the
 * transaction commits stores nothing (returns 'stopped'); once it commits, the import is complete.
 */
export async function storeDocuments(
  session: ProjectSession,
  bundles: DocumentBundle[],
  options: { signal?: AbortSignal; onProgress?: (progress: StoreProgress) => void } = {},
): Promise<'stored' | 'stopped'> {
  const first = await session.db.documents.count();
  const total = bundles.length;
  const parts: Patch[] = bundles.map((b, i) => ({
    // Fresh ids: added without reading 24,000 absent rows first for the undo step.
    documents: { insert: [{ ...b.document, order: first + i }] },
    speakers: { insert: b.speakers },
    turns: { insert: b.turns },
  }));
  try {
    await session.history.commitParts('history.import', parts, {
      ...(options.signal ? { signal: options.signal } : {}),
      onPart: (stored) => options.onProgress?.({ stored, total, committing: stored === total }),
    });
  } catch (error) {
    // Stopped (Dexie reports our abort as its own AbortError), or failed after a stop: either way, nothing stored.
    if (options.signal?.aborted) return 'stopped';
    throw error;
  }
  await touchProject(session.id);
  return 'stored';
}

/** Changes a document's name or attributes (perspective, domain …). */
export async function updateDocument(session: ProjectSession, document: KoorDocument): Promise<void> {
  await session.history.commit('history.editDocument', { documents: { put: [document] } });
}

/** Changes a speaker's name, role or attributes. */
export async function updateSpeakers(session: ProjectSession, speakers: Speaker[]): Promise<void> {
  await session.history.commit('history.editSpeaker', { speakers: { put: speakers } });
}

/** Removes a document with its speakers, turns and codings (undoable). */
export async function deleteDocument(session: ProjectSession, id: string): Promise<void> {
  const { db } = session;
  const [speakers, turns, codings, recordings, syncPoints] = await Promise.all([
    db.speakers.where('documentId').equals(id).primaryKeys(),
    documentTurns(db, id),
    documentCodings(db, id),
    db.recordings.where('documentId').equals(id).primaryKeys(),
    db.syncPoints.where('documentId').equals(id).primaryKeys(),
  ]);
  await session.history.commit('history.deleteDocument', {
    documents: { delete: [id] },
    speakers: { delete: speakers },
    turns: { delete: refsOf(turns) },
    codings: { delete: refsOf(codings) },
    recordings: { delete: recordings },
    syncPoints: { delete: syncPoints },
  });
}

/**
 * Replaces [start, end) of a document's text (a typo, a name) and moves its turns and codings with the
 * words, in one undoable step. Returns how many codings lost all their words (they are removed).
 */
export async function editDocumentText(
  session: ProjectSession,
  documentId: string,
  edit: TextEdit,
): Promise<{ removedCodings: number }> {
  const { db } = session;
  const [document, turns, codings, syncPoints, summaries] = await Promise.all([
    db.documents.get(documentId),
    documentTurns(db, documentId),
    documentCodings(db, documentId),
    db.syncPoints.where('documentId').equals(documentId).toArray(),
    db.summaries.toArray(),
  ]);
  if (!document) throw new Error(`No document ${documentId}`);
  const movedTurns = applyTextEdit(document.text, turns, edit);
  const movedCodings = applyTextEdit(document.text, codings, edit);
  const collapsed = new Set(movedCodings.collapsed.map((c) => c.id));
  const preambleEnd =
    document.preambleEnd === undefined
      ? undefined
      : moveRange({ start: 0, end: document.preambleEnd }, edit).end;
  await session.history.commit('history.editText', {
    documents: {
      put: [{ ...document, text: movedTurns.text, ...(preambleEnd === undefined ? {} : { preambleEnd }) }],
    },
    turns: { put: movedTurns.ranges },
    codings: {
      put: movedCodings.ranges.filter((c) => !collapsed.has(c.id)),
      delete: movedCodings.collapsed.map((c) => ({ id: c.id, documentId })),
    },
    // Sync points stay on the words they mark.
    syncPoints: {
      put: syncPoints.map((p) => ({
        ...p,
        offset: moveRange({ start: p.offset, end: p.offset }, edit).start,
      })),
    },
    // Citations stay on their words, exactly as codings do (and break, shown as broken, when those go).
    summaries: { put: moveCitations(summaries, documentId, edit) },
  });
  return { removedCodings: collapsed.size };
}
