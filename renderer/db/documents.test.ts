import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { KoorDocument, Speaker, Turn } from '../../shared/model.ts';
import { storeDocuments, type DocumentBundle, type StoreProgress } from './documents.ts';
import { allTurns } from './lists.ts';
import { createProject, deleteProject, openProject, type ProjectSession } from './projects.ts';

const made: string[] = [];
afterEach(async () => {
  for (const id of made.splice(0)) await deleteProject(id);
});

async function freshSession(): Promise<ProjectSession> {
  const id = await createProject('batch');
  made.push(id);
  return openProject(id);
}

/** A document of `turns` turns by two speakers. */
function bundle(n: number, turns = 30): DocumentBundle {
  const documentId = `doc${n}`;
  const text = Array.from({ length: turns }, (_, i) => `beurt ${i} van groep ${n}`).join('\n');
  const document: KoorDocument = {
    id: documentId,
    name: `Groep ${n}`,
    format: 'txt',
    text,
    sourceHash: `hash${n}`,
    importedAt: '2025-01-01T00:00:00.000Z',
    attributes: {},
  };
  const speakers: Speaker[] = ['a', 'b'].map((s) => ({
    id: `${documentId}-${s}`,
    documentId,
    label: s,
    name: s,
    role: 'participant',
    attributes: {},
  }));
  let at = 0;
  const turnList: Turn[] = text.split('\n').map((line, i) => {
    const turn = {
      id: `${documentId}-t${i}`,
      documentId,
      speakerId: speakers[i % 2]!.id,
      start: at,
      end: at + line.length,
    };
    at += line.length + 1;
    return turn;
  });
  return { document, speakers, turns: turnList };
}

async function counts(session: ProjectSession) {
  const { db } = session;
  return {
    documents: await db.documents.count(),
    speakers: await db.speakers.count(),
    turns: (await allTurns(db)).length,
  };
}

describe('storeDocuments in parts', () => {
  it('stores every document in order with progress after each, as one undo step', async () => {
    const session = await freshSession();
    await storeDocuments(session, [bundle(0)]);
    const progress: StoreProgress[] = [];
    const result = await storeDocuments(
      session,
      Array.from({ length: 5 }, (_, i) => bundle(i + 1)),
      { onProgress: (p) => progress.push(p) },
    );
    expect(result).toBe('stored');
    expect(progress.map((p) => p.stored)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.map((p) => p.committing)).toEqual([false, false, false, false, true]);
    const documents = await session.db.documents.orderBy('order').toArray();
    expect(documents.map((d) => d.name)).toEqual([
      'Groep 0',
      'Groep 1',
      'Groep 2',
      'Groep 3',
      'Groep 4',
      'Groep 5',
    ]);
    expect(await counts(session)).toEqual({ documents: 6, speakers: 12, turns: 180 });
    expect(session.history.size).toBe(2);
    await session.history.undo();
    expect(await counts(session)).toEqual({ documents: 1, speakers: 2, turns: 30 });
    await session.history.redo();
    expect(await counts(session)).toEqual({ documents: 6, speakers: 12, turns: 180 });
  });

  it('stores nothing and adds no undo step when stopped mid-way', async () => {
    const session = await freshSession();
    await storeDocuments(session, [bundle(0)]);
    const stop = new AbortController();
    const seen: number[] = [];
    const result = await storeDocuments(
      session,
      Array.from({ length: 10 }, (_, i) => bundle(i + 1)),
      {
        signal: stop.signal,
        onProgress: ({ stored }) => {
          seen.push(stored);
          if (stored === 4) stop.abort();
        },
      },
    );
    expect(result).toBe('stopped');
    // The parts after the stop were never written, and the four before it were rolled back.
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(await counts(session)).toEqual({ documents: 1, speakers: 2, turns: 30 });
    expect(session.history.size).toBe(1);
    expect(session.history.nextUndo).toBe('history.import');
  });

  it('rolls back when stopped while the last document is written', async () => {
    const session = await freshSession();
    const stop = new AbortController();
    const pending = storeDocuments(session, [bundle(1), bundle(2)], {
      signal: stop.signal,
      onProgress: ({ stored }) => {
        // Stop as soon as the first part is in: the second is then being written.
        if (stored === 1) queueMicrotask(() => stop.abort());
      },
    });
    expect(await pending).toBe('stopped');
    expect(await counts(session)).toEqual({ documents: 0, speakers: 0, turns: 0 });
    expect(session.history.size).toBe(0);
  });

  it('rolls back every part when one cannot be written', async () => {
    const session = await freshSession();
    const broken = bundle(3);
    // A turn without an id cannot be stored: the whole import fails and nothing of it stays.
    (broken.turns[5] as { id?: string }).id = undefined;
    await expect(storeDocuments(session, [bundle(1), bundle(2), broken])).rejects.toThrow();
    expect(await counts(session)).toEqual({ documents: 0, speakers: 0, turns: 0 });
    expect(session.history.size).toBe(0);
  });
});
