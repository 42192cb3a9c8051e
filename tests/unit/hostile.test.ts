/**
 * Hostile and broken files through the real import paths: each is refused with its own message (key and
 * Dutch text), quickly, and the database is byte-for-byte what it was before. A full disk (quota) during
 * a store writes nothing and is explained.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCodebook, readProject } from '../../shared/exchange/index.ts';
import { parseTranscript, sha256Hex, toProjectRecords } from '../../shared/import/index.ts';
import { formatMessage } from '../../shared/messages.ts';
import type { MessageParams, Result } from '../../shared/model.ts';
import { storeDocuments } from '../../renderer/db/documents.ts';
import { addCodebook, createProjectFrom } from '../../renderer/db/exchange.ts';
import { metaDb } from '../../renderer/db/meta.ts';
import {
  createProject,
  deleteProject,
  openProject,
  type ProjectSession,
} from '../../renderer/db/projects.ts';
import { TABLE_NAMES } from '../../renderer/db/schema.ts';
import { documentsMessages } from '../../renderer/features/documents/messages.ts';
import { storeErrorKey } from '../../renderer/features/documents/import/importModel.ts';
import { hostileFiles, tooLarge, type HostileFile } from '../hostile/files.ts';

const FILES = hostileFiles();

/** Everything a person could lose: every row of every table of the project, and the project list. */
async function snapshot(session: ProjectSession): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) tables[name] = await session.db.table(name).toArray();
  const projects = await metaDb.projects.toArray();
  const databases = (await indexedDB.databases()).map((d) => d.name).sort();
  return JSON.stringify({ tables, projects, databases });
}

/** The import a person does: read the file; only when it is readable, store it. */
async function importThrough(session: ProjectSession, file: HostileFile): Promise<Result<unknown>> {
  if (file.door === 'transcript') {
    const parsed = await parseTranscript(file.name, file.bytes);
    if (parsed.ok) {
      const records = toProjectRecords(parsed.data, {
        name: file.name,
        sourceHash: await sha256Hex(file.bytes),
      });
      await storeDocuments(session, [records]);
    }
    return parsed;
  }
  if (file.door === 'project') {
    const read = readProject(file.bytes);
    if (read.ok) await createProjectFrom(file.name, read.data.project);
    return read;
  }
  const read = readCodebook(new TextDecoder().decode(file.bytes));
  if (read.ok) await addCodebook(session, read.data, 'history.importCodebook');
  return read;
}

const message = (reason: string, params: MessageParams = {}): string => formatMessage('nl', reason, params);

let session: ProjectSession;
beforeEach(async () => {
  session = openProject(await createProject('Wat is ieders normaal?'));
  // Work that must survive: a real transcript, already imported.
  const bytes = new Uint8Array(readFileSync(path.resolve('tests/fixtures/transcripts/02_ouders_codes.txt')));
  const parsed = await parseTranscript('02_ouders_codes.txt', bytes);
  if (!parsed.ok) throw new Error(parsed.reason);
  await storeDocuments(session, [
    toProjectRecords(parsed.data, { name: 'Ouders', sourceHash: await sha256Hex(bytes) }),
  ]);
});
afterEach(async () => {
  for (const project of await metaDb.projects.toArray()) await deleteProject(project.id);
});

describe('hostile files', () => {
  it.each(FILES.map((f) => [f.name, f] as const))(
    '%s is refused with its message; the database is unchanged',
    async (_, file) => {
      const before = await snapshot(session);
      const result = await importThrough(session, file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.reason).toBe(file.reason);
      expect(message(result.reason, result.params)).toContain(file.dutch);
      expect(await snapshot(session)).toBe(before);
      expect(await session.db.documents.count()).toBe(1);
    },
  );

  it('a 200 MB file is refused by its size before it is read', async () => {
    const file = tooLarge();
    const before = await snapshot(session);
    const result = await importThrough(session, file);
    expect(result).toMatchObject({ ok: false, reason: 'import.tooLarge', params: { size: 200, limit: 100 } });
    if (!result.ok) expect(message(result.reason, result.params)).toContain(file.dutch);
    expect(await snapshot(session)).toBe(before);
  });

  it('the size limit can be lowered (maxBytes) and names the file', async () => {
    const result = await parseTranscript('C:\\map\\groot.txt', new Uint8Array(3 * 1024 * 1024).fill(0x61), {
      maxBytes: 1024 * 1024,
    });
    expect(result).toEqual({
      ok: false,
      reason: 'import.tooLarge',
      params: { file: 'groot.txt', size: 3, limit: 1 },
    });
  });

  it('the English messages exist for every refusal', () => {
    for (const file of FILES) expect(formatMessage('en', file.reason)).not.toBe(file.reason);
  });
});

describe('a full disk while storing', () => {
  it('writes nothing and explains the quota', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve('tests/fixtures/transcripts/06_onderwijs.srt')));
    const parsed = await parseTranscript('06_onderwijs.srt', bytes);
    if (!parsed.ok) throw new Error(parsed.reason);
    const records = toProjectRecords(parsed.data, { name: 'Onderwijs', sourceHash: await sha256Hex(bytes) });
    const before = await snapshot(session);
    // Documents and speakers are written first; the disk fills up at the turns. (Every Dexie table shares
    // one prototype; the patch reaches tables through db.table(), so the stub sits on the prototype.)
    const prototype = Object.getPrototypeOf(session.db.turnLists) as typeof session.db.turnLists;
    // An import writes each document's list of turns (bulkPut); the disk fills up there.
    const bulkPut = prototype.bulkPut;
    const full = vi.spyOn(prototype, 'bulkPut').mockImplementation(function (
      this: typeof prototype,
      ...args: Parameters<typeof bulkPut>
    ) {
      if (this.name === 'turnLists')
        return Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return bulkPut.apply(this, args);
    });
    const error: unknown = await storeDocuments(session, [records]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(full).toHaveBeenCalled();
    full.mockRestore();
    expect(error).toBeInstanceOf(Error);
    expect(storeErrorKey(error)).toBe('import.quota');
    expect(await snapshot(session)).toBe(before);
    expect(session.history.size).toBe(1);
    expect(documentsMessages.nl['import.quota']).toContain(
      'opslagruimte van deze computer is vol; er is niets bewaard',
    );
  });

  it('another failure is not called a full disk', () => {
    expect(storeErrorKey(new Error('Transaction aborted'))).toBe('import.storeFailed');
    expect(storeErrorKey('quota')).toBe('import.storeFailed');
  });
});
