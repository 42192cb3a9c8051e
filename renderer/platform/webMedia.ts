import type { Result } from '../../shared/model.ts';
import type { RecordingWhere } from '../../shared/recordings/types.ts';
import type { Freed, MediaFile, MediaStore } from './media.ts';

// Files chosen in this page, by the opaque id handed out for them.
const chosen = new Map<string, File>();
let counter = 0;

/** Makes a File (from a file input or a drop) usable as a chosen recording. */
export function adoptFile(file: File): MediaFile {
  const id = `web-${++counter}`;
  chosen.set(id, file);
  return { id, name: file.name, size: file.size };
}

function fileOf(media: MediaFile): File {
  const file = chosen.get(media.id);
  if (!file) throw new Error(`recording ${media.name} is no longer available`);
  return file;
}

const FALLBACK_DB = 'koor-recordings';
const STORE = 'blobs';

function openFallback(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(FALLBACK_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

async function fallback<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openFallback();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * The recordings being stored in this page and not linked yet (project id and `storedKey`): removing unused
 * recordings leaves them alone until it finds them linked. One whose linking never happened (the page closed,
 * the import failed) is removed by the first clean-up after the next start.
 */
const storing = new Set<string>();

/** What a walk through a project's stored recordings removed and what it kept. */
type Walk = { removed: Freed; kept: Freed };
const empty = (): Walk => ({ removed: { files: 0, bytes: 0 }, kept: { files: 0, bytes: 0 } });
const count = (into: Freed, bytes: number) => {
  into.files++;
  into.bytes += bytes;
};

async function fallbackExists(): Promise<boolean> {
  if (typeof indexedDB?.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === FALLBACK_DB);
}

/** Walks through a project's recordings in the IndexedDB fallback, removing those `remove` names. */
async function fallbackWalk(projectId: string, remove: (key: string) => boolean): Promise<Walk> {
  if (typeof indexedDB === 'undefined' || !(await fallbackExists())) return empty();
  const db = await openFallback();
  try {
    return await new Promise<Walk>((resolve, reject) => {
      const walk = empty();
      const tx = db.transaction(STORE, 'readwrite');
      const range = IDBKeyRange.bound(`${projectId}/`, `${projectId}/\uffff`);
      const request = tx.objectStore(STORE).openCursor(range);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return;
        const bytes = cursor.value instanceof Blob ? cursor.value.size : 0;
        if (remove(`idb:${String(cursor.key)}`)) {
          count(walk.removed, bytes);
          cursor.delete();
        } else count(walk.kept, bytes);
        cursor.continue();
      };
      tx.oncomplete = () => resolve(walk);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB clean-up failed'));
    });
  } finally {
    db.close();
  }
}

/** Walks through a project's recordings in the origin private file system, removing those `remove` names. */
async function opfsWalk(projectId: string, remove: (key: string) => boolean): Promise<Walk> {
  const walk = empty();
  if (!hasOpfs()) return walk;
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await recordingsDir(projectId, false);
  } catch {
    return walk; // nothing stored for this project
  }
  const listed: [string, number][] = [];
  const entries = dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> };
  for await (const [name, handle] of entries.entries()) {
    if (handle.kind === 'file') listed.push([name, (await (handle as FileSystemFileHandle).getFile()).size]);
  }
  // Removed after the listing, so the folder does not change while it is read.
  for (const [name, bytes] of listed) {
    if (remove(`opfs:${name}`)) {
      await dir.removeEntry(name);
      count(walk.removed, bytes);
    } else count(walk.kept, bytes);
  }
  return walk;
}

async function walkAll(projectId: string, remove: (key: string) => boolean): Promise<Walk> {
  const [opfs, idb] = [await opfsWalk(projectId, remove), await fallbackWalk(projectId, remove)];
  const add = (a: Freed, b: Freed): Freed => ({ files: a.files + b.files, bytes: a.bytes + b.bytes });
  return { removed: add(opfs.removed, idb.removed), kept: add(opfs.kept, idb.kept) };
}

async function recordingsDir(projectId: string, create: boolean): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  const all = await root.getDirectoryHandle('recordings', { create });
  return all.getDirectoryHandle(projectId, { create });
}

function hasOpfs(): boolean {
  return (
    typeof navigator.storage?.getDirectory === 'function' &&
    typeof FileSystemFileHandle !== 'undefined' &&
    'createWritable' in FileSystemFileHandle.prototype
  );
}

/** Room left in the origin's storage, or null when the browser does not say. */
export async function freeBytes(): Promise<number | null> {
  if (typeof navigator.storage?.estimate !== 'function') return null;
  const { quota, usage } = await navigator.storage.estimate();
  return quota === undefined ? null : quota - (usage ?? 0);
}

/** How much of a recording is handed to the browser per write: large enough for a native copy, small enough for progress. */
const SLICE = 16 * 1024 * 1024;

/**
 * Copies a file into a writable stream a slice at a time, reporting progress. Each slice is written as a Blob,
 * so the browser copies the bytes itself instead of passing every chunk through the page's JavaScript.
 */
async function copy(file: File, writable: FileSystemWritableFileStream, onProgress?: (f: number) => void) {
  try {
    for (let at = 0; at < file.size; at += SLICE) {
      await writable.write(file.slice(at, Math.min(file.size, at + SLICE)));
      onProgress?.(Math.min(file.size, at + SLICE) / file.size);
    }
    if (file.size === 0) onProgress?.(1);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

/** The browser: recordings are copied into the origin private file system (OPFS), else into IndexedDB. */
export const webMedia: MediaStore = {
  pick(extensions) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = extensions.map((e) => `.${e}`).join(',');
      input.style.display = 'none';
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        resolve(file ? adoptFile(file) : null);
        input.remove();
      });
      input.addEventListener('cancel', () => {
        resolve(null);
        input.remove();
      });
      document.body.append(input);
      input.click();
    });
  },

  async probeUrl(media) {
    return URL.createObjectURL(fileOf(media));
  },

  async store(projectId, recordingId, media, onProgress): Promise<Result<RecordingWhere>> {
    const file = fileOf(media);
    const free = await freeBytes();
    // Keep a margin so that the project database itself can still grow after the copy.
    if (free !== null && file.size + 50 * 1024 * 1024 > free) {
      return {
        ok: false,
        reason: 'recording.quota',
        params: { name: file.name, size: file.size, free: Math.max(0, free) },
      };
    }
    const pending = `${projectId}|${hasOpfs() ? `opfs:${recordingId}` : `idb:${projectId}/${recordingId}`}`;
    storing.add(pending);
    try {
      if (hasOpfs()) {
        const dir = await recordingsDir(projectId, true);
        const handle = await dir.getFileHandle(recordingId, { create: true });
        try {
          await copy(file, await handle.createWritable(), onProgress);
        } catch (error) {
          await dir.removeEntry(recordingId).catch(() => undefined);
          throw error;
        }
        return { ok: true, data: { kind: 'opfs', name: recordingId } };
      }
      const key = `${projectId}/${recordingId}`;
      await fallback('readwrite', (store) => store.put(file, key));
      onProgress?.(1);
      return { ok: true, data: { kind: 'idb', key } };
    } catch (error) {
      storing.delete(pending);
      const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
      return quota
        ? {
            ok: false,
            reason: 'recording.quota',
            params: { name: file.name, size: file.size, free: free ?? 0 },
          }
        : {
            ok: false,
            reason: 'recording.storeFailed',
            params: { name: file.name, detail: error instanceof Error ? error.message : String(error) },
          };
    }
  },

  async read(projectId, where, fileName): Promise<Result<Blob>> {
    try {
      if (where.kind === 'opfs') {
        const dir = await recordingsDir(projectId, false);
        return { ok: true, data: await (await dir.getFileHandle(where.name)).getFile() };
      }
      if (where.kind === 'idb') {
        const blob = await fallback<unknown>('readonly', (store) => store.get(where.key));
        if (blob instanceof Blob) return { ok: true, data: blob };
      }
    } catch {
      // Not found: reported below, the same as a recording stored elsewhere.
    }
    return { ok: false, reason: 'recording.missingStored', params: { name: fileName } };
  },

  async open(projectId, where, fileName): Promise<Result<string>> {
    const blob = await webMedia.read(projectId, where, fileName);
    return blob.ok ? { ok: true, data: URL.createObjectURL(blob.data) } : blob;
  },

  release(url) {
    if (url.startsWith('blob:')) URL.revokeObjectURL(url);
  },

  async removeUnused(projectId, inUse) {
    const remove = (key: string) => {
      const pending = `${projectId}|${key}`;
      if (inUse.has(key)) storing.delete(pending);
      return !inUse.has(key) && !storing.has(pending);
    };
    return (await walkAll(projectId, remove)).removed;
  },

  async storedSize(projectId) {
    return (await walkAll(projectId, () => false)).kept;
  },

  async removeProject(projectId) {
    const { removed } = await walkAll(projectId, () => true);
    if (hasOpfs()) {
      try {
        const all = await (await navigator.storage.getDirectory()).getDirectoryHandle('recordings');
        await all.removeEntry(projectId, { recursive: true });
      } catch {
        // No folder for this project: nothing was stored.
      }
    }
    return removed;
  },

  relink: null,
};
