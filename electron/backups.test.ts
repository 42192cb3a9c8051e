import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupId,
  backupStamp,
  parseBackupFileName,
  selectForPruning,
  stampToIso,
  type ParsedBackupName,
} from './backupNames.ts';
import { createBackupStore } from './backups.ts';

describe('backup names', () => {
  it('makes sortable stamps that round-trip to ISO dates', () => {
    const date = new Date('2025-01-02T03:04:05.006Z');
    expect(backupStamp(date)).toBe('20250102T030405006Z');
    expect(stampToIso(backupStamp(date))).toBe(date.toISOString());
  });

  it('parses only names Koor writes', () => {
    expect(parseBackupFileName('p1.20250102T030405006Z.qdpx')).toEqual({
      id: 'p1.20250102T030405006Z',
      projectId: 'p1',
      stamp: '20250102T030405006Z',
    });
    for (const name of [
      'p1.20250102T030405006Z.json',
      'p1.20250102T030405006Z.qdpx.tmp',
      'notes.qdpx',
      '..20250102T030405006Z.qdpx',
      'p1.2025.qdpx',
    ]) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });

  it('keeps the newest N per project', () => {
    const backup = (projectId: string, day: number): ParsedBackupName => {
      const stamp = backupStamp(new Date(Date.UTC(2025, 0, day)));
      return { id: backupId(projectId, stamp), projectId, stamp };
    };
    const all = [
      backup('a', 3),
      backup('a', 1),
      backup('b', 1),
      backup('a', 2),
      backup('a', 4),
      backup('b', 2),
    ];
    expect(selectForPruning(all, 2).map((b) => b.id)).toEqual([backup('a', 2).id, backup('a', 1).id]);
    expect(selectForPruning(all, 10)).toEqual([]);
    expect(selectForPruning(all, 0)).toHaveLength(6);
  });
});

describe('createBackupStore', () => {
  let dir: string;
  let clock: number;
  const now = () => new Date(clock);
  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'koor-backups-')), 'backups');
    clock = Date.UTC(2025, 5, 1, 12, 0, 0);
  });
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('saves, lists newest first and reads back', async () => {
    const store = createBackupStore({ dir, now });
    const first = await store.save('p1', 'Normaliseren', new Uint8Array([1, 2]));
    clock += 60_000;
    const second = await store.save('p1', 'Normaliseren (2)', new Uint8Array([3, 4, 5]));
    await store.save('p2', 'Ander project', new Uint8Array([9]));

    expect(first).toMatchObject({ projectId: 'p1', projectName: 'Normaliseren', size: 2 });
    expect(first.createdAt).toBe('2025-06-01T12:00:00.000Z');
    expect((await store.list('p1')).map((b) => b.id)).toEqual([second.id, first.id]);
    expect(await store.list()).toHaveLength(3);
    expect([...(await store.read(second.id))]).toEqual([3, 4, 5]);
  });

  it('never builds a file name from the project name', async () => {
    const store = createBackupStore({ dir, now });
    await store.save('p1', '../../../etc/passwd', new Uint8Array([1]));
    expect(readdirSync(dir).sort()).toEqual(['p1.20250601T120000000Z.json', 'p1.20250601T120000000Z.qdpx']);
    expect((await store.list())[0]?.projectName).toBe('../../../etc/passwd');
  });

  it('gives two saves in the same millisecond different ids', async () => {
    const store = createBackupStore({ dir, now });
    const a = await store.save('p1', 'x', new Uint8Array([1]));
    const b = await store.save('p1', 'x', new Uint8Array([2]));
    expect(a.id).not.toBe(b.id);
    expect([...(await store.read(a.id))]).toEqual([1]);
  });

  it('keeps only the newest N per project', async () => {
    const store = createBackupStore({ dir, now, keep: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push((await store.save('p1', 'x', new Uint8Array([i]))).id);
      clock += 1000;
    }
    await store.save('p2', 'y', new Uint8Array([0]));
    expect((await store.list('p1')).map((b) => b.id)).toEqual(ids.slice(2).reverse());
    expect(await store.list('p2')).toHaveLength(1);
    expect(readdirSync(dir)).toHaveLength(8);
  });

  it('ignores foreign files and lists an empty or missing folder as empty', async () => {
    const store = createBackupStore({ dir, now });
    expect(await store.list()).toEqual([]);
    await store.save('p1', 'x', new Uint8Array([1]));
    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    writeFileSync(path.join(dir, 'p1.20250601T120000000Z.qdpx.tmp'), 'half');
    expect(await store.list()).toHaveLength(1);
  });

  it('refuses bad ids before touching the disk', async () => {
    const store = createBackupStore({ dir, now });
    await expect(store.save('../x', 'x', new Uint8Array())).rejects.toThrow('project id');
    await expect(store.read('../../etc/passwd')).rejects.toThrow('backup id');
    await expect(store.list('a/b')).rejects.toThrow('project id');
  });
});
