import 'fake-indexeddb/auto';
import type * as Y from 'yjs';
import { allCodings, documentTurns } from '../db/lists.ts';
import { LOCAL, seedShared } from './mirror.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { code, computer, doc, removeComputers, sync, TEXT, turn, words } from './mirrorTesting.ts';

afterEach(removeComputers);

describe('mirror between Dexie and the shared documents', () => {
  it('brings a shared project, and each coding after it, into a colleague’s empty project', async () => {
    const anna = computer();
    await anna.history.commit('import', {
      documents: { put: [doc] },
      turns: { put: [turn] },
      codes: { put: [code] },
    });
    const bram = computer();
    await sync(anna, bram);
    expect(await bram.db.documents.get('d1')).toEqual(doc);
    expect((await documentTurns(bram.db, 'd1')).find((t) => t.id === 't1')).toEqual(turn);
    expect(await bram.db.codes.get('c1')).toEqual(code);

    await anna.history.commit('code', { codings: { put: [words(27, 4, 'k1')] } });
    await sync(anna, bram);
    expect((await allCodings(bram.db)).find((c) => c.id === 'k1')).toEqual(words(27, 4, 'k1'));
    // Undo is Anna's own step; it reaches Bram as a removal.
    await anna.history.undo();
    await sync(anna, bram);
    expect(await allCodings(bram.db)).toEqual([]);
    // Bram's history holds none of Anna's work.
    expect(bram.history.size).toBe(0);
  });

  it('keeps both codings when a text edit and a coding happen at once, each on the same words', async () => {
    const anna = computer();
    await anna.history.commit('import', { documents: { put: [doc] }, turns: { put: [turn] } });
    const bram = computer();
    await sync(anna, bram);
    const at = TEXT.indexOf('normaal niet');
    // Bram codes "normaal"; at the same time Anna fixes a word before it.
    await bram.history.commit('code', { codings: { put: [words(at, 7, 'k2', 'bram')] } });
    const edited = TEXT.replace('Ik denk', 'Ik geloof');
    await anna.history.commit('edit', { documents: { put: [{ ...doc, text: edited }] } });
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram]) {
      const stored = (await side.db.documents.get('d1'))!;
      expect(stored.text).toBe(edited);
      const coding = (await allCodings(side.db)).find((c) => c.id === 'k2')!;
      expect(stored.text.slice(coding.start, coding.end)).toBe('normaal');
    }
  });

  it('seeds empty shared documents from a whole local project', async () => {
    const anna = computer();
    await anna.db.documents.put(doc);
    await anna.db.codingLists.put({ documentId: 'd1', codings: [words(27, 4, 'k3')] });
    await seedShared(anna.db, anna.docs);
    expect(anna.docs.transcript('d1').getText('text').toString()).toBe(TEXT);
    expect(anna.docs.project.getMap('documents').get('d1')).not.toHaveProperty('text');
    // Only this person's own transactions carry the LOCAL origin.
    let origin: unknown;
    anna.docs.project.on('afterTransaction', (tx: Y.Transaction) => (origin = tx.origin));
    await anna.history.commit('code', { codes: { put: [code] } });
    expect(origin).toBe(LOCAL);
  });

  it('keeps a coding applied while a colleague deleted its code, naming the deleted code', async () => {
    const anna = computer();
    await anna.history.commit('import', {
      documents: { put: [doc] },
      turns: { put: [turn] },
      codes: { put: [code] },
      codings: { put: [words(27, 4, 'k5')] },
    });
    const bram = computer();
    await sync(anna, bram);
    // Anna deletes the code and its codings while Bram, not yet knowing, applies it.
    await anna.history.commit('delete code', {
      codes: { delete: ['c1'] },
      codings: { delete: [{ id: 'k5', documentId: 'd1' }] },
    });
    await bram.history.commit('code', { codings: { put: [words(36, 4, 'k6', 'bram')] } });
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram]) {
      expect(await side.db.codes.get('c1')).toBeUndefined();
      // Nothing coded is lost: Bram's coding is on both computers, with the deleted code's id (the coding view
      // lists such codings under "Verwijderde code" for someone to give them another code).
      expect((await allCodings(side.db)).map((c) => [c.id, c.codeId])).toEqual([['k6', 'c1']]);
    }
  });
});
