/**
 * The two directions between a project's Dexie database (what the screen reads) and its shared Yjs documents
 * (docs/team-sync.md): a write of this person's history becomes one Yjs transaction per document with the
 * LOCAL origin, and a transaction from anyone else becomes one Dexie patch that bypasses the history.
 */
import type * as Y from 'yjs';
import type { Coding, KoorDocument, Speaker, Turn } from '../../shared/model.ts';
import {
  addCoding,
  changedIn,
  putSpeaker,
  putTurn,
  readCoding,
  readCodings,
  readSpeaker,
  readSpeakers,
  readText,
  readTurn,
  readTurns,
  removeCoding,
  removeEntry,
  setText,
} from '../../shared/sync/transcriptDoc.ts';
import {
  defineSummaryParts,
  deleteSummary,
  putSummary,
  readSummary,
  shareSummaryRow,
  summariesChanged,
} from '../../shared/sync/summaryDoc.ts';
import { allCodings, allTurns, documentCodings, documentTurns } from '../db/lists.ts';
import type { ListRef, Patch, PatchName } from '../db/patch.ts';
import type { ProjectDb, TableName } from '../db/schema.ts';

/** The origin of this person's own Yjs transactions. */
export const LOCAL = Symbol('koor-local');

/** Tables shared as rows in the project document (a document row without its text). */
export const PROJECT_TABLES = [
  'documents',
  'codes',
  'coders',
  'memos',
  'attributes',
  'questions',
  'summaries',
  'keyQuotes',
] as const satisfies readonly TableName[];
type ProjectTable = (typeof PROJECT_TABLES)[number];

/** Tables shared in a transcript document; settings, recordings and sync points stay on this computer. */
const TRANSCRIPT_TABLES = ['speakers', 'turns', 'codings'] as const;

/** The Yjs documents of one shared project. `transcript` opens (and connects) a document's on first use. */
export type SharedDocs = { project: Y.Doc; transcript(documentId: string): Y.Doc };

type Row = Record<string, unknown>;

function keyOf(table: PatchName, row: Row): string {
  return String(table === 'attributes' ? row.name : row.id);
}

function rowsOf(patch: Patch, table: PatchName): Row[] {
  const part = patch[table] as { put?: Row[]; insert?: Row[] } | undefined;
  return [...(part?.put ?? []), ...(part?.insert ?? [])];
}

function shareRow(table: ProjectTable, row: Row): Row {
  if (table === 'summaries') return shareSummaryRow(row);
  if (table !== 'documents') return row;
  const { text: _text, ...rest } = row;
  return rest;
}

/**
 * Defines a shared document's parts before any update arrives: a transaction's changes name the part's type,
 * and a part first read after an update would be another object than the one the update changed.
 */
export function defineParts(doc: Y.Doc, kind: 'project' | 'transcript'): Y.Doc {
  if (kind === 'project') {
    for (const table of PROJECT_TABLES) doc.getMap(table);
    defineSummaryParts(doc);
    doc.getMap('meta');
  } else {
    doc.getText('text');
    for (const table of TRANSCRIPT_TABLES) doc.getMap(table);
  }
  return doc;
}

/** The project map of one table. */
export function tableMap(project: Y.Doc, table: ProjectTable): Y.Map<Row> {
  return project.getMap<Row>(table);
}

/**
 * Writes what this person's history wrote (`written`, replacing `replaced`) into the shared documents: rows
 * into the project document, texts, speakers, turns and codings into their transcript documents.
 */
export function mirrorWrite(docs: SharedDocs, written: Patch, replaced: Patch): void {
  // A summary's citations are written as changes from the row this write replaced.
  const summariesBefore = new Map(rowsOf(replaced, 'summaries').map((row) => [String(row.id), row]));
  docs.project.transact(() => {
    for (const table of PROJECT_TABLES) {
      const map = tableMap(docs.project, table);
      for (const key of written[table]?.delete ?? []) {
        map.delete(key);
        if (table === 'summaries') deleteSummary(docs.project, key);
      }
      for (const row of rowsOf(written, table)) {
        map.set(keyOf(table, row), shareRow(table, row));
        if (table === 'summaries') putSummary(docs.project, row, summariesBefore.get(String(row.id)));
      }
    }
  }, LOCAL);
  // The document of a deleted speaker, turn or coding is in the row it replaced.
  const documentOf = new Map<string, string>();
  for (const table of TRANSCRIPT_TABLES) {
    for (const row of rowsOf(replaced, table))
      documentOf.set(`${table}:${keyOf(table, row)}`, String(row.documentId));
  }
  const byDocument = new Map<string, (doc: Y.Doc) => void>();
  const later = (documentId: string, work: (doc: Y.Doc) => void) => {
    const before = byDocument.get(documentId);
    byDocument.set(documentId, before ? (doc) => (before(doc), work(doc)) : work);
  };
  // Text first, so turns and codings are anchored in the text they were computed for.
  for (const row of rowsOf(written, 'documents') as KoorDocument[]) {
    if (typeof row.text === 'string') later(row.id, (doc) => setText(doc, row.text, LOCAL));
  }
  for (const table of TRANSCRIPT_TABLES) {
    // Turns and codings to delete name their document; a speaker's is in the row it replaced.
    for (const entry of (written[table]?.delete ?? []) as (string | ListRef)[]) {
      const key = typeof entry === 'string' ? entry : entry.id;
      const documentId = typeof entry === 'string' ? documentOf.get(`${table}:${key}`) : entry.documentId;
      if (!documentId) continue;
      later(documentId, (doc) =>
        table === 'codings' ? removeCoding(doc, key, LOCAL) : removeEntry(doc, table, key, LOCAL),
      );
    }
    for (const row of rowsOf(written, table)) {
      const documentId = String(row.documentId);
      if (table === 'codings') later(documentId, (doc) => addCoding(doc, row as Coding, LOCAL));
      else if (table === 'turns') later(documentId, (doc) => putTurn(doc, row as Turn, LOCAL));
      else later(documentId, (doc) => putSpeaker(doc, row as Speaker, LOCAL));
    }
  }
  for (const [documentId, work] of byDocument) {
    const doc = docs.transcript(documentId);
    doc.transact(() => work(doc), LOCAL);
  }
}

/** Puts a whole local project into empty shared documents (the first share). */
export async function seedShared(db: ProjectDb, docs: SharedDocs): Promise<void> {
  const written: Patch = {};
  const replaced: Patch = {};
  for (const table of [...PROJECT_TABLES, ...TRANSCRIPT_TABLES]) {
    const rows = (
      table === 'turns'
        ? await allTurns(db)
        : table === 'codings'
          ? await allCodings(db)
          : await db.table(table).toArray()
    ) as Row[];
    (written as Record<string, { put: Row[] }>)[table] = { put: rows };
  }
  mirrorWrite(docs, written, replaced);
}

/** Whether a local project holds anything a join would overwrite. */
export async function holdsWork(db: ProjectDb): Promise<boolean> {
  const counts = await Promise.all(
    // A document's list of codings is there only while it holds codings.
    (['documents', 'codes', 'codingLists', 'memos'] as const).map((t) => db.table(t).count()),
  );
  return counts.some((n) => n > 0);
}

type Changed = ReadonlyMap<unknown, Set<string | null>>;

/** The Dexie patch for rows of the project document that changed (all rows when `changed` is null). */
export async function projectPatch(db: ProjectDb, project: Y.Doc, changed: Changed | null): Promise<Patch> {
  const patch: Record<string, { put: Row[]; delete: string[] }> = {};
  for (const table of PROJECT_TABLES) {
    const map = tableMap(project, table);
    const keys = changed
      ? [...(changed.get(map) ?? [])].filter((k): k is string => k !== null)
      : [...map.keys()];
    if (table === 'summaries' && changed) {
      for (const id of summariesChanged(project, changed)) if (!keys.includes(id)) keys.push(id);
    }
    if (keys.length === 0) continue;
    const part = { put: [] as Row[], delete: [] as string[] };
    for (const key of keys) {
      const row = map.get(key);
      if (row === undefined) part.delete.push(key);
      else
        part.put.push(
          table === 'summaries' ? readSummary(project, structuredClone(row)) : structuredClone(row),
        );
    }
    if (table === 'documents' && part.put.length) {
      // A document's text comes from its transcript document: keep the stored one, or wait for the transcript.
      const stored = await db.documents.bulkGet(part.put.map((r) => String(r.id)));
      part.put = part.put.flatMap((row, i) => (stored[i] ? [{ ...row, text: stored[i].text }] : []));
    }
    patch[table] = part;
  }
  return patch as Patch;
}

/**
 * The Dexie patch for a transcript document's changes. When its text changed (or on the first load, `changed`
 * null) the whole document is read again, since every offset may have moved.
 */
export async function transcriptPatch(
  db: ProjectDb,
  project: Y.Doc,
  documentId: string,
  doc: Y.Doc,
  changed: Changed | null,
): Promise<Patch> {
  const parts = changed ? changedIn(doc, changed) : null;
  if (parts && !parts.text) {
    const pick = <T>(ids: string[], read: (id: string) => T | null) => {
      const put: T[] = [];
      const del: string[] = [];
      for (const id of ids) {
        const row = read(id);
        if (row) put.push(row);
        else del.push(id);
      }
      return { put, delete: del };
    };
    const refs = (part: { put: Coding[] | Turn[]; delete: string[] }) => ({
      put: part.put,
      delete: part.delete.map((id) => ({ id, documentId })),
    });
    return {
      codings: refs(pick(parts.codings, (id) => readCoding(doc, id))) as Patch['codings'],
      turns: refs(pick(parts.turns, (id) => readTurn(doc, id))) as Patch['turns'],
      speakers: pick(parts.speakers, (id) => readSpeaker(doc, id)),
    };
  }
  const row = tableMap(project, 'documents').get(documentId);
  if (!row) return {};
  const codings = readCodings(doc);
  const turns = readTurns(doc);
  const speakers = readSpeakers(doc);
  const gone = (stored: readonly { id: string }[], keep: readonly { id: string }[]) => {
    const ids = new Set(keep.map((r) => r.id));
    return stored.filter((r) => !ids.has(r.id)).map((r) => r.id);
  };
  const storedSpeakers = await db.speakers.where('documentId').equals(documentId).toArray();
  const refs = (ids: string[]) => ids.map((id) => ({ id, documentId }));
  return {
    documents: { put: [{ ...(structuredClone(row) as KoorDocument), text: readText(doc) }] },
    codings: { put: codings, delete: refs(gone(await documentCodings(db, documentId), codings)) },
    turns: { put: turns, delete: refs(gone(await documentTurns(db, documentId), turns)) },
    speakers: { put: speakers, delete: gone(storedSpeakers, speakers) },
  };
}
