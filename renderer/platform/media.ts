import type { Result } from '../../shared/model.ts';
import type { RecordingWhere } from '../../shared/recordings/types.ts';

import type { PickedMedia } from '../../electron/api.ts';

/** What removing stored recordings freed: how many files, how many bytes. */
export type Freed = { files: number; bytes: number };

/** A stored recording's identity, the same for the same bytes wherever it is referred to. */
export function storedKey(where: RecordingWhere): string | null {
  if (where.kind === 'opfs') return `opfs:${where.name}`;
  if (where.kind === 'idb') return `idb:${where.key}`;
  return null;
}

/** A recording the user chose, not stored yet: an opaque id the platform adapter resolves, its name and size. */
export type MediaFile = PickedMedia;

/** How a platform keeps recordings: the browser copies them into its storage, Electron links the file on disk. */
export type MediaStore = {
  /** Lets the user choose one recording; null when cancelled. */
  pick(extensions: readonly string[]): Promise<MediaFile | null>;
  /** A URL to probe a chosen file before it is stored (duration, codec); release it with `release`. */
  probeUrl(file: MediaFile): Promise<string>;
  /** Keeps the recording for the project; copies nothing in Electron. Reports progress 0…1. */
  store(
    projectId: string,
    recordingId: string,
    file: MediaFile,
    onProgress?: (fraction: number) => void,
  ): Promise<Result<RecordingWhere>>;
  /** The recording's bytes (to put it in an exported project), or why they cannot be read (missing, moved). */
  read(projectId: string, where: RecordingWhere, fileName: string): Promise<Result<Blob>>;
  /** A URL the media element plays, or why it cannot be played (missing, moved). */
  open(projectId: string, where: RecordingWhere, fileName: string): Promise<Result<string>>;
  release(url: string): void;
  /**
   * Removes the recordings this browser keeps for a project that no key in `inUse` (see `storedKey`) names,
   * except one being stored right now. A file on disk (Electron) is the user's and is never removed.
   */
  removeUnused(projectId: string, inUse: ReadonlySet<string>): Promise<Freed>;
  /** What this browser keeps for a project (files, bytes), to say what deleting the project frees. */
  storedSize(projectId: string): Promise<Freed>;
  /** Removes everything this browser keeps for a project (the project is being deleted). */
  removeProject(projectId: string): Promise<Freed>;
  /** Electron only: choose the moved file again for the same reference. */
  relink: null | ((where: RecordingWhere) => Promise<Result<RecordingWhere> | null>);
};
