import type { Result } from '../../shared/model.ts';
import type { RecordingWhere } from '../../shared/recordings/types.ts';

import type { PickedMedia } from '../../electron/api.ts';

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
  /** Electron only: choose the moved file again for the same reference. */
  relink: null | ((where: RecordingWhere) => Promise<Result<RecordingWhere> | null>);
};
