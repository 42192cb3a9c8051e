import { newId } from '../../../../shared/ids.ts';
import type { MessageParams, Result } from '../../../../shared/model.ts';
import {
  convertAdvice,
  extensionOf,
  isPlayableExtension,
  mediaFormatOf,
  type MediaKind,
} from '../../../../shared/recordings/media.ts';
import type { Recording } from '../../../../shared/recordings/types.ts';
import type { ProjectSession } from '../../../db/projects.ts';
import { linkRecording } from '../../../db/recordings.ts';
import type { MediaFile } from '../../../platform/media.ts';
import { platform } from '../../../platform/index.ts';

/** What the media element tells about a recording before it is stored. */
export type Probe = { duration: number; kind: MediaKind };

/**
 * Loads a recording's metadata in a detached media element: its duration and whether it has a picture. A codec
 * Chromium cannot decode fails here, with the format named and what to convert it to.
 */
export function probeMedia(url: string, fileName: string, timeoutMs = 20_000): Promise<Result<Probe>> {
  return new Promise((resolve) => {
    const element = document.createElement('video');
    element.preload = 'metadata';
    element.muted = true;
    const done = (result: Result<Probe>) => {
      clearTimeout(timer);
      element.removeAttribute('src');
      element.load();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        done({ ok: false, reason: 'recording.unreadable', params: { name: fileName, detail: 'timeout' } }),
      timeoutMs,
    );
    element.addEventListener('loadedmetadata', () =>
      done({
        ok: true,
        data: {
          duration: Number.isFinite(element.duration) ? element.duration : 0,
          kind: element.videoWidth > 0 ? 'video' : 'audio',
        },
      }),
    );
    element.addEventListener('error', () => done(unplayable(fileName, element.error)));
    element.src = url;
  });
}

/** The message for a media element's error: an unsupported codec names the format and what to convert to. */
export function unplayable(
  fileName: string,
  error: MediaError | null,
): { ok: false; reason: string; params: MessageParams } {
  const extension = extensionOf(fileName);
  if (
    !error ||
    error.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED ||
    error.code === MediaError.MEDIA_ERR_DECODE
  ) {
    return {
      ok: false,
      reason: isPlayableExtension(extension) ? 'recording.codec' : 'recording.unplayable',
      params: { format: extension ? `.${extension}` : fileName, convert: convertAdvice(extension) },
    };
  }
  return {
    ok: false,
    reason: 'recording.unreadable',
    params: { name: fileName, detail: error.message || String(error.code) },
  };
}

/**
 * Checks and stores a chosen recording for a document, in that order: nothing is stored when the format cannot
 * be played. Returns the recording to link (not linked yet).
 */
export async function prepareRecording(
  session: ProjectSession,
  documentId: string,
  file: MediaFile,
  onProgress?: (fraction: number) => void,
): Promise<Result<Recording>> {
  const format = mediaFormatOf(file.name);
  if (!format.ok) return format;
  const url = await platform.media.probeUrl(file);
  let probe: Result<Probe>;
  try {
    probe = await probeMedia(url, file.name);
  } finally {
    platform.media.release(url);
  }
  if (!probe.ok) return probe;
  const id = newId();
  const stored = await platform.media.store(session.id, id, file, onProgress);
  if (!stored.ok) return stored;
  return {
    ok: true,
    data: {
      id,
      documentId,
      kind: probe.data.kind,
      fileName: file.name,
      mime: format.data.mime,
      size: file.size,
      duration: probe.data.duration,
      where: stored.data,
      linkedAt: new Date().toISOString(),
    },
  };
}

/**
 * Checks, stores and links a chosen recording to a document, in that order: nothing is stored when the format
 * cannot be played, and nothing is linked when storing failed. The transcript is never touched.
 */
export async function linkRecordingFile(
  session: ProjectSession,
  documentId: string,
  file: MediaFile,
  onProgress?: (fraction: number) => void,
): Promise<Result<Recording>> {
  const prepared = await prepareRecording(session, documentId, file, onProgress);
  if (prepared.ok) await linkRecording(session, prepared.data);
  return prepared;
}
