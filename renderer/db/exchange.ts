import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Code, ProjectData } from '../../shared/model.ts';
import type { ProjectSession } from './projects.ts';
import { createProject, deleteProject, openProject, touchProject } from './projects.ts';
import { groupByDocument, type ProjectDb } from './schema.ts';

const LAST_EXPORT = 'lastExport';

/**
 * Places incoming codes (a template or an imported codebook) after the existing top-level codes. Codes whose
 * GUID is already in the project keep their place: importing the same codebook twice updates it.
 */
export function appendCodes(existing: readonly Code[], incoming: readonly Code[]): Code[] {
  const known = new Map(existing.map((c) => [c.id, c]));
  const incomingIds = new Set(incoming.map((c) => c.id));
  const firstFree = existing
    .filter((c) => c.parentId === null)
    .reduce((max, c) => Math.max(max, c.order + 1), 0);
  return incoming.map((code) => {
    const before = known.get(code.id);
    if (before) return { ...code, parentId: before.parentId, order: before.order };
    const isRoot = code.parentId === null || (!incomingIds.has(code.parentId) && !known.has(code.parentId));
    return isRoot ? { ...code, parentId: null, order: firstFree + code.order } : code;
  });
}

/** Adds a template or an imported codebook as one undoable step; returns how many codes are new. */
export async function addCodebook(
  session: ProjectSession,
  codes: readonly Code[],
  label: 'history.addTemplate' | 'history.importCodebook',
): Promise<number> {
  const existing = await session.db.codes.toArray();
  const placed = appendCodes(existing, codes);
  const known = new Set(existing.map((c) => c.id));
  await session.history.commit(label, { codes: { put: placed } });
  return placed.filter((c) => !known.has(c.id)).length;
}

/** How far storing a whole project has come, in rows written of all rows. */
export type ProjectProgress = { done: number; total: number };

/** Rows per write: small enough that each write leaves the page a chance to paint, large enough to be quick. */
const ROWS_PER_WRITE = 5_000;
/** Documents' turn or coding lists per write (a list holds a few hundred to a few thousand records). */
const LISTS_PER_WRITE = 5;

/**
 * Stores a whole project (read from a .qdpx file or a backup) into the empty database of a new project, in one
 * transaction: either everything lands or nothing does (the empty project is then removed by the caller). The
 * rows are written in parts (a document at a time, turns and codings a few documents' lists at a time, other
 * tables 5,000 rows at a time) so the page can show progress; aborting `signal` before the transaction commits
 * stores nothing.
 */
export async function importProjectData(
  projectId: string,
  data: ProjectData,
  options: { signal?: AbortSignal; onProgress?: (progress: ProjectProgress) => void } = {},
): Promise<void> {
  const { db } = openProject(projectId);
  const documents = data.documents.map((d, order) => ({ ...d, order: d.order ?? order }));
  // What a write stores, and how many of the project's records that is (for the progress).
  type Write = { table: Table<unknown, unknown>; rows: unknown[]; records: number };
  const writes: Write[] = [];
  const add = (table: Table<unknown, unknown>, rows: readonly unknown[], size: number) => {
    for (let i = 0; i < rows.length; i += size) {
      const part = rows.slice(i, i + size);
      writes.push({ table, rows: part, records: part.length });
    }
  };
  // Turns and codings go into one list per document, a few documents' lists per write.
  const addLists = <T extends { documentId: string; start: number; id: string }>(
    table: Table<unknown, unknown>,
    rows: readonly T[],
    field: 'turns' | 'codings',
  ) => {
    const lists = [...groupByDocument(rows)];
    for (let i = 0; i < lists.length; i += LISTS_PER_WRITE) {
      const part = lists.slice(i, i + LISTS_PER_WRITE);
      writes.push({
        table,
        rows: part.map(([documentId, list]) => ({ documentId, [field]: list })),
        records: part.reduce((n, [, list]) => n + list.length, 0),
      });
    }
  };
  // A document's text is the bulk of the bytes: one per write.
  add(db.documents as Table<unknown, unknown>, documents, 1);
  add(db.speakers as Table<unknown, unknown>, data.speakers, ROWS_PER_WRITE);
  addLists(db.turnLists as Table<unknown, unknown>, data.turns, 'turns');
  add(db.codes as Table<unknown, unknown>, data.codes, ROWS_PER_WRITE);
  addLists(db.codingLists as Table<unknown, unknown>, data.codings, 'codings');
  add(db.coders as Table<unknown, unknown>, data.coders, ROWS_PER_WRITE);
  add(db.memos as Table<unknown, unknown>, data.memos, ROWS_PER_WRITE);
  add(db.attributes as Table<unknown, unknown>, data.attributes, ROWS_PER_WRITE);
  add(db.summaries as Table<unknown, unknown>, data.summaries ?? [], ROWS_PER_WRITE);
  add(db.keyQuotes as Table<unknown, unknown>, data.keyQuotes ?? [], ROWS_PER_WRITE);
  // Recordings are stored by the caller (their bytes go to the origin's storage first); sync points are data.
  add(db.syncPoints as Table<unknown, unknown>, data.syncPoints ?? [], ROWS_PER_WRITE);
  const total = writes.reduce((n, w) => n + w.records, 0);
  await db.transaction(
    'rw',
    [
      db.documents,
      db.speakers,
      db.turnLists,
      db.codes,
      db.codingLists,
      db.coders,
      db.memos,
      db.attributes,
      db.summaries,
      db.keyQuotes,
      db.syncPoints,
    ],
    async () => {
      let done = 0;
      for (const write of writes) {
        if (options.signal?.aborted) throw new DOMException('Stopped', 'AbortError');
        await write.table.bulkPut(write.rows);
        done += write.records;
        options.onProgress?.({ done, total });
      }
      if (options.signal?.aborted) throw new DOMException('Stopped', 'AbortError');
    },
  );
  await touchProject(projectId);
}

/**
 * Creates a new project named `name` holding `data`; returns its id. A failure, or a stop through `signal`,
 * rejects and leaves no project behind.
 */
export async function createProjectFrom(
  name: string,
  data: ProjectData,
  options: { signal?: AbortSignal; onProgress?: (progress: ProjectProgress) => void } = {},
): Promise<string> {
  const id = await createProject(name);
  try {
    await importProjectData(id, data, options);
  } catch (error) {
    // Never leave a half-imported project behind.
    await deleteProject(id);
    throw error;
  }
  return id;
}

/** Remembers when the project was last exported as a whole (for the browser's backup reminder). */
export async function markProjectExported(session: ProjectSession, when = new Date()): Promise<void> {
  await session.db.settings.put({ key: LAST_EXPORT, value: when.toISOString() });
}

/** When the project was last exported as .qdpx (live); null when never. */
export function useLastExport(db: ProjectDb): string | null | undefined {
  return useLiveQuery(async () => {
    const setting = await db.settings.get(LAST_EXPORT);
    return typeof setting?.value === 'string' ? setting.value : null;
  }, [db]);
}
