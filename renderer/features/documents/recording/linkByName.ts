import { matchByBaseName, type LinkCandidate } from '../../../../shared/recordings/match.ts';
import type { MessageParams } from '../../../../shared/model.ts';
import type { ProjectSession } from '../../../db/projects.ts';
import type { PickedFile } from '../../../platform/types.ts';
import { displayParams } from './format.ts';
import { linkRecordingFile } from './linkRecording.ts';

/**
 * Links picked recordings to the documents of the same base name, one after the other. Returns the messages to
 * show: one per linked recording, per failure (format, quota …) and per recording without a transcript.
 */
export async function linkRecordingsByName(
  session: ProjectSession,
  picked: PickedFile[],
  candidates: LinkCandidate[],
  lang: string,
): Promise<{ key: string; params: MessageParams }[]> {
  const recordings = picked.flatMap((p) => (p.recording ? [p.recording] : []));
  const { pairs, unmatched } = matchByBaseName(recordings, candidates);
  const messages: { key: string; params: MessageParams }[] = unmatched.map((r) => ({
    key: 'recording.noMatch',
    params: { name: r.name },
  }));
  for (const { recording, documentId } of pairs) {
    const result = await linkRecordingFile(session, documentId, recording);
    const document = candidates.find((c) => c.documentId === documentId)?.names.at(-1) ?? '';
    messages.push(
      result.ok
        ? { key: 'recording.linked', params: { name: recording.name, document } }
        : { key: result.reason, params: displayParams(result.params, lang) },
    );
  }
  return messages;
}
