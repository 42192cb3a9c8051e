import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../shared/ids.ts';
import { History } from './history.ts';
import { releaseCodedMaterial } from './codedMaterial.ts';
import { allCodings } from './lists.ts';
import { metaDb, type ProjectEntry } from './meta.ts';
import { tablesOf } from './patch.ts';
import { openProjectDb, projectDbName, type ProjectDb } from './schema.ts';

export type { ProjectEntry };

/** An open project: its database and its undo history. */
export type ProjectSession = { id: string; db: ProjectDb; history: History };

const sessions = new Map<string, ProjectSession>();

/** Opens a project (once per page) with its history. */
export function openProject(id: string): ProjectSession {
  let session = sessions.get(id);
  if (!session) {
    const db = openProjectDb(id);
    session = { id, db, history: new History(db) };
    touchOnWrites(session);
    sessions.set(id, session);
  }
  return session;
}

/** All projects, most recently changed first (live). */
export function useProjects(): ProjectEntry[] | undefined {
  return useLiveQuery(() => metaDb.projects.orderBy('updatedAt').reverse().toArray(), []);
}

/**
 * One project's name (live); null once the project is gone. A screen that shows or uses only the name does not draw
 * again when the project's changed time moves (touchOnWrites marks it while someone codes).
 */
export function useProjectName(id: string): string | null | undefined {
  return useLiveQuery(async () => (await metaDb.projects.get(id))?.name ?? null, [id]);
}

/** One project's entry (live). */
export function useProjectEntry(id: string): ProjectEntry | null | undefined {
  return useLiveQuery(async () => (await metaDb.projects.get(id)) ?? null, [id]);
}

/**
 * A project's name as stored now. Exports and backups read it when they run: the live entry a screen holds may not
 * have loaded yet when someone clicks right after the screen opens.
 */
export async function currentProjectName(id: string): Promise<string> {
  return (await metaDb.projects.get(id))?.name ?? '';
}

/** How many documents a project holds (live). */
export function useDocumentCount(id: string): number | undefined {
  return useLiveQuery(() => openProject(id).db.documents.count(), [id]);
}

/** Creates an empty project and returns its id. */
export async function createProject(name: string): Promise<string> {
  const now = new Date().toISOString();
  const entry: ProjectEntry = { id: newId(), name: name.trim(), createdAt: now, updatedAt: now };
  await metaDb.projects.add(entry);
  await openProject(entry.id).db.open();
  return entry.id;
}

/**
 * `name`, or when a project is already called that (ignoring case and outer spaces) the first free "name (2)",
 * "name (3)" …, so an imported project never takes the name of one that exists.
 */
export function uniqueProjectName(name: string, taken: readonly string[]): string {
  const base = name.trim();
  const used = new Set(taken.map((n) => n.trim().toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** The names of all projects. */
export async function projectNames(): Promise<string[]> {
  return (await metaDb.projects.toArray()).map((p) => p.name);
}

/** Renames a project. */
export async function renameProject(id: string, name: string): Promise<void> {
  await metaDb.projects.update(id, { name: name.trim(), updatedAt: new Date().toISOString() });
}

/** Marks a project as just changed, so it rises to the top of the start screen. */
export async function touchProject(id: string): Promise<void> {
  await metaDb.projects.update(id, { updatedAt: new Date().toISOString() });
}

/** How often at most a run of changes moves the project's "changed" time (the start screen shows minutes). */
export const TOUCH_EVERY_MS = 20_000;

/**
 * Every change made in the project (coding, codebook, summaries, speakers …; not a setting of this computer) marks
 * it as changed: at once, or, within TOUCH_EVERY_MS of the last mark, once that time is up.
 */
function touchOnWrites(session: ProjectSession): void {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    timer = undefined;
    last = Date.now();
    touchProject(session.id).catch((error: unknown) => console.error(error));
  };
  session.history.observe((written) => {
    if (!tablesOf(written).some((table) => table !== 'settings')) return;
    const wait = last + TOUCH_EVERY_MS - Date.now();
    if (wait <= 0) touch();
    else timer ??= setTimeout(touch, wait);
  });
}

/** Deletes a project and all its data. */
export async function deleteProject(id: string): Promise<void> {
  const session = sessions.get(id);
  if (session) {
    releaseCodedMaterial(session.db);
    session.db.close();
  }
  sessions.delete(id);
  await Dexie.delete(projectDbName(id));
  await metaDb.projects.delete(id);
}

/** How much a project holds, for the delete confirmation. */
export async function projectSize(id: string): Promise<{ documents: number; codings: number }> {
  const { db } = openProject(id);
  const [documents, codings] = await Promise.all([db.documents.count(), allCodings(db)]);
  return { documents, codings: codings.length };
}
