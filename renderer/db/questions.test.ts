import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { History } from './history.ts';
import type { ProjectSession } from './projects.ts';
import {
  addQuestion,
  confirmRoute,
  deleteQuestion,
  mergeWithPrevious,
  relabelRoute,
  renameQuestion,
} from './questions.ts';
import { openProjectDb } from './schema.ts';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  for (const { db } of sessions.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function freshSession(): ProjectSession {
  const id = crypto.randomUUID();
  const db = openProjectDb(id);
  const session = { id, db, history: new History(db) };
  sessions.push(session);
  return session;
}

const drafts = [
  { turnId: 't5', label: 'Wat helpt?', start: 500 },
  { turnId: 't1', label: 'Wat is normaal?', start: 10 },
  { turnId: 't3', label: 'Wanneer is hulp nodig?', start: 300 },
];

async function route(session: ProjectSession, documentId = 'd1') {
  const rows = await session.db.questions.where('documentId').equals(documentId).toArray();
  return rows.sort((a, b) => a.order - b.order).map((q) => `${q.order}:${q.turnId}:${q.label}`);
}

describe('questions', () => {
  it('confirms a route in text order and undoes it in one step', async () => {
    const session = freshSession();
    await confirmRoute(session, 'd1', drafts);
    expect(await route(session)).toEqual([
      '0:t1:Wat is normaal?',
      '1:t3:Wanneer is hulp nodig?',
      '2:t5:Wat helpt?',
    ]);
    expect(session.history.nextUndo).toBe('history.confirmRoute');
    await session.history.undo();
    expect(await route(session)).toEqual([]);
  });

  it('replaces an earlier route of the same group only', async () => {
    const session = freshSession();
    await confirmRoute(session, 'd1', drafts);
    await confirmRoute(session, 'd2', drafts.slice(0, 1));
    await confirmRoute(session, 'd1', drafts.slice(1));
    expect(await route(session)).toEqual(['0:t1:Wat is normaal?', '1:t3:Wanneer is hulp nodig?']);
    expect(await route(session, 'd2')).toEqual(['0:t5:Wat helpt?']);
  });

  it('renames, adds in position, merges and deletes, each undoable', async () => {
    const session = freshSession();
    const rows = await confirmRoute(session, 'd1', drafts);
    await renameQuestion(session, rows[0]!.id, '  Vraag 1: wat is normaal?  ');
    await addQuestion(session, 'd1', { turnId: 't2', label: 'Wie bepaalt dat?', start: 200 });
    expect(await route(session)).toEqual([
      '0:t1:Vraag 1: wat is normaal?',
      '1:t2:Wie bepaalt dat?',
      '2:t3:Wanneer is hulp nodig?',
      '3:t5:Wat helpt?',
    ]);
    const added = (await session.db.questions.toArray()).find((q) => q.turnId === 't2')!;
    await mergeWithPrevious(session, added.id);
    expect(session.history.nextUndo).toBe('history.mergeQuestion');
    expect(await route(session)).toEqual([
      '0:t1:Vraag 1: wat is normaal?',
      '1:t3:Wanneer is hulp nodig?',
      '2:t5:Wat helpt?',
    ]);
    await deleteQuestion(session, rows[2]!.id);
    expect(await route(session)).toEqual(['0:t1:Vraag 1: wat is normaal?', '1:t3:Wanneer is hulp nodig?']);
    await session.history.undo();
    await session.history.undo();
    expect(await route(session)).toHaveLength(4);
    await session.history.undo();
    expect(await route(session)).toEqual([
      '0:t1:Vraag 1: wat is normaal?',
      '1:t3:Wanneer is hulp nodig?',
      '2:t5:Wat helpt?',
    ]);
  });

  it('adding at a turn that already opens a question relabels it', async () => {
    const session = freshSession();
    await confirmRoute(session, 'd1', drafts);
    await addQuestion(session, 'd1', { turnId: 't3', label: 'Vraag 2', start: 300 });
    expect(await route(session)).toEqual(['0:t1:Wat is normaal?', '1:t3:Vraag 2', '2:t5:Wat helpt?']);
  });

  it('takes over labels from another route', async () => {
    const session = freshSession();
    const rows = await confirmRoute(session, 'd1', drafts);
    await relabelRoute(session, 'd1', new Map([[rows[1]!.id, 'Vraag 2: wanneer is hulp nodig?']]));
    expect(session.history.nextUndo).toBe('history.reuseRoute');
    expect(await route(session)).toContain('1:t3:Vraag 2: wanneer is hulp nodig?');
  });
});
