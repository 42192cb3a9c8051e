import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { retrieveFragments } from '../../shared/coding/retrieval.ts';
import { participation } from '../../shared/dynamics/participation.ts';
import type { Coding, KoorDocument, Speaker, Turn } from '../../shared/model.ts';
import { History } from './history.ts';
import { allTurns } from './lists.ts';
import { loadProjectData } from './projectData.ts';
import type { ProjectSession } from './projects.ts';
import { openProjectDb } from './schema.ts';
import { mergeTurnWithPrevious, reassignSpeakerTo, reassignTurnsTo, splitTurnAt } from './turns.ts';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  for (const { db } of sessions.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const TEXT = 'Wat is normaal?\n\nBij ons is alles normaal. Nou, bij ons thuis niet hoor.\n\nDank jullie.';
const MISSED = 'Nou, bij ons thuis niet hoor.';
const QUOTE = 'bij ons thuis niet';

/** A project with one group: the moderator, and Anna whose turn also holds a missed speaker's words. */
async function freshSession(): Promise<ProjectSession> {
  const id = crypto.randomUUID();
  const db = openProjectDb(id);
  const session = { id, db, history: new History(db) };
  sessions.push(session);
  const document: KoorDocument = {
    id: 'd',
    name: 'Ouders',
    format: 'txt',
    text: TEXT,
    sourceHash: 'x',
    importedAt: '2026-01-01T00:00:00.000Z',
    attributes: { perspective: 'ouders' },
    order: 0,
  };
  const speaker = (sid: string, name: string, role: Speaker['role']): Speaker => ({
    id: sid,
    documentId: 'd',
    label: name,
    name,
    role,
    attributes: {},
  });
  const span = (tid: string, speakerId: string, words: string): Turn => {
    const start = TEXT.indexOf(words);
    return { id: tid, documentId: 'd', speakerId, start, end: start + words.length };
  };
  const coding: Coding = {
    id: 'c',
    documentId: 'd',
    codeId: 'k',
    start: TEXT.indexOf(QUOTE),
    end: TEXT.indexOf(QUOTE) + QUOTE.length,
    coderId: 'anna',
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  const tables = [db.documents, db.speakers, db.turnLists, db.codes, db.codingLists, db.questions];
  await session.db.transaction('rw', tables, async () => {
    await db.documents.put(document);
    await db.codes.put({
      id: 'k',
      parentId: null,
      name: 'Thuis',
      color: '#336699',
      description: '',
      inclusion: '',
      exclusion: '',
      example: '',
      order: 0,
      codable: true,
    });
    await db.speakers.bulkPut([
      speaker('gl', 'Gespreksleider', 'moderator'),
      speaker('an', 'Anna', 'participant'),
    ]);
    await db.turnLists.put({
      documentId: 'd',
      turns: [
        span('t1', 'gl', 'Wat is normaal?'),
        span('t2', 'an', `Bij ons is alles normaal. ${MISSED}`),
        span('t3', 'gl', 'Dank jullie.'),
      ],
    });
    await db.codingLists.put({ documentId: 'd', codings: [coding] });
    await db.questions.put({
      id: 'q',
      documentId: 'd',
      turnId: 't3',
      label: 'Afsluiting',
      start: 0,
      order: 0,
    });
  });
  return session;
}

async function snapshot(session: ProjectSession) {
  const project = await loadProjectData(session.db, 'p');
  const fragment = retrieveFragments(project, { codeIds: ['k'] })[0]!;
  const words = Object.fromEntries(
    participation(project, 'd').speakers.map((s) => [s.label, `${s.turns}/${s.words}`]),
  );
  return { project, fragment, words };
}

describe('speaker corrections in the database', () => {
  it('splits a turn to a new speaker: participation and the fragment speaker follow; undo restores', async () => {
    const session = await freshSession();
    const before = await snapshot(session);
    expect(before.words).toEqual({ Gespreksleider: '2/5', Anna: '1/11' });
    expect(before.fragment.speakerName).toBe('Anna');

    const done = await splitTurnAt(session, 'd', 't2', TEXT.indexOf(MISSED), { kind: 'new', name: 'Mo' });
    expect(done).toMatchObject({ ok: true, data: { turns: 2, removedSpeakers: 0 } });
    const after = await snapshot(session);
    expect(after.words).toEqual({ Gespreksleider: '2/5', Anna: '1/5', Mo: '1/6' });
    expect(after.fragment).toMatchObject({ speakerName: 'Mo', perspective: 'ouders', text: QUOTE });
    expect(after.project.codings).toEqual(before.project.codings);
    expect(after.project.documents[0]!.text).toBe(TEXT);
    expect(session.history.nextUndo).toBe('history.splitTurn');

    await session.history.undo();
    const undone = await snapshot(session);
    expect(undone.words).toEqual(before.words);
    expect(undone.project.speakers).toHaveLength(2);
    expect(undone.fragment.speakerName).toBe('Anna');
  });

  it('gives all turns of a speaker to another, removing the empty speaker, in one step', async () => {
    const session = await freshSession();
    const result = await reassignSpeakerTo(session, 'd', 'an', { kind: 'existing', speakerId: 'gl' });
    expect(result).toMatchObject({ ok: true, data: { removedSpeakers: 1 } });
    const { project } = await snapshot(session);
    expect(project.speakers.map((s) => s.id)).toEqual(['gl']);
    await session.history.undo();
    expect((await snapshot(session)).project.speakers).toHaveLength(2);
  });

  it('changes the speaker of selected turns', async () => {
    const session = await freshSession();
    await reassignTurnsTo(session, 'd', ['t1', 't3'], { kind: 'new', name: 'Ilse' });
    const { words } = await snapshot(session);
    expect(words).toEqual({ Anna: '1/11', Ilse: '2/5' });
  });

  it('merges a turn into the previous one and moves a question that opened it', async () => {
    const session = await freshSession();
    const result = await mergeTurnWithPrevious(session, 'd', 't3');
    expect(result.ok).toBe(true);
    expect((await allTurns(session.db)).length).toBe(2);
    expect(await session.db.questions.get('q')).toMatchObject({
      turnId: 't2',
      start: TEXT.indexOf('Bij ons'),
    });
    expect((await snapshot(session)).words).toEqual({ Gespreksleider: '1/3', Anna: '1/13' });
    await session.history.undo();
    expect(await session.db.questions.get('q')).toMatchObject({ turnId: 't3' });
    expect((await allTurns(session.db)).length).toBe(3);
  });

  it('refuses what it cannot do and stores nothing', async () => {
    const session = await freshSession();
    expect(await mergeTurnWithPrevious(session, 'd', 't1')).toEqual({
      ok: false,
      reason: 'turns.noPrevious',
    });
    expect(await splitTurnAt(session, 'd', 't2', TEXT.length - 1, { kind: 'new', name: 'X' })).toMatchObject({
      ok: false,
    });
    expect(session.history.size).toBe(0);
  });
});
