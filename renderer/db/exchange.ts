import { useLiveQuery } from 'dexie-react-hooks';
import type { Code, ProjectData } from '../../shared/model.ts';
import type { ProjectSession } from './projects.ts';
import { createProject, deleteProject, openProject, touchProject } from './projects.ts';
import type { ProjectDb } from './schema.ts';

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

/**
 * Stores a whole project (read from a .qdpx file or a backup) into the empty database of a new project, in one
 * transaction: either everything lands or nothing does (the empty project is then removed by the caller).
 */
export async function importProjectData(projectId: string, data: ProjectData): Promise<void> {
  const { db } = openProject(projectId);
  const documents = data.documents.map((d, order) => ({ ...d, order: d.order ?? order }));
  await db.transaction(
    'rw',
    [
      db.documents,
      db.speakers,
      db.turns,
      db.codes,
      db.codings,
      db.coders,
      db.memos,
      db.attributes,
      db.summaries,
      db.keyQuotes,
    ],
    async () => {
      await db.documents.bulkPut(documents);
      await db.speakers.bulkPut(data.speakers);
      await db.turns.bulkPut(data.turns);
      await db.codes.bulkPut(data.codes);
      await db.codings.bulkPut(data.codings);
      await db.coders.bulkPut(data.coders);
      await db.memos.bulkPut(data.memos);
      await db.attributes.bulkPut(data.attributes);
      await db.summaries.bulkPut(data.summaries ?? []);
      await db.keyQuotes.bulkPut(data.keyQuotes ?? []);
    },
  );
  await touchProject(projectId);
}

/** Creates a new project named `name` holding `data`; returns its id. */
export async function createProjectFrom(name: string, data: ProjectData): Promise<string> {
  const id = await createProject(name);
  try {
    await importProjectData(id, data);
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
