import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Code } from '../../shared/model.ts';
import { History, HISTORY_LIMIT } from './history.ts';
import { openProjectDb, type ProjectDb } from './schema.ts';

const dbs: ProjectDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function freshDb(): ProjectDb {
  const db = openProjectDb(crypto.randomUUID());
  dbs.push(db);
  return db;
}

const code = (id: string, name: string): Code => ({
  id,
  parentId: null,
  name,
  color: '#112233',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order: 0,
  codable: true,
});

describe('History', () => {
  it('undoes and redoes puts and deletes across tables', async () => {
    const db = freshDb();
    const history = new History(db);
    await history.commit('create', { codes: { put: [code('a', 'Taal')] } });
    await history.commit('rename', { codes: { put: [code('a', 'Taal en labels')] } });
    await history.commit('code', {
      codings: {
        put: [{ id: 'x', documentId: 'd', codeId: 'a', start: 0, end: 4, coderId: 'u', createdAt: '' }],
      },
    });
    expect(await db.codings.count()).toBe(1);

    expect(await history.undo()).toBe('code');
    expect(await db.codings.count()).toBe(0);
    expect(await history.undo()).toBe('rename');
    expect((await db.codes.get('a'))?.name).toBe('Taal');
    expect(await history.redo()).toBe('rename');
    expect((await db.codes.get('a'))?.name).toBe('Taal en labels');
    expect(await history.redo()).toBe('code');
    expect(await db.codings.count()).toBe(1);
    expect(await history.redo()).toBeNull();

    await history.commit('delete', { codes: { delete: ['a'] }, codings: { delete: ['x'] } });
    expect(await db.codes.count()).toBe(0);
    await history.undo();
    expect((await db.codes.get('a'))?.name).toBe('Taal en labels');
    expect(await db.codings.count()).toBe(1);
  });

  it('keeps at least 100 steps', async () => {
    const db = freshDb();
    const history = new History(db);
    for (let i = 0; i < 120; i++)
      await history.commit(`step ${i}`, { codes: { put: [code(`c${i}`, `Code ${i}`)] } });
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 119; i >= 20; i--) expect(await history.undo()).toBe(`step ${i}`);
    expect(await db.codes.count()).toBe(20);
  });

  it('leaves the database unchanged when a patch fails half-way', async () => {
    const db = freshDb();
    const history = new History(db);
    await history.commit('create', { codes: { put: [code('a', 'Taal')] } });
    const bad = { id: undefined } as unknown as Code;
    await expect(history.commit('bad', { codes: { put: [code('b', 'Brede blik'), bad] } })).rejects.toThrow();
    expect((await db.codes.toArray()).map((c) => c.id)).toEqual(['a']);
    expect(history.nextUndo).toBe('create');
  });
});
