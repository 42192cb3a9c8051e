import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Code, Coding, KoorDocument, Turn } from '../../shared/model.ts';
import { analysisIndexOf } from '../features/compare/analysisCache.ts';
import { codedMaterial, releaseCodedMaterial } from './codedMaterial.ts';
import { History } from './history.ts';
import { applyPatch } from './patch.ts';
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

const code = (id: string): Code => ({
  id,
  parentId: null,
  name: id,
  color: '#112233',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order: 0,
  codable: true,
});
const document = (id: string, order: number): KoorDocument => ({
  id,
  name: id,
  format: 'txt',
  text: 'P: een twee drie vier vijf zes',
  sourceHash: id,
  importedAt: '',
  attributes: {},
  order,
});
const turn = (documentId: string): Turn => ({
  id: `t-${documentId}`,
  documentId,
  speakerId: null,
  start: 3,
  end: 30,
});
let codings = 0;
const coding = (documentId: string, start = 3): Coding => ({
  id: `c${++codings}`,
  documentId,
  codeId: 'k',
  start,
  end: start + 3,
  coderId: 'u',
  createdAt: '',
});

/** A project of two documents with one coding each, read once by the store. */
async function project() {
  const db = freshDb();
  const history = new History(db);
  await history.commit('setup', {
    codes: { put: [code('k')] },
    documents: { insert: [document('a', 0), document('b', 1)] },
    turns: { insert: [turn('a'), turn('b')] },
    codings: { put: [coding('a'), coding('b')] },
  });
  const store = codedMaterial(db);
  const first = await store.load();
  return { db, history, store, first };
}

describe('codedMaterial', () => {
  it('reads the material once and serves it until a write', async () => {
    const { store, first } = await project();
    expect(first.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(first.codings).toHaveLength(2);
    expect(store.isStale()).toBe(false);
    expect(await store.load()).toBe(first);
  });

  it('is stale as soon as a coding is written, and then reads only the document written', async () => {
    const { db, history, store, first } = await project();
    const bulkGet = vi.spyOn(db.codingLists, 'bulkGet');
    await history.commit('code', { codings: { put: [coding('b', 10)] } });
    expect(store.isStale()).toBe(true);
    const next = await store.load();
    expect(next.codings).toHaveLength(3);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkGet.mock.calls[0]![0]).toEqual(['b']);
    // Untouched tables keep their objects: the documents' texts are not read again.
    expect(next.documents).toBe(first.documents);
    expect(next.codes).toBe(first.codes);
  });

  it('follows undo and redo', async () => {
    const { history, store } = await project();
    await history.commit('code', { codings: { put: [coding('a', 10)] } });
    expect((await store.load()).codings).toHaveLength(3);
    await history.undo();
    expect((await store.load()).codings).toHaveLength(2);
    await history.redo();
    expect((await store.load()).codings).toHaveLength(3);
  });

  it('follows an import, a renamed code and a deleted document', async () => {
    const { history, store } = await project();
    const many = Array.from({ length: 60 }, (_, i) => coding('c', i % 20));
    await history.commit('import', {
      documents: { insert: [document('c', 2)] },
      turns: { insert: [turn('c')] },
      codings: { put: many },
    });
    const imported = await store.load();
    expect(imported.documents.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(imported.codings).toHaveLength(62);
    await history.commit('rename', { codes: { put: [{ ...code('k'), name: 'Taal' }] } });
    expect((await store.load()).codes[0]!.name).toBe('Taal');
    await history.commit('delete', { documents: { delete: ['a'] } });
    expect((await store.load()).documents.map((d) => d.id)).toEqual(['b', 'c']);
  });

  it('follows writes from another connection (a team sync, another window)', async () => {
    const { db, store } = await project();
    const other = openProjectDb(db.name.replace('koor-project-', ''));
    await applyPatch(other, { codings: { put: [coding('a', 12)] } });
    other.close();
    expect((await store.load()).codings).toHaveLength(3);
  });

  it('never serves a read begun before a write once that write is done', async () => {
    const { history, store } = await project();
    await history.commit('code', { codings: { put: [coding('a', 10)] } });
    const reading = store.load();
    await history.commit('code', { codings: { put: [coding('b', 12)] } });
    expect((await reading).codings.length).toBeGreaterThanOrEqual(3);
    expect(store.isStale()).toBe(true);
    expect((await store.load()).codings).toHaveLength(4);
    expect(store.isStale()).toBe(false);
  });

  it('tells listeners about new material while they listen', async () => {
    const { history, store } = await project();
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.current()!.codings.length));
    await history.commit('code', { codings: { put: [coding('a', 10)] } });
    await vi.waitFor(() => expect(seen).toEqual([3]));
    off();
  });

  it('lets go of a released project: no longer listening, its material dropped, a new store if opened again', async () => {
    const { db, history, store } = await project();
    const stale = vi.fn();
    store.onStale(stale);
    releaseCodedMaterial(db);
    await history.commit('code', { codings: { put: [coding('a', 10)] } });
    expect(stale).not.toHaveBeenCalled();
    expect(store.current()).toBeUndefined();
    expect(codedMaterial(db)).not.toBe(store);
  });

  it('gives the analysis index of the material once, and a new one after a write', async () => {
    const { history, store, first } = await project();
    const index = analysisIndexOf(first);
    expect(analysisIndexOf(await store.load())).toBe(index);
    // The same material under another name (as a view names it) reuses the index with that project.
    const named = { ...first, name: 'Studie' };
    expect(analysisIndexOf(named).codingIds).toBe(index.codingIds);
    expect(analysisIndexOf(named).project).toBe(named);
    await history.commit('code', { codings: { put: [coding('b', 10)] } });
    const after = analysisIndexOf(await store.load());
    expect(after).not.toBe(index);
    expect(after.codingIds).toHaveLength(3);
  });
});
