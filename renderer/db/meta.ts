import Dexie, { type EntityTable } from 'dexie';

/** An entry of the start screen; the project's data lives in its own database. */
export type ProjectEntry = { id: string; name: string; createdAt: string; updatedAt: string };

export type MetaDb = Dexie & { projects: EntityTable<ProjectEntry, 'id'> };

/** The small database that lists the projects. */
export function openMetaDb(): MetaDb {
  const db = new Dexie('koor-meta') as MetaDb;
  db.version(1).stores({ projects: 'id, name, updatedAt' });
  return db;
}

export const metaDb = openMetaDb();
