import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import type { Summary } from '../../shared/model.ts';
import { allCodings, allTurns, documentCodings, documentTurns } from './lists.ts';
import { openProjectDb, projectDbName, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema.ts';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Writes a project as schema version 1 stored it (before `order`, `codable` and questions existed). */
async function seedVersion1(projectId: string) {
  const v1 = new Dexie(projectDbName(projectId));
  v1.version(1).stores(SCHEMA_V1);
  opened.push(v1);
  await v1.table('documents').bulkAdd([
    {
      id: 'd2',
      name: 'Ouders',
      format: 'txt',
      text: 'I: Hoi\n\nR1: Dag',
      sourceHash: 'b',
      importedAt: '2026-02-01T10:00:00Z',
      attributes: { perspective: 'ervaringsdeskundige ouders' },
    },
    {
      id: 'd1',
      name: 'Jongeren',
      format: 'vtt',
      text: 'Hoi allemaal',
      sourceHash: 'a',
      importedAt: '2026-01-01T10:00:00Z',
      attributes: {},
    },
  ]);
  await v1
    .table('speakers')
    .add({ id: 's1', documentId: 'd2', label: 'R1', name: 'R1', role: 'participant', attributes: {} });
  await v1.table('turns').add({ id: 't1', documentId: 'd2', speakerId: 's1', start: 10, end: 13 });
  await v1.table('codes').bulkAdd([
    {
      id: 'c1',
      parentId: null,
      name: 'Taal',
      color: '#336699',
      description: '',
      inclusion: '',
      exclusion: '',
      example: '',
      order: 0,
    },
  ]);
  await v1.table('codings').add({
    id: newId(),
    documentId: 'd2',
    codeId: 'c1',
    start: 10,
    end: 13,
    coderId: 'u1',
    createdAt: '2026-02-02T00:00:00Z',
  });
  await v1.table('coders').add({ id: 'u1', name: 'Anna' });
  await v1.table('memos').add({
    id: 'm1',
    target: 'project',
    title: 'Opzet',
    text: 'Eerste ronde',
    updatedAt: '2026-02-02T00:00:00Z',
  });
  v1.close();
}

describe('project database migrations', () => {
  it('upgrades a filled version-1 database to the current version without losing anything', async () => {
    const projectId = newId();
    await seedVersion1(projectId);

    const db = openProjectDb(projectId);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);

    const documents = await db.documents.orderBy('order').toArray();
    expect(documents.map((d) => [d.id, d.order])).toEqual([
      ['d1', 0],
      ['d2', 1],
    ]);
    expect(documents[1]!.attributes.perspective).toBe('ervaringsdeskundige ouders');
    expect(await db.speakers.count()).toBe(1);
    expect(await documentTurns(db, 'd2')).toHaveLength(1);
    expect((await db.codes.get('c1'))?.codable).toBe(true);
    expect((await documentCodings(db, 'd2')).map((c) => [c.start, c.end])).toEqual([[10, 13]]);
    expect((await db.coders.get('u1'))?.name).toBe('Anna');
    expect((await db.memos.get('m1'))?.text).toBe('Eerste ronde');
    expect(await db.questions.count()).toBe(0);
    expect(await db.recordings.count()).toBe(0);
  });

  it('upgrades a version-2 database to version 4: recordings and sync points join, nothing else changes', async () => {
    const projectId = newId();
    const v2 = new Dexie(projectDbName(projectId));
    v2.version(2).stores(SCHEMA_V2);
    opened.push(v2);
    await v2.table('documents').add({
      id: 'd1',
      name: 'Jongeren',
      format: 'vtt',
      text: 'Hoi allemaal',
      sourceHash: 'a',
      importedAt: '2026-01-01T10:00:00Z',
      attributes: {},
      order: 0,
    });
    await v2.table('turns').add({ id: 't1', documentId: 'd1', speakerId: null, start: 0, end: 12, time: 3 });
    await v2
      .table('questions')
      .add({ id: 'q1', documentId: 'd1', turnId: 't1', label: 'Start', start: 0, order: 0 });
    v2.close();

    const db = openProjectDb(projectId);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await documentTurns(db, 'd1'))[0]?.time).toBe(3);
    expect((await db.questions.get('q1'))?.label).toBe('Start');
    await db.recordings.add({
      id: 'r1',
      documentId: 'd1',
      kind: 'audio',
      fileName: 'jongeren.mp3',
      mime: 'audio/mpeg',
      size: 10,
      duration: 60,
      where: { kind: 'idb', key: 'p/r1' },
      linkedAt: '2026-01-02T00:00:00Z',
    });
    await db.syncPoints.add({ id: 's1', documentId: 'd1', offset: 0, time: 2.5 });
    expect(await db.recordings.where('documentId').equals('d1').count()).toBe(1);
    expect(await db.syncPoints.where('documentId').equals('d1').count()).toBe(1);
  });

  it('upgrades a filled version-2 database through version 3 (to the current 4): everything kept, empty summary tables that work', async () => {
    const projectId = newId();
    const v2 = new Dexie(projectDbName(projectId));
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    opened.push(v2);
    await v2.table('documents').add({
      id: 'd1',
      name: 'Jongeren',
      format: 'txt',
      text: 'I: Hoi\n\nR1: Dag allemaal',
      sourceHash: 'a',
      importedAt: '2026-01-01T10:00:00Z',
      attributes: { perspective: 'ervaringsdeskundige jongeren' },
      order: 0,
    });
    await v2.table('codes').add({
      id: 'c1',
      parentId: null,
      name: 'Taal',
      color: '#336699',
      description: '',
      inclusion: '',
      exclusion: '',
      example: '',
      order: 0,
      codable: true,
    });
    await v2.table('codings').add({
      id: 'k1',
      documentId: 'd1',
      codeId: 'c1',
      start: 12,
      end: 25,
      coderId: 'u1',
      createdAt: '2026-02-02T00:00:00Z',
    });
    await v2
      .table('questions')
      .add({ id: 'q1', documentId: 'd1', turnId: 't1', label: 'Hoi', start: 3, order: 0 });
    v2.close();

    const db = openProjectDb(projectId);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.documents.get('d1'))?.text).toBe('I: Hoi\n\nR1: Dag allemaal');
    expect((await allCodings(db)).filter((c) => c.codeId === 'c1')).toHaveLength(1);
    expect((await db.questions.get('q1'))?.label).toBe('Hoi');
    expect(await db.summaries.count()).toBe(0);
    expect(await db.keyQuotes.count()).toBe(0);

    const column = { by: 'perspective', value: 'ervaringsdeskundige jongeren' };
    const summary: Summary = {
      id: 's1',
      kind: 'cell',
      codeId: 'c1',
      column,
      text: 'Jongeren willen gewone woorden [1].',
      citations: [{ id: 'x1', codingId: 'k1', documentId: 'd1', start: 12, end: 25 }],
      updatedAt: '2026-03-01T00:00:00Z',
    };
    await db.summaries.add(summary);
    await db.keyQuotes.add({
      id: 'q1',
      codingId: 'k1',
      cell: { codeId: 'c1', column },
      createdAt: '2026-03-01',
    });
    expect(await db.summaries.where('codeId').equals('c1').count()).toBe(1);
    expect(await db.keyQuotes.where('codingId').equals('k1').count()).toBe(1);
  });

  it('upgrades a version-4 database to version 6: every turn and coding moves into its document’s list, in text order', async () => {
    const projectId = newId();
    const v4 = new Dexie(projectDbName(projectId));
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    opened.push(v4);
    const turn = (id: string, documentId: string, start: number) => ({
      id,
      documentId,
      speakerId: null,
      start,
      end: start + 5,
    });
    const coding = (id: string, documentId: string, start: number, memo?: string) => ({
      id,
      documentId,
      codeId: 'c1',
      start,
      end: start + 3,
      coderId: 'u1',
      createdAt: '2026-02-02T00:00:00Z',
      ...(memo ? { memo } : {}),
    });
    await v4.table('turns').bulkAdd([turn('t3', 'd1', 20), turn('t1', 'd1', 0), turn('t2', 'd2', 0)]);
    await v4
      .table('codings')
      .bulkAdd([
        coding('k2', 'd1', 7, 'tweede'),
        coding('k1', 'd1', 7),
        coding('k0', 'd1', 1),
        coding('k3', 'd2', 2),
      ]);
    await v4.table('summaries').add({ id: 's1', kind: 'cell', codeId: 'c1', text: 'Blijft', citations: [] });
    v4.close();

    const db = openProjectDb(projectId);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name)).not.toContain('codings');
    expect(db.tables.map((t) => t.name)).not.toContain('turns');
    expect((await documentTurns(db, 'd1')).map((t) => t.id)).toEqual(['t1', 't3']);
    expect((await documentTurns(db, 'd2')).map((t) => t.id)).toEqual(['t2']);
    // Text order: by start, then by id (as the former [documentId+start] index returned them).
    expect((await documentCodings(db, 'd1')).map((c) => c.id)).toEqual(['k0', 'k1', 'k2']);
    expect((await documentCodings(db, 'd1'))[2]).toEqual(coding('k2', 'd1', 7, 'tweede'));
    expect((await documentCodings(db, 'd2')).map((c) => c.id)).toEqual(['k3']);
    expect(await allTurns(db)).toHaveLength(3);
    expect(await allCodings(db)).toHaveLength(4);
    expect(await db.summaries.get('s1')).toMatchObject({ text: 'Blijft' });
  });
});
