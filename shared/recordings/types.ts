import type { MediaKind } from './media.ts';

/** Where a recording's bytes are: the origin's private file system, an IndexedDB blob, or a file on disk. */
export type RecordingWhere =
  | { kind: 'opfs'; name: string }
  | { kind: 'idb'; key: string }
  /** Electron: a file on disk, known to main by this reference (the page never sees the path). */
  | { kind: 'file'; ref: string };

/** What a recording is, wherever it is kept: what a .qdpx carries of it beside its bytes. */
export type RecordingInfo = {
  id: string;
  documentId: string;
  kind: MediaKind;
  fileName: string;
  mime: string;
  size: number;
  /** Seconds, as the media element reported when it was linked (0 when not known yet). */
  duration: number;
};

/** The recording of a conversation, linked to its transcript. Times map text to media via turns and sync points. */
export type Recording = RecordingInfo & {
  where: RecordingWhere;
  linkedAt: string;
};
