import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import { openProjectDb, projectDbName, SCHEMA_V1 } from './schema.ts';

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
    expect(db.verno).toBe(2);

    const documents = await db.documents.orderBy('order').toArray();
    expect(documents.map((d) => [d.id, d.order])).toEqual([
      ['d1', 0],
      ['d2', 1],
    ]);
    expect(documents[1]!.attributes.perspective).toBe('ervaringsdeskundige ouders');
    expect(await db.speakers.count()).toBe(1);
    expect(await db.turns.where('[documentId+start]').between(['d2', 0], ['d2', Infinity]).count()).toBe(1);
    expect((await db.codes.get('c1'))?.codable).toBe(true);
    expect(await db.codings.where('[documentId+start]').between(['d2', 0], ['d2', 100]).count()).toBe(1);
    expect((await db.coders.get('u1'))?.name).toBe('Anna');
    expect((await db.memos.get('m1'))?.text).toBe('Eerste ronde');
    expect(await db.questions.count()).toBe(0);
  });
});
