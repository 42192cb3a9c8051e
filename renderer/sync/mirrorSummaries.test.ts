import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import type { Citation, Summary, SummaryCell } from '../../shared/model.ts';
import { addCitation, removeCitation } from '../../shared/synthesis/citations.ts';
import { saveCellSummary } from '../db/summaries.ts';
import { foldDuplicateSummaries, restoreLostText } from '../../shared/sync/summaryDoc.ts';
import { cellKey, summaryPlaceId } from '../../shared/synthesis/summaryKeys.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { projectPatch } from './mirror.ts';
import { code, computer, fold, removeComputers, sync, words, type Computer } from './mirrorTesting.ts';

afterEach(removeComputers);

describe('summaries mirrored between two computers', () => {
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
});
