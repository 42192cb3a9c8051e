import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Citation, Code, SummaryCell } from '../../shared/model.ts';
import { deleteCodeWithCodings, deleteImpact, mergeCodeInto } from './codes.ts';
import { editDocumentText } from './documents.ts';
import { History } from './history.ts';
import type { ProjectSession } from './projects.ts';
import { openProjectDb } from './schema.ts';
import {
  removeKeyQuote,
  saveCellSummary,
  saveColumnProfile,
  saveKeyQuote,
  saveThemeSynthesis,
} from './summaries.ts';

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

const cell: SummaryCell = { codeId: 'taal', column: { by: 'perspective', value: 'onderwijs' } };
const citation: Citation = { id: 'c1', codingId: 'k1', documentId: 'd1', start: 5, end: 20 };

describe('summary mutations', () => {
  it('keeps one summary per cell, each save one undo step, and undo brings the earlier text back', async () => {
    const session = freshSession();
    await saveCellSummary(session, cell, 'Leraren zien', []);
    await saveCellSummary(session, cell, 'Leraren zien het kind [1].', [citation]);
    const stored = await session.db.summaries.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: 'cell', codeId: 'taal', text: 'Leraren zien het kind [1].' });
    expect(session.history.nextUndo).toBe('history.summary');
    await session.history.undo();
    expect(await session.db.summaries.get(stored[0]!.id)).toMatchObject({ text: 'Leraren zien' });
    await session.history.undo();
    expect(await session.db.summaries.count()).toBe(0);
    await session.history.redo();
    expect((await session.db.summaries.get(stored[0]!.id))?.citations).toEqual([]);
  });

  it('removes a summary emptied of text and citations (the cell is open again), undoably', async () => {
    const session = freshSession();
    await saveCellSummary(session, cell, 'Iets', []);
    await saveCellSummary(session, cell, '   ', []);
    expect(await session.db.summaries.count()).toBe(0);
    await session.history.undo();
    expect(await session.db.summaries.count()).toBe(1);
    // Whitespace with a citation is kept: the citation is the researcher's work.
    await saveCellSummary(session, cell, ' ', [citation]);
    expect(await session.db.summaries.count()).toBe(1);
  });

  it('keeps a cell summary, a theme synthesis and a column profile apart', async () => {
    const session = freshSession();
    await saveCellSummary(session, cell, 'Cel', []);
    await saveThemeSynthesis(session, 'taal', 'perspective', { agree: 'Eens', differ: '', unique: '' });
    await saveColumnProfile(session, cell.column, 'Profiel van onderwijs');
    await saveThemeSynthesis(session, 'taal', 'perspective', { agree: 'Eens', differ: 'Anders', unique: '' });
    await saveColumnProfile(session, { by: 'document', value: 'd1' }, 'Profiel van een groep');
    const kinds = (await session.db.summaries.toArray()).map((s) => s.kind).sort();
    expect(kinds).toEqual(['cell', 'profile', 'profile', 'synthesis']);
    const synthesis = (await session.db.summaries.where('kind').equals('synthesis').first())!;
    expect(synthesis.kind === 'synthesis' && synthesis.parts.differ).toBe('Anders');
    await saveThemeSynthesis(session, 'taal', 'perspective', { agree: '', differ: ' ', unique: '' });
    expect(await session.db.summaries.where('kind').equals('synthesis').count()).toBe(0);
  });

  it('marks a key quote once per cell, changes its display, and unmarks it; each undoable', async () => {
    const session = freshSession();
    const quote = await saveKeyQuote(session, 'k1', cell);
    const shortened = await saveKeyQuote(session, 'k1', cell, 'het kind … gewoon');
    expect(shortened.id).toBe(quote.id);
    expect(await session.db.keyQuotes.count()).toBe(1);
    expect((await session.db.keyQuotes.get(quote.id))?.display).toBe('het kind … gewoon');
    await saveKeyQuote(session, 'k1', { ...cell, column: { by: 'perspective', value: 'jeugdhulp' } });
    expect(await session.db.keyQuotes.count()).toBe(2);
    await removeKeyQuote(session, quote.id);
    expect(await session.db.keyQuotes.get(quote.id)).toBeUndefined();
    await session.history.undo();
    expect((await session.db.keyQuotes.get(quote.id))?.display).toBe('het kind … gewoon');
  });
});

const code = (id: string): Code => ({
  id,
  parentId: null,
  name: id,
  color: '#123456',
  description: '',
  inclusion: '',
  exclusion: '',
  example: '',
  order: 0,
  codable: true,
});

/** A document "R1: het kind gewoon laten zijn" coded with taal (k1) and taalgebruik (k2). */
async function seeded() {
  const session = freshSession();
  const text = 'R1: het kind gewoon laten zijn';
  await session.db.documents.add({
    id: 'd1',
    name: 'Groep',
    format: 'txt',
    text,
    sourceHash: 'h',
    importedAt: '2026-01-01',
    attributes: { perspective: 'onderwijs' },
    order: 0,
  });
  await session.db.codes.bulkAdd([code('taal'), code('taalgebruik')]);
  const coding = { documentId: 'd1', coderId: 'u', createdAt: '2026-01-01', start: 4, end: 30 };
  await session.db.codingLists.put({
    documentId: 'd1',
    codings: [
      { ...coding, id: 'k1', codeId: 'taal' },
      { ...coding, id: 'k2', codeId: 'taalgebruik', start: 8, end: 12 },
    ],
  });
  return session;
}

describe('summaries follow the codebook and the text', () => {
  it('moves a code’s summaries and key quotes with a merge; undo puts them back', async () => {
    const session = await seeded();
    const source: SummaryCell = { ...cell, codeId: 'taalgebruik' };
    await saveCellSummary(session, source, 'Over het kind [1].', [{ ...citation, codingId: 'k2' }]);
    await saveKeyQuote(session, 'k2', source);
    await mergeCodeInto(session, 'taalgebruik', 'taal');
    const [summary] = await session.db.summaries.toArray();
    expect(summary).toMatchObject({ codeId: 'taal', text: 'Over het kind [1].' });
    expect((await session.db.keyQuotes.toArray())[0]?.cell.codeId).toBe('taal');
    await session.history.undo();
    expect((await session.db.summaries.toArray())[0]?.codeId).toBe('taalgebruik');
    expect((await session.db.keyQuotes.toArray())[0]?.cell.codeId).toBe('taalgebruik');
  });

  it('counts the summaries and key quotes a delete takes, and undo restores them', async () => {
    const session = await seeded();
    await saveCellSummary(session, cell, 'Taal', []);
    await saveThemeSynthesis(session, 'taal', 'perspective', { agree: 'Eens', differ: '', unique: '' });
    await saveKeyQuote(session, 'k1', cell);
    expect(await deleteImpact(session.db, 'taal')).toEqual({
      codes: 1,
      codings: 1,
      summaries: 2,
      keyQuotes: 1,
    });
    await deleteCodeWithCodings(session, 'taal');
    expect(await session.db.summaries.count()).toBe(0);
    expect(await session.db.keyQuotes.count()).toBe(0);
    await session.history.undo();
    expect(await session.db.summaries.count()).toBe(2);
    expect(await session.db.keyQuotes.count()).toBe(1);
  });

  it('keeps a citation on its words when the text before it is edited, in the same undo step', async () => {
    const session = await seeded();
    await saveCellSummary(session, cell, 'Zie [1].', [
      { id: 'c', codingId: 'k2', documentId: 'd1', start: 8, end: 12 },
    ]);
    await editDocumentText(session, 'd1', { start: 4, end: 7, insert: 'dat' });
    const [summary] = await session.db.summaries.toArray();
    const moved = summary!.citations[0]!;
    expect((await session.db.documents.get('d1'))!.text.slice(moved.start, moved.end)).toBe('kind');
    await session.history.undo();
    expect((await session.db.summaries.toArray())[0]!.citations[0]).toMatchObject({ start: 8, end: 12 });
  });
});
