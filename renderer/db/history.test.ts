import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Code, Coding } from '../../shared/model.ts';
import { History, HISTORY_LIMIT, ReadOnlyError } from './history.ts';
import { allCodings, allTurns, documentCodings } from './lists.ts';
import { ROLE_SETTING } from './role.ts';
import { openProjectDb, type ProjectDb } from './schema.ts';
import { TEAM_SETTING } from './visible.ts';

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
    expect((await allCodings(db)).length).toBe(1);

    expect(await history.undo()).toBe('code');
    expect((await allCodings(db)).length).toBe(0);
    expect(await history.undo()).toBe('rename');
    expect((await db.codes.get('a'))?.name).toBe('Taal');
    expect(await history.redo()).toBe('rename');
    expect((await db.codes.get('a'))?.name).toBe('Taal en labels');
    expect(await history.redo()).toBe('code');
    expect((await allCodings(db)).length).toBe(1);
    expect(await history.redo()).toBeNull();

    await history.commit('delete', {
      codes: { delete: ['a'] },
      codings: { delete: [{ id: 'x', documentId: 'd' }] },
    });
    expect(await db.codes.count()).toBe(0);
    await history.undo();
    expect((await db.codes.get('a'))?.name).toBe('Taal en labels');
    expect((await allCodings(db)).length).toBe(1);
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

  it('keeps each document’s codings as one list in text order, through puts, deletes, undo and redo', async () => {
    const db = freshDb();
    const history = new History(db);
    const coding = (id: string, documentId: string, start: number): Coding => ({
      id,
      documentId,
      codeId: 'a',
      start,
      end: start + 2,
      coderId: 'u',
      createdAt: '',
    });
    await history.commit('code', {
      codings: { put: [coding('k3', 'd1', 9), coding('k1', 'd1', 1), coding('k2', 'd2', 5)] },
    });
    const ids = async (documentId: string) => (await documentCodings(db, documentId)).map((c) => c.id);
    expect(await ids('d1')).toEqual(['k1', 'k3']);
    await history.commit('move', {
      codings: { put: [coding('k3', 'd1', 0)], delete: [{ id: 'k2', documentId: 'd2' }] },
    });
    expect(await ids('d1')).toEqual(['k3', 'k1']);
    // A document's last coding gone: its list goes too.
    expect(await db.codingLists.get('d2')).toBeUndefined();
    await history.undo();
    expect(await ids('d1')).toEqual(['k1', 'k3']);
    expect(await ids('d2')).toEqual(['k2']);
    await history.redo();
    expect(await ids('d1')).toEqual(['k3', 'k1']);
    expect(await ids('d2')).toEqual([]);
  });

  it('refuses to insert a turn whose id exists, and stores nothing of that patch', async () => {
    const db = freshDb();
    const history = new History(db);
    const turn = { id: 't1', documentId: 'd', speakerId: null, start: 0, end: 4 };
    await history.commit('import', { turns: { insert: [turn] } });
    await expect(
      history.commit('again', {
        turns: { insert: [{ ...turn, id: 't2', start: 5, end: 9 }, turn] },
      }),
    ).rejects.toThrow(/exists/);
    expect((await allTurns(db)).map((t) => t.id)).toEqual(['t1']);
    await history.undo();
    expect(await allTurns(db)).toEqual([]);
  });
});

describe('History of a reader in a shared project', () => {
  const becomeReader = (db: ProjectDb) =>
    db.settings.bulkPut([
      { key: TEAM_SETTING, value: { server: 'ws://127.0.0.1:1234', token: 'x' } },
      { key: ROLE_SETTING, value: 'reader' },
    ]);

  it('refuses every write to the shared project, tells why once per refusal, and stores nothing', async () => {
    const db = freshDb();
    const history = new History(db);
    const refused: string[] = [];
    history.onRefused((reason) => refused.push(reason));
    await history.commit('create', { codes: { put: [code('a', 'Taal')] } });
    await becomeReader(db);

    await expect(history.commit('rename', { codes: { put: [code('a', 'Anders')] } })).rejects.toBeInstanceOf(
      ReadOnlyError,
    );
    await expect(
      history.commitParts('import', [{ codes: { put: [code('b', 'Nieuw')] } }], {}),
    ).rejects.toBeInstanceOf(ReadOnlyError);
    // An undo of a step made as a coder would change the shared project too; the step stays to undo later.
    await expect(history.undo()).rejects.toBeInstanceOf(ReadOnlyError);
    expect(history.nextUndo).toBe('create');
    expect(await db.codes.toArray()).toEqual([code('a', 'Taal')]);
    expect(refused).toEqual(['team.readOnly', 'team.readOnly', 'team.readOnly']);

    // What belongs to this computer stays writable, and a coder again writes as before.
    await history.commit('setting', { settings: { put: [{ key: 'pinnedCodes', value: ['a'] }] } });
    await db.settings.put({ key: ROLE_SETTING, value: 'coder' });
    await history.commit('rename', { codes: { put: [code('a', 'Anders')] } });
    expect((await db.codes.get('a'))?.name).toBe('Anders');
    expect(refused).toHaveLength(3);
  });
});
