import type { MessageParams } from '../../../shared/model.ts';
import type { RecordingInfo, Recording } from '../../../shared/recordings/types.ts';
import { openProject } from '../../db/projects.ts';
import { platform } from '../../platform/index.ts';
import { adoptFile } from '../../platform/webMedia.ts';
import { probeMedia } from '../documents/recording/linkRecording.ts';

/** A recording of an imported project that could not be kept, and why (a message key with its parameters). */
export type NotStored = { name: string; reason: string; params?: MessageParams };

/**
 * Keeps the recordings that came inside an imported .qdpx: each is checked in a media element (duration, codec),
 * copied into the origin's storage (with the quota check) and linked to its document. One that cannot be played
 * or stored is returned with its reason; the project and the other recordings are kept either way.
 */
export async function storeImportedRecordings(
  projectId: string,
  recordings: readonly RecordingInfo[],
  media: ReadonlyMap<string, Uint8Array>,
): Promise<NotStored[]> {
  const { db } = openProject(projectId);
  const failed: NotStored[] = [];
  const rows: Recording[] = [];
  for (const recording of recordings) {
    const bytes = media.get(recording.id);
    if (!bytes) continue;
    const file = adoptFile(
      new File([bytes as Uint8Array<ArrayBuffer>], recording.fileName, { type: recording.mime }),
    );
    const url = await platform.media.probeUrl(file);
    const probe = await probeMedia(url, recording.fileName).finally(() => platform.media.release(url));
    if (!probe.ok) {
      failed.push({
        name: recording.fileName,
        reason: probe.reason,
        ...(probe.params ? { params: probe.params } : {}),
      });
      continue;
    }
    const stored = await platform.media.store(projectId, recording.id, file);
    if (!stored.ok) {
      failed.push({
        name: recording.fileName,
        reason: stored.reason,
        ...(stored.params ? { params: stored.params } : {}),
      });
      continue;
    }
    rows.push({
      ...recording,
      kind: probe.data.kind,
      duration: probe.data.duration,
      where: stored.data,
      linkedAt: new Date().toISOString(),
    });
  }
  if (rows.length) await db.recordings.bulkPut(rows);
  return failed;
}
