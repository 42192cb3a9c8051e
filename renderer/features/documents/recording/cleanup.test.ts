import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Recording } from '../../../../shared/recordings/types.ts';
import { deleteDocument, storeDocuments } from '../../../db/documents.ts';
import { HISTORY_LIMIT, type Step } from '../../../db/history.ts';
import { createProject, deleteProject, openProject, type ProjectSession } from '../../../db/projects.ts';
import { linkRecording, unlinkRecording } from '../../../db/recordings.ts';
import { recordingsInUse } from './cleanup.ts';

const made: string[] = [];
afterEach(async () => {
  for (const id of made.splice(0)) await deleteProject(id);
});

async function projectWith(documents: string[]): Promise<ProjectSession> {
  const id = await createProject('opnamen');
  made.push(id);
  const session = openProject(id);
  await storeDocuments(
    session,
    documents.map((documentId) => ({
      document: {
        id: documentId,
        name: documentId,
        format: 'txt',
        text: 'Welkom allemaal.',
        sourceHash: documentId,
        importedAt: '2026-01-01T00:00:00.000Z',
        attributes: {},
      },
      speakers: [],
      turns: [],
    })),
  );
  return session;
}

const recording = (id: string, documentId: string, name = id): Recording => ({
  id,
  documentId,
  kind: 'audio',
  fileName: `${name}.mp3`,
  mime: 'audio/mpeg',
  size: 1000,
  duration: 25,
  where: { kind: 'opfs', name },
  linkedAt: '2026-01-01T00:00:00.000Z',
});

/** Steps that forget everything done so far: the oldest steps drop out past the history's limit. */
async function fillHistory(session: ProjectSession) {
  for (let i = 0; i < HISTORY_LIMIT; i++) {
    await session.history.commit('x', { settings: { put: [{ key: `n${i}`, value: i }] } });
  }
}

describe('which stored recordings a project still needs', () => {
  it('keeps an unlinked recording while undo can link it again, and lets it go once the history forgot it', async () => {
    const session = await projectWith(['d1', 'd2']);
    await linkRecording(session, recording('a', 'd1'));
    await linkRecording(session, recording('b', 'd2'));
    expect(await recordingsInUse(session)).toEqual(new Set(['opfs:a', 'opfs:b']));

    await unlinkRecording(session, 'a');
    expect(await session.db.recordings.count()).toBe(1);
    // Undo must find the recording: its file stays in use.
    expect(await recordingsInUse(session)).toEqual(new Set(['opfs:a', 'opfs:b']));
    await session.history.undo();
    expect((await session.db.recordings.get('a'))?.where).toEqual({ kind: 'opfs', name: 'a' });
    await session.history.redo();

    const forgotten: Step[] = [];
    session.history.onForget((steps) => forgotten.push(...steps));
    await fillHistory(session);
    expect(await recordingsInUse(session)).toEqual(new Set(['opfs:b']));
    expect(forgotten.some((step) => step.undo.recordings?.put?.some((r) => r.id === 'a'))).toBe(true);
  });

  it('keeps the recording of a deleted document until that deletion can no longer be undone', async () => {
    const session = await projectWith(['d1']);
    await linkRecording(session, recording('a', 'd1'));
    await deleteDocument(session, 'd1');
    expect(await session.db.recordings.count()).toBe(0);
    expect(await recordingsInUse(session)).toEqual(new Set(['opfs:a']));
    await session.history.undo();
    expect(await session.db.recordings.get('a')).toBeDefined();
    await session.history.redo();
    await fillHistory(session);
    expect(await recordingsInUse(session)).toEqual(new Set());
  });

  it('lets a recording go when the redo that would link it again is replaced by a new step', async () => {
    const session = await projectWith(['d1']);
    await linkRecording(session, recording('a', 'd1'));
    await session.history.undo();
    expect(await recordingsInUse(session)).toEqual(new Set(['opfs:a'])); // redo can link it again
    const forgotten: Step[] = [];
    session.history.onForget((steps) => forgotten.push(...steps));
    await session.history.commit('x', { settings: { put: [{ key: 'k', value: 1 }] } });
    expect(await recordingsInUse(session)).toEqual(new Set());
    expect(forgotten).toHaveLength(1);
    expect(forgotten[0]!.redo.recordings?.put?.[0]?.id).toBe('a');
  });

  it('never lets go of a file another document still links to', async () => {
    const session = await projectWith(['d1', 'd2']);
    await linkRecording(session, recording('a', 'd1', 'shared'));
    await linkRecording(session, recording('b', 'd2', 'shared'));
    await deleteDocument(session, 'd1');
    await fillHistory(session);
    expect(await recordingsInUse(session)).toEqual(new Set(['opfs:shared']));
  });

  it('names no file on disk (Electron): those are the user’s and never removed', async () => {
    const session = await projectWith(['d1']);
    await linkRecording(session, { ...recording('a', 'd1'), where: { kind: 'file', ref: 'r1' } });
    expect(await recordingsInUse(session)).toEqual(new Set());
  });
});
