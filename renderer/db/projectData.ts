import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ProjectData } from '../../shared/model.ts';
import type { ProjectDb } from './schema.ts';

/** Reads a whole project into memory, for analyses and exports. */
export async function loadProjectData(db: ProjectDb, name: string): Promise<ProjectData> {
  return db.transaction(
    'r',
    [db.documents, db.speakers, db.turns, db.codes, db.codings, db.coders, db.memos, db.attributes],
    async () => {
      const [documents, speakers, turns, codes, codings, coders, memos, attributes] = await Promise.all([
        db.documents.orderBy('order').toArray(),
        db.speakers.toArray(),
        db.turns.toArray(),
        db.codes.toArray(),
        db.codings.toArray(),
        db.coders.toArray(),
        db.memos.toArray(),
        db.attributes.toArray(),
      ]);
      codes.sort((a, b) => a.order - b.order);
      return { name, documents, speakers, turns, codes, codings, coders, memos, attributes };
    },
  );
}

/** The whole project, re-read whenever any of it changes (live). */
export function useProjectData(db: ProjectDb, name: string): ProjectData | undefined {
  // The name is applied outside the query, so that the name arriving later does not reset the data.
  const data = useLiveQuery(() => loadProjectData(db, ''), [db]);
  return useMemo(() => (data ? { ...data, name } : undefined), [data, name]);
}
