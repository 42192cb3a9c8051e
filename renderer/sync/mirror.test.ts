import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Citation, Code, Coding, KoorDocument, Summary, SummaryCell, Turn } from '../../shared/model.ts';
import { addCitation, removeCitation } from '../../shared/synthesis/citations.ts';
import { History } from '../db/history.ts';
import { allCodings, documentTurns } from '../db/lists.ts';
import { applyPatch } from '../db/patch.ts';
import { saveCellSummary } from '../db/summaries.ts';
import { foldDuplicateSummaries, observeLostTexts, restoreLostText } from '../../shared/sync/summaryDoc.ts';
import { cellKey, summaryPlaceId } from '../../shared/synthesis/summaryKeys.ts';
import { openProjectDb, type ProjectDb } from '../db/schema.ts';
import {
  defineParts,
  LOCAL,
  mirrorWrite,
  projectPatch,
  seedShared,
  transcriptPatch,
  type SharedDocs,
} from './mirror.ts';

const dbs: ProjectDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    await db.delete();
  }
});

/** One computer: its Dexie project, its history mirrored into its Yjs documents. */
function computer() {
  const db = openProjectDb(crypto.randomUUID());
  dbs.push(db);
  const history = new History(db);
  const project = defineParts(new Y.Doc(), 'project');
  const transcripts = new Map<string, Y.Doc>();
  const docs: SharedDocs = {
    project,
    transcript: (id) => {
      if (!transcripts.has(id)) transcripts.set(id, defineParts(new Y.Doc(), 'transcript'));
      return transcripts.get(id)!;
    },
  };
  history.observe((written, replaced) => mirrorWrite(docs, written, replaced));
  // Texts of summaries started here at the same moment as elsewhere, that the shared map did not keep.
  const lost: [string, string][] = [];
  observeLostTexts(project, (key, text) => lost.push([key, text]));
  return { db, history, docs, transcripts, lost, session: { id: db.name, db, history } };
}

/** Runs a change of this computer's project document that does not come from its history, as teamSync does. */
async function fold(side: { db: ProjectDb; docs: SharedDocs }, work: () => void): Promise<void> {
  const changed = new Map<unknown, Set<string | null>>();
  const onTx = (tx: Y.Transaction) => tx.changed.forEach((keys, type) => changed.set(type, keys));
  side.docs.project.on('afterTransaction', onTx);
  work();
  side.docs.project.off('afterTransaction', onTx);
  await applyPatch(side.db, await projectPatch(side.db, side.docs.project, changed));
}

type Computer = ReturnType<typeof computer>;

/** Sends every document's missing updates from one computer to the other and writes them to its Dexie. */
async function sync(from: Computer, to: Computer): Promise<void> {
  const send = (a: Y.Doc, b: Y.Doc) => {
    const changed = new Map<unknown, Set<string | null>>();
    const onTx = (tx: Y.Transaction) => tx.changed.forEach((keys, type) => changed.set(type, keys));
    b.on('afterTransaction', onTx);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
    b.off('afterTransaction', onTx);
    return changed;
  };
  const changed = send(from.docs.project, to.docs.project);
  await applyPatch(to.db, await projectPatch(to.db, to.docs.project, changed));
  for (const [id, doc] of from.transcripts) {
    const target = to.docs.transcript(id);
    const first = target.getText('text').length === 0;
    const parts = send(doc, target);
    await applyPatch(to.db, await transcriptPatch(to.db, to.docs.project, id, target, first ? null : parts));
  }
}

const TEXT = 'GL: Wat is normaal?\nR1: Ik denk dat normaal niet bestaat.\n';
const doc: KoorDocument = {
  id: 'd1',
  name: 'Groep 1',
  text: TEXT,
  format: 'txt',
  sourceHash: 'h',
  importedAt: '2026-01-01T00:00:00.000Z',
  attributes: {},
  order: 0,
} as KoorDocument;
const turn: Turn = { id: 't1', documentId: 'd1', speakerId: null, start: 24, end: TEXT.length - 1 };
const code = { id: 'c1', name: 'Taal', parentId: null, color: '#1f77b4', codable: true } as unknown as Code;
const words = (from: number, length: number, id: string, coderId = 'anna'): Coding => ({
  id,
  documentId: 'd1',
  codeId: 'c1',
  coderId,
  start: from,
  end: from + length,
  createdAt: '2026-01-01T00:00:00.000Z',
});

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

  it('merges two people writing in one summary at once character by character', async () => {
    const anna = computer();
    const summary = {
      id: 's1',
      kind: 'cell',
      codeId: 'c1',
      column: { by: 'perspective', value: 'ouders' },
      text: 'Ouders zoeken steun.',
      citations: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as unknown as Summary;
    await anna.history.commit('import', { codes: { put: [code] }, summaries: { put: [summary] } });
    const bram = computer();
    await sync(anna, bram);
    expect(await bram.db.summaries.get('s1')).toEqual(summary);
    // At the same time: Anna adds to the start, Bram to the end.
    await anna.history.commit('summary', {
      summaries: { put: [{ ...summary, text: 'Veel ouders zoeken steun.' } as Summary] },
    });
    await bram.history.commit('summary', {
      summaries: { put: [{ ...summary, text: 'Ouders zoeken steun bij school.' } as Summary] },
    });
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram]) {
      expect(((await side.db.summaries.get('s1')) as { text: string }).text).toBe(
        'Veel ouders zoeken steun bij school.',
      );
    }
    // A synthesis' three parts merge each on their own; a deleted summary goes with its texts.
    const synthesis = {
      id: 's2',
      kind: 'synthesis',
      codeId: 'c1',
      column: { by: 'perspective', value: '' },
      parts: { agree: 'Eens.', differ: '', unique: '' },
      citations: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as unknown as Summary;
    await anna.history.commit('synthesis', { summaries: { put: [synthesis] } });
    await sync(anna, bram);
    const parts = (s: Summary) => (s as unknown as { parts: Record<string, string> }).parts;
    await anna.history.commit('a', {
      summaries: { put: [{ ...synthesis, parts: { ...parts(synthesis), agree: 'Allen eens.' } } as Summary] },
    });
    await bram.history.commit('b', {
      summaries: {
        put: [{ ...synthesis, parts: { ...parts(synthesis), differ: 'Niet over geld.' } } as Summary],
      },
    });
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram]) {
      expect(parts((await side.db.summaries.get('s2'))!)).toEqual({
        agree: 'Allen eens.',
        differ: 'Niet over geld.',
        unique: '',
      });
    }
    await anna.history.commit('delete', { summaries: { delete: ['s2'] } });
    await sync(anna, bram);
    expect(await bram.db.summaries.get('s2')).toBeUndefined();
    expect([...anna.docs.project.getMap('summaryTexts').keys()].sort()).toEqual(['s1/text']);
  });

  it('keeps both citations when two people cite in one summary at once, and a removal beside an addition', async () => {
    const cite = (id: string, codingId: string, start: number): Citation => ({
      id,
      codingId,
      documentId: 'd1',
      start,
      end: start + 4,
    });
    const first = cite('0a000000-0000-4000-8000-000000000001', 'k1', 27);
    const summary = {
      id: 's3',
      kind: 'cell',
      codeId: 'c1',
      column: { by: 'perspective', value: 'ouders' },
      text: 'Steun [1].',
      citations: [first],
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as unknown as Summary;
    const anna = computer();
    await anna.history.commit('import', { codes: { put: [code] }, summaries: { put: [summary] } });
    const bram = computer();
    await sync(anna, bram);
    expect(await bram.db.summaries.get('s3')).toEqual(summary);
    const read = async (side: Computer) => (await side.db.summaries.get('s3')) as Summary & { text: string };
    // The citation each phrase's marker points at (the order of words inserted at once is Yjs' to choose).
    const citedBy = (merged: Summary & { text: string }, phrase: string) => {
      const marker = new RegExp(`${phrase} \\[(\\d+)\\]`).exec(merged.text);
      return marker ? merged.citations[Number(marker[1]) - 1]?.id : undefined;
    };

    // At the same time each cites another fragment at the end of the summary (both write it as [2]).
    const annas = cite('0a000000-0000-4000-8000-00000000000a', 'k2', 40);
    const brams = cite('0a000000-0000-4000-8000-00000000000b', 'k3', 45);
    await anna.history.commit('cite', {
      summaries: {
        put: [{ ...summary, text: 'Steun [1]. School [2].', citations: [first, annas] } as Summary],
      },
    });
    await bram.history.commit('cite', {
      summaries: {
        put: [{ ...summary, text: 'Steun [1]. Geld [2].', citations: [first, brams] } as Summary],
      },
    });
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram]) {
      const merged = await read(side);
      expect(merged.citations).toEqual([first, annas, brams]);
      // Each marker still points at the fragment its writer cited.
      expect(merged.text).toMatch(/^Steun \[1\]\. (School|Geld) \[\d\]\. (School|Geld) \[\d\]\.$/);
      expect([citedBy(merged, 'Steun'), citedBy(merged, 'School'), citedBy(merged, 'Geld')]).toEqual([
        first.id,
        annas.id,
        brams.id,
      ]);
    }

    // Anna removes the first citation (and its marker) while Bram cites a fourth fragment.
    const later = cite('0a000000-0000-4000-8000-00000000000c', 'k4', 50);
    const now = await read(anna);
    const removed = removeCitation(now, first.id) as Summary & { text: string };
    await anna.history.commit('uncite', { summaries: { put: [removed] } });
    const added = addCitation(now, words(50, 4, 'k4'), later.id);
    await bram.history.commit('cite', {
      summaries: { put: [{ ...added.summary, text: `${now.text} Taal ${added.marker}.` } as Summary] },
    });
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram]) {
      const merged = await read(side);
      expect(merged.citations).toEqual([annas, brams, later]);
      expect(merged.text).not.toMatch(/Steun \[/);
      expect([citedBy(merged, 'School'), citedBy(merged, 'Geld'), citedBy(merged, 'Taal')]).toEqual([
        annas.id,
        brams.id,
        later.id,
      ]);
    }
  });

  it('makes one summary of a cell two people start at the same moment, holding both texts', async () => {
    const anna = computer();
    await anna.history.commit('import', { codes: { put: [code] } });
    const bram = computer();
    await sync(anna, bram);
    const cell = { codeId: 'c1', column: { by: 'perspective', value: 'ouders' } };
    await saveCellSummary(anna.session, cell, 'Ouders zoeken steun.', []);
    await saveCellSummary(bram.session, cell, 'School helpt weinig.', []);
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram])
      for (const [key, text] of side.lost.splice(0))
        await fold(side, () => restoreLostText(side.docs.project, key, text, 'fold'));
    await sync(anna, bram);
    await sync(bram, anna);
    const texts: string[] = [];
    for (const side of [anna, bram]) {
      const summaries = (await side.db.summaries.toArray()) as (Summary & { text: string })[];
      expect(summaries.map((s) => s.id)).toEqual([summaryPlaceId(cellKey(cell))]);
      expect(summaries[0]!.text).toContain('Ouders zoeken steun.');
      expect(summaries[0]!.text).toContain('School helpt weinig.');
      texts.push(summaries[0]!.text);
    }
    expect(texts[0]).toBe(texts[1]);
  });

  it('joins a cell’s two summaries shared before summaries had an id per cell, keeping both texts and citations', async () => {
    const row = (id: string, text: string, citations: Citation[], updatedAt: string) =>
      ({
        id,
        kind: 'cell',
        codeId: 'c1',
        column: { by: 'perspective', value: 'ouders' },
        text,
        citations,
        updatedAt,
      }) as unknown as Summary;
    const a: Citation = {
      id: '0a000000-0000-4000-8000-0000000000a1',
      codingId: 'k1',
      documentId: 'd1',
      start: 27,
      end: 31,
    };
    const b: Citation = {
      id: '0a000000-0000-4000-8000-0000000000b1',
      codingId: 'k2',
      documentId: 'd1',
      start: 40,
      end: 44,
    };
    const anna = computer();
    await anna.history.commit('import', { codes: { put: [code] } });
    const bram = computer();
    await sync(anna, bram);
    await anna.history.commit('s', {
      summaries: { put: [row('sa', 'Steun [1].', [a], '2026-01-01T10:00:00.000Z')] },
    });
    await bram.history.commit('s', {
      summaries: { put: [row('sb', 'Geld [1].', [b], '2026-01-01T10:00:01.000Z')] },
    });
    await sync(anna, bram);
    await sync(bram, anna);
    expect(await anna.db.summaries.count()).toBe(2);
    // Both join at once, then meet: one summary, each text once, each marker on its citation.
    for (const side of [anna, bram])
      await fold(side, () => foldDuplicateSummaries(side.docs.project, 'fold'));
    await sync(anna, bram);
    await sync(bram, anna);
    for (const side of [anna, bram])
      for (const [key, text] of side.lost.splice(0))
        await fold(side, () => restoreLostText(side.docs.project, key, text, 'fold'));
    for (const side of [anna, bram]) {
      const summaries = (await side.db.summaries.toArray()) as (Summary & { text: string })[];
      expect(summaries).toHaveLength(1);
      expect(summaries[0]!.id).toBe(summaryPlaceId(cellKey(summaries[0] as unknown as SummaryCell)));
      expect(summaries[0]!.citations).toEqual([a, b]);
      expect(summaries[0]!.text).toBe('Steun [1].\n\nGeld [2].');
    }
  });

  it('reads a summary shared in layout 2 (its citations in its row, numbered markers in its text)', async () => {
    const bram = computer();
    const citation: Citation = { id: 'c-old', codingId: 'k1', documentId: 'd1', start: 27, end: 31 };
    bram.docs.project.transact(() => {
      bram.docs.project.getMap('summaries').set('s4', {
        id: 's4',
        kind: 'cell',
        codeId: 'c1',
        column: { by: 'perspective', value: 'ouders' },
        citations: [citation],
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      const text = new Y.Text();
      text.insert(0, 'Oud [1].');
      bram.docs.project.getMap('summaryTexts').set('s4/text', text);
    }, 'remote');
    const patch = await projectPatch(bram.db, bram.docs.project, null);
    expect(patch.summaries?.put).toEqual([
      expect.objectContaining({ text: 'Oud [1].', citations: [citation] }),
    ]);
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
