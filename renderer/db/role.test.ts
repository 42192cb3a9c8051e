import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { isReader, readerNow, ROLE_SETTING, watchReader } from './role.ts';
import { openProjectDb, type ProjectDb } from './schema.ts';
import { TEAM_SETTING } from './visible.ts';

const dbs: ProjectDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function project(): ProjectDb {
  const db = openProjectDb(`role-${dbs.length}-${Math.random()}`);
  dbs.push(db);
  return db;
}

const share = { server: 'ws://127.0.0.1:1234', token: 'x' };

describe('reading only in a shared project', () => {
  it('is a reader only with the project shared and the role reader', async () => {
    const db = project();
    expect(await isReader(db)).toBe(false);
    await db.settings.put({ key: ROLE_SETTING, value: 'reader' });
    // A role left without the share (after leaving) does not lock a local copy.
    expect(await isReader(db)).toBe(false);
    await db.settings.put({ key: TEAM_SETTING, value: share });
    expect(await isReader(db)).toBe(true);
    await db.settings.put({ key: ROLE_SETTING, value: 'coder' });
    expect(await isReader(db)).toBe(false);
  });

  it('tells every listener when the role changes, from one query per project', async () => {
    const db = project();
    const told: boolean[] = [];
    const seen = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
    const stopA = watchReader(db, () => told.push(readerNow(db)));
    const stopB = watchReader(db, () => told.push(readerNow(db)));
    await seen();
    expect(readerNow(db)).toBe(false);
    await db.settings.bulkPut([
      { key: TEAM_SETTING, value: share },
      { key: ROLE_SETTING, value: 'reader' },
    ]);
    await seen();
    expect(readerNow(db)).toBe(true);
    expect(told).toEqual([true, true]);
    stopA();
    await db.settings.put({ key: ROLE_SETTING, value: 'owner' });
    await seen();
    expect(told).toEqual([true, true, false]);
    stopB();
    // Nobody listens: the last answer stays, and the next listener's query brings it up to date.
    await db.settings.put({ key: ROLE_SETTING, value: 'reader' });
    expect(readerNow(db)).toBe(false);
    const stopC = watchReader(db, () => undefined);
    await seen();
    expect(readerNow(db)).toBe(true);
    stopC();
  });
});
