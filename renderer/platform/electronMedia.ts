import type { KoorBridge } from '../../electron/api.ts';
import { MEDIA_EXTENSIONS as RELINK_EXTENSIONS } from '../../shared/recordings/media.ts';
import type { MediaStore } from './media.ts';
import { webMedia } from './webMedia.ts';

/** Where main serves a linked recording: the app's own origin, so the CSP needs no other media source. */
function mediaUrl(ref: string): string {
  return `${location.origin}/__media/${ref}`;
}

/**
 * Electron: a recording is linked where it is on disk (nothing is copied; main keeps the path, the page a
 * reference) and played through the app protocol with byte ranges. A moved file is relinked by the user.
 * Recordings stored by the browser adapter (a dropped file) still play from the origin's storage.
 */
export function electronMedia(bridge: KoorBridge): MediaStore {
  return {
    pick: (extensions) => bridge.media.pick([...extensions]),
    async probeUrl(file) {
      return file.id.startsWith('web-') ? webMedia.probeUrl(file) : mediaUrl(file.id);
    },
    async store(projectId, recordingId, file, onProgress) {
      if (file.id.startsWith('web-')) return webMedia.store(projectId, recordingId, file, onProgress);
      onProgress?.(1);
      return { ok: true, data: { kind: 'file', ref: file.id } };
    },
    async read(projectId, where, fileName) {
      if (where.kind !== 'file') return webMedia.read(projectId, where, fileName);
      const status = await bridge.media.status(where.ref);
      const response = status.ok ? await fetch(mediaUrl(where.ref)).catch(() => null) : null;
      return response?.ok
        ? { ok: true, data: await response.blob() }
        : { ok: false, reason: 'recording.missingFile', params: { name: fileName } };
    },
    async open(projectId, where, fileName) {
      if (where.kind !== 'file') return webMedia.open(projectId, where, fileName);
      const status = await bridge.media.status(where.ref);
      return status.ok
        ? { ok: true, data: mediaUrl(where.ref) }
        : { ok: false, reason: 'recording.missingFile', params: { name: fileName } };
    },
    release: (url) => webMedia.release(url),
    // Only what the browser adapter stored (a dropped file) is the app's to remove; a linked file on disk is
    // the user's and is never touched.
    removeUnused: (projectId, inUse) => webMedia.removeUnused(projectId, inUse),
    storedSize: (projectId) => webMedia.storedSize(projectId),
    removeProject: (projectId) => webMedia.removeProject(projectId),
    async relink(where) {
      if (where.kind !== 'file') return null;
      const picked = await bridge.media.relink(where.ref, [...RELINK_EXTENSIONS]);
      return picked ? { ok: true, data: { kind: 'file', ref: picked.id } } : null;
    },
  };
}
