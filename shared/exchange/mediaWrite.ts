/**
 * Recordings in a .qdpx, as REFI-QDA writes them: an <AudioSource> or <VideoSource> whose bytes are in
 * sources/<guid>.<ext> (path "internal://…"), with a <Transcript> that points at the same sources/<guid>.txt as
 * the document's <TextSource> (as the standard's own example does), so the codings stay on the text source and
 * other tools see which text transcribes which recording.
 *
 * The transcript's <SyncPoint>s tie a position in that text (code points, at the start of the turn's label) to
 * a time in milliseconds: one per turn with a time, one at the end of a turn whose end time is known, and one
 * per sync point the researcher set. Each timed turn is a <TranscriptSelection> from its sync point to the
 * next, named after its speaker.
 */
import type { Id, KoorDocument, ProjectData, Turn } from '../model.ts';
import { extensionOf } from '../recordings/media.ts';
import type { RecordingInfo } from '../recordings/types.ts';
import { offsetMap } from './codePoints.ts';
import { derivedGuid, exportGuid } from './guids.ts';
import type { Shift } from './transcriptText.ts';
import { escapeAttr } from './xml.ts';

/** The bytes of the recordings to put in the file, by recording id. */
export type MediaBytes = ReadonlyMap<Id, Uint8Array>;

/** The file name of a recording inside sources/ ("<guid>.<ext>"). */
export function mediaFileName(recording: Pick<RecordingInfo, 'id' | 'fileName'>): string {
  const extension = extensionOf(recording.fileName);
  return `${exportGuid(recording.id)}${extension ? `.${extension}` : ''}`;
}

/** The GUID of a document's transcript element. */
export function transcriptGuid(documentId: Id): string {
  return derivedGuid(`transcript:${documentId}`);
}

type Point = { guid: string; position: number; ms: number };

function syncPoints(
  project: ProjectData,
  document: KoorDocument,
  turns: readonly Turn[],
  source: { text: string; shift: Shift },
): { points: Point[]; selections: { turn: Turn; from: string; to?: string }[] } {
  const map = offsetMap(source.text);
  // At a turn's start: before its label (where the line begins in the text other tools show).
  const at = (offset: number) => map.toCodePoint(source.shift.end(offset));
  const ms = (seconds: number) => Math.max(0, Math.round(seconds * 1000));
  const points: Point[] = [];
  const starts: { turn: Turn; point: Point; end?: Point }[] = [];
  for (const turn of turns) {
    if (turn.time === undefined) continue;
    const point = { guid: derivedGuid(`sync:${turn.id}`), position: at(turn.start), ms: ms(turn.time) };
    points.push(point);
    const entry: { turn: Turn; point: Point; end?: Point } = { turn, point };
    if (turn.endTime !== undefined && turn.endTime > turn.time) {
      entry.end = { guid: derivedGuid(`sync-end:${turn.id}`), position: at(turn.end), ms: ms(turn.endTime) };
      points.push(entry.end);
    }
    starts.push(entry);
  }
  for (const point of project.syncPoints ?? []) {
    if (point.documentId !== document.id) continue;
    points.push({
      guid: exportGuid(point.id),
      position: map.toCodePoint(source.shift.start(point.offset)),
      ms: ms(point.time),
    });
  }
  points.sort((a, b) => a.position - b.position || a.ms - b.ms);
  starts.sort((a, b) => a.point.position - b.point.position);
  const selections = starts.map((entry, i) => {
    const to = entry.end ?? starts[i + 1]?.point;
    return to
      ? { turn: entry.turn, from: entry.point.guid, to: to.guid }
      : { turn: entry.turn, from: entry.point.guid };
  });
  return { points, selections };
}

/**
 * The <AudioSource>/<VideoSource> elements of the recordings whose bytes are given and whose document is in the
 * project; `sources` are the document texts as written to sources/ with their offset shift.
 */
export function writeMediaSources(
  project: ProjectData,
  sources: ReadonlyMap<Id, { text: string; shift: Shift }>,
  caseNames: ReadonlyMap<Id, string>,
  media: MediaBytes,
): string {
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const turnsByDocument = new Map<Id, Turn[]>();
  for (const turn of project.turns) {
    const list = turnsByDocument.get(turn.documentId);
    if (list) list.push(turn);
    else turnsByDocument.set(turn.documentId, [turn]);
  }
  const out: string[] = [];
  for (const recording of project.recordings ?? []) {
    const document = documents.get(recording.documentId);
    const source = sources.get(recording.documentId);
    if (!document || !source || !media.has(recording.id)) continue;
    const element = recording.kind === 'video' ? 'VideoSource' : 'AudioSource';
    const { points, selections } = syncPoints(
      project,
      document,
      turnsByDocument.get(document.id) ?? [],
      source,
    );
    out.push(
      `    <${element} guid="${exportGuid(recording.id)}" name="${escapeAttr(recording.fileName)}" path="internal://${mediaFileName(recording)}">\n`,
      `      <Transcript guid="${transcriptGuid(document.id)}" name="${escapeAttr(document.name)}" plainTextPath="internal://${exportGuid(document.id)}.txt">\n`,
    );
    for (const point of points)
      out.push(
        `        <SyncPoint guid="${point.guid}" position="${point.position}" timeStamp="${point.ms}"/>\n`,
      );
    for (const { turn, from, to } of selections) {
      const name = turn.speakerId ? (caseNames.get(turn.speakerId) ?? '') : '';
      out.push(
        `        <TranscriptSelection guid="${derivedGuid(`transcript-turn:${turn.id}`)}" name="${escapeAttr(name)}" fromSyncPoint="${from}"${to ? ` toSyncPoint="${to}"` : ''}/>\n`,
      );
    }
    out.push(`      </Transcript>\n`, `    </${element}>\n`);
  }
  return out.join('');
}
