import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ProjectData } from '../../shared/model.ts';
import { codedMaterial } from './codedMaterial.ts';
import { allCodings, allTurns } from './lists.ts';
import type { ProjectDb } from './schema.ts';
import { shownCoder, withShownCodings } from './visible.ts';

/** Whose codings a view reads: those this computer shows (visible.ts), or everyone's. */
export type Codings = 'visible' | 'everyone';

/**
 * Reads the coded material of a project into memory (everything but the summary grid's summaries and key
 * quotes), for analyses. Kept apart so that saving a summary does not make every analysis re-read the project.
 */
async function loadCodedMaterial(db: ProjectDb, name: string): Promise<ProjectData> {
  return db.transaction(
    'r',
    [db.documents, db.speakers, db.turnLists, db.codes, db.codingLists, db.coders, db.memos, db.attributes],
    async () => {
      const [documents, speakers, turns, codes, codings, coders, memos, attributes] = await Promise.all([
        db.documents.orderBy('order').toArray(),
        db.speakers.toArray(),
        allTurns(db),
        db.codes.toArray(),
        allCodings(db),
        db.coders.toArray(),
        db.memos.toArray(),
        db.attributes.toArray(),
      ]);
      codes.sort((a, b) => a.order - b.order);
      return { name, documents, speakers, turns, codes, codings, coders, memos, attributes };
    },
  );
}

/**
 * Reads a whole project into memory, summaries, key quotes, recordings (what they are, not their bytes) and sync
 * points included, for exports and backups.
 */
export async function loadProjectData(db: ProjectDb, name: string): Promise<ProjectData> {
  return db.transaction('r', db.tables, async () => {
    const [project, summaries, keyQuotes, recordings, syncPoints] = await Promise.all([
      loadCodedMaterial(db, name),
      db.summaries.toArray(),
      db.keyQuotes.toArray(),
      db.recordings.toArray(),
      db.syncPoints.toArray(),
    ]);
    return { ...project, summaries, keyQuotes, recordings, syncPoints };
  });
}

/**
 * The coded material of the project (no summaries), live: kept in memory by codedMaterial(), which re-reads only
 * what a write touched. Its codings are those this computer shows (coding blind hides others', visible.ts),
 * unless a view compares coders and asks for everyone's.
 */
export function useProjectData(
  db: ProjectDb,
  name: string,
  codingsOf: Codings = 'visible',
): ProjectData | undefined {
  const store = codedMaterial(db);
  const data = useSyncExternalStore(store.subscribe, store.current);
  // A view that opens after a write waits for the material to be read again rather than show numbers from
  // before it; once shown, it keeps its material on screen while a later write is being read.
  const [ready, setReady] = useState(() => data !== undefined && !store.isStale());
  useEffect(() => {
    if (ready) return;
    let live = true;
    store.load().then(
      () => live && setReady(true),
      (error: unknown) => console.error('Reading the project failed', error),
    );
    return () => {
      live = false;
    };
  }, [ready, store]);
  // Whose codings: undefined until the settings are read, null for everyone's.
  const coder = useLiveQuery(async () => (codingsOf === 'everyone' ? null : shownCoder(db)), [db, codingsOf]);
  // The name is applied outside the store, so that the name arriving later does not reset the data.
  return useMemo(
    () => (ready && data && coder !== undefined ? { ...withShownCodings(data, coder), name } : undefined),
    [ready, data, coder, name],
  );
}
