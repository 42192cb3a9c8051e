/**
 * Two computers sharing a project in a unit test: each a Dexie project whose history is mirrored into its own Yjs
 * documents, and sync() to send one's updates to the other as the team server would.
 */
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import type { Code, Coding, KoorDocument, Turn } from '../../shared/model.ts';
import { observeLostTexts } from '../../shared/sync/summaryDoc.ts';
import { History } from '../db/history.ts';
import { applyPatch } from '../db/patch.ts';
import { openProjectDb, type ProjectDb } from '../db/schema.ts';
import { defineParts, mirrorWrite, projectPatch, transcriptPatch, type SharedDocs } from './mirror.ts';

const dbs: ProjectDb[] = [];

/** Deletes the computers' databases (call after each test). */
export async function removeComputers(): Promise<void> {
  for (const db of dbs.splice(0)) {
    await db.delete();
  }
}

/** One computer: its Dexie project, its history mirrored into its Yjs documents. */
export function computer() {
  const db = openProjectDb(crypto.randomUUID());
  dbs.push(db);
  const history = new History(db);
  const project = defineParts(new Y.Doc(), 'project');
  const transcripts = new Map<string, Y.Doc>();
  const docs: SharedDocs = {
    project,
    transcript: (id) => {
      if (!transcripts.has(id)) transcripts.set(id, defineParts(new Y.Doc(), 'transcript'));
      return transcripts.get(id)!;
    },
  };
  history.observe((written, replaced) => mirrorWrite(docs, written, replaced));
  // Texts of summaries started here at the same moment as elsewhere, that the shared map did not keep.
  const lost: [string, string][] = [];
  observeLostTexts(project, (key, text) => lost.push([key, text]));
  return { db, history, docs, transcripts, lost, session: { id: db.name, db, history } };
}

/** Runs a change of this computer's project document that does not come from its history, as teamSync does. */
export async function fold(side: { db: ProjectDb; docs: SharedDocs }, work: () => void): Promise<void> {
  const changed = new Map<unknown, Set<string | null>>();
  const onTx = (tx: Y.Transaction) => tx.changed.forEach((keys, type) => changed.set(type, keys));
  side.docs.project.on('afterTransaction', onTx);
  work();
  side.docs.project.off('afterTransaction', onTx);
  await applyPatch(side.db, await projectPatch(side.db, side.docs.project, changed));
}

export type Computer = ReturnType<typeof computer>;

/** Sends every document's missing updates from one computer to the other and writes them to its Dexie. */
export async function sync(from: Computer, to: Computer): Promise<void> {
  const send = (a: Y.Doc, b: Y.Doc) => {
    const changed = new Map<unknown, Set<string | null>>();
    const onTx = (tx: Y.Transaction) => tx.changed.forEach((keys, type) => changed.set(type, keys));
    b.on('afterTransaction', onTx);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
    b.off('afterTransaction', onTx);
    return changed;
  };
  const changed = send(from.docs.project, to.docs.project);
  await applyPatch(to.db, await projectPatch(to.db, to.docs.project, changed));
  for (const [id, doc] of from.transcripts) {
    const target = to.docs.transcript(id);
    const first = target.getText('text').length === 0;
    const parts = send(doc, target);
    await applyPatch(to.db, await transcriptPatch(to.db, to.docs.project, id, target, first ? null : parts));
  }
}

export const TEXT = 'GL: Wat is normaal?\nR1: Ik denk dat normaal niet bestaat.\n';
export const doc: KoorDocument = {
  id: 'd1',
  name: 'Groep 1',
  text: TEXT,
  format: 'txt',
  sourceHash: 'h',
  importedAt: '2026-01-01T00:00:00.000Z',
  attributes: {},
  order: 0,
} as KoorDocument;
export const turn: Turn = { id: 't1', documentId: 'd1', speakerId: null, start: 24, end: TEXT.length - 1 };
export const code = {
  id: 'c1',
  name: 'Taal',
  parentId: null,
  color: '#1f77b4',
  codable: true,
} as unknown as Code;
export const words = (from: number, length: number, id: string, coderId = 'anna'): Coding => ({
  id,
  documentId: 'd1',
  codeId: 'c1',
  coderId,
  start: from,
  end: from + length,
  createdAt: '2026-01-01T00:00:00.000Z',
});
