import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { code } from '../../shared/coding/fixtures.ts';
import { interactionCodes, normaliserenTemplate } from '../../shared/codebook/template.ts';
import { emptyProject, type ProjectData } from '../../shared/model.ts';
import { addCodebook, appendCodes, createProjectFrom, markProjectExported } from './exchange.ts';
import { allCodings, allTurns } from './lists.ts';
import { metaDb } from './meta.ts';
import { loadProjectData } from './projectData.ts';
import { deleteProject, openProject, uniqueProjectName } from './projects.ts';

const created: string[] = [];
afterEach(async () => {
  for (const id of created.splice(0)) await deleteProject(id);
});

function project(): ProjectData {
  return {
    ...emptyProject('Uit NVivo'),
    documents: [
      {
        id: 'd1',
        name: 'Groep 1',
        format: 'txt',
        text: 'I: Wat is normaal?\nR1: Gewoon, dat het mag.',
        sourceHash: 'h',
        importedAt: '2026-01-01T00:00:00.000Z',
        attributes: { perspective: 'onderwijs' },
      },
    ],
    speakers: [{ id: 's1', documentId: 'd1', label: 'R1', name: 'R1', role: 'participant', attributes: {} }],
    turns: [{ id: 't1', documentId: 'd1', speakerId: 's1', start: 23, end: 44 }],
    codes: [code('c1', null, 0)],
    codings: [
      {
        id: 'k1',
        documentId: 'd1',
        codeId: 'c1',
        start: 23,
        end: 30,
        coderId: 'u1',
        createdAt: '2026-01-01',
      },
    ],
    coders: [{ id: 'u1', name: 'Anna' }],
    memos: [
      { id: 'm1', target: 'project', title: 'Project', text: 'Eerste indruk', updatedAt: '2026-01-01' },
    ],
    attributes: [{ name: 'perspective', scope: 'document', type: 'choice', values: ['onderwijs'] }],
    summaries: [
      {
        id: 'sum1',
        kind: 'cell',
        codeId: 'c1',
        column: { by: 'perspective', value: 'onderwijs' },
        text: 'Het mag gewoon [1].',
        citations: [{ id: 'cit1', codingId: 'k1', documentId: 'd1', start: 23, end: 30 }],
        updatedAt: '2026-01-02',
      },
    ],
    keyQuotes: [
      {
        id: 'q1',
        codingId: 'k1',
        cell: { codeId: 'c1', column: { by: 'perspective', value: 'onderwijs' } },
        createdAt: '2026-01-02',
      },
    ],
  };
}

describe('appendCodes', () => {
  it('places new top-level codes after the existing ones and keeps the place of known GUIDs', () => {
    const existing = [code('a', null, 0), code('b', null, 1)];
    const incoming = [code('x', null, 0), code('y', 'x', 0), code('b', null, 0), code('z', 'gone', 3)];
    const placed = appendCodes(existing, incoming);
    expect(placed.map((c) => [c.id, c.parentId, c.order])).toEqual([
      ['x', null, 2],
      ['y', 'x', 0],
      ['b', null, 1],
      ['z', null, 5],
    ]);
  });
});

describe('exchange mutations', () => {
  it('adds two templates as two undo steps, the second after the first', async () => {
    const id = await createProjectFrom('Sjablonen', emptyProject('Sjablonen'));
    created.push(id);
    const session = openProject(id);
    expect(await addCodebook(session, normaliserenTemplate('nl'), 'history.addTemplate')).toBe(19);
    expect(await addCodebook(session, interactionCodes('nl'), 'history.addTemplate')).toBe(7);
    // Adding the same template again adds nothing new.
    expect(await addCodebook(session, interactionCodes('nl'), 'history.addTemplate')).toBe(0);
    const roots = (await session.db.codes.toArray()).filter((c) => c.parentId === null);
    expect(roots.map((c) => c.order).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    await session.history.undo();
    await session.history.undo();
    expect(await session.db.codes.count()).toBe(19);
  });

  it('stores an imported project in a new project, every table', async () => {
    const id = await createProjectFrom('Uit NVivo', project());
    created.push(id);
    const { db } = openProject(id);
    expect(await metaDb.projects.get(id)).toMatchObject({ name: 'Uit NVivo' });
    expect((await db.documents.toArray()).map((d) => [d.name, d.order])).toEqual([['Groep 1', 0]]);
    expect(await db.speakers.count()).toBe(1);
    expect((await allTurns(db)).length).toBe(1);
    expect(await db.codes.count()).toBe(1);
    expect((await allCodings(db)).length).toBe(1);
    expect(await db.coders.count()).toBe(1);
    expect(await db.memos.count()).toBe(1);
    expect(await db.attributes.count()).toBe(1);
    expect((await db.summaries.get('sum1'))?.citations[0]?.codingId).toBe('k1');
    expect((await db.keyQuotes.get('q1'))?.cell.column.value).toBe('onderwijs');
    // What exports and backups read holds them again.
    const again = await loadProjectData(db, 'Uit NVivo');
    expect(again.summaries).toEqual(project().summaries);
    expect(again.keyQuotes).toEqual(project().keyQuotes);
  });

  it('leaves no project behind when storing fails', async () => {
    const before = await metaDb.projects.count();
    const broken = project();
    // A coding without a key makes the transaction fail half-way.
    broken.codings = [{ ...broken.codings[0]!, id: undefined as unknown as string }];
    await expect(createProjectFrom('Kapot', broken)).rejects.toThrow();
    expect(await metaDb.projects.count()).toBe(before);
  });

  it('reports progress in parts and leaves no project behind when stopped before the end', async () => {
    const before = await metaDb.projects.count();
    const big = project();
    big.turns = Array.from({ length: 12_000 }, (_, i) => ({ ...big.turns[0]!, id: `t${i}` }));
    const seen: number[] = [];
    const stop = new AbortController();
    await expect(
      createProjectFrom('Gestopt', big, {
        signal: stop.signal,
        onProgress: ({ done, total }) => {
          seen.push(done / total);
          if (seen.length === 3) stop.abort();
        },
      }),
    ).rejects.toThrow();
    // Document, speakers, the first 5,000 turns: then stopped, and all of it rolled back with the project.
    expect(seen).toHaveLength(3);
    expect(seen.every((f) => f > 0 && f < 1)).toBe(true);
    expect(await metaDb.projects.count()).toBe(before);
  });

  it('remembers the last export time', async () => {
    const id = await createProjectFrom('Export', emptyProject('Export'));
    created.push(id);
    const session = openProject(id);
    await markProjectExported(session, new Date('2026-04-01T12:00:00.000Z'));
    expect((await session.db.settings.get('lastExport'))?.value).toBe('2026-04-01T12:00:00.000Z');
  });
});

describe('uniqueProjectName', () => {
  it.each([
    ['Focusgroepen', [], 'Focusgroepen'],
    ['Focusgroepen', ['Focusgroepen'], 'Focusgroepen (2)'],
    [' focusgroepen ', ['Focusgroepen', 'Focusgroepen (2)'], 'focusgroepen (3)'],
    ['Focusgroepen', ['Focusgroepen (2)'], 'Focusgroepen'],
  ])('%s among %j is %s', (name, taken, expected) => {
    expect(uniqueProjectName(name, taken)).toBe(expected);
  });
});
