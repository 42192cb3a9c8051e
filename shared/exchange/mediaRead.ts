/**
 * Recordings from a .qdpx (Koor's, NVivo's, ATLAS.ti's, MAXQDA's): an <AudioSource>/<VideoSource> with a
 * <Transcript> becomes a recording linked to a Koor document. A transcript that points at the same text file as
 * a <TextSource> links to that source's document (the standard's own example does this, and so does Koor);
 * otherwise the transcript's text becomes a document of its own, with its <TranscriptSelection> codings. The
 * <SyncPoint>s give times per turn (a sync point on the line a turn starts on) and, where no turn starts, sync
 * points. A recording outside the file (relative:// or absolute://), missing, or in a format Koor cannot play
 * is said in the report; its transcript is still brought in, to link the recording later.
 */
import type { Coding, Id, KoorDocument, ProjectData, Turn, Warning } from '../model.ts';
import { convertAdvice, extensionOf, mediaFormatOf } from '../recordings/media.ts';
import type { SyncPoint } from '../recordings/timeline.ts';
import type { RecordingInfo } from '../recordings/types.ts';
import { offsetMap } from './codePoints.ts';
import { derivedGuid, normaliseGuid } from './guids.ts';
import { readValues } from './projectParts.ts';
import { attr, child, children, textOf, type XmlNode } from './xml.ts';

/** What reading media sources needs from the project import around it. */
export type MediaReadContext = {
  project: ProjectData;
  warnings: Warning[];
  /** The documents of <TextSource>s by their text file (see `textPathKey`). */
  documentByPath: ReadonlyMap<string, Id>;
  /** Documents whose sync points and turn times come from koor.json (Koor's own file). */
  ownDocuments: ReadonlySet<Id>;
  /** Documents that need speaker detection; a transcript that becomes a document is added. */
  foreignDocuments: Set<Id>;
  variables: ReadonlyMap<string, string>;
  resolveText: (path: string) => string | undefined;
  resolveMedia: (path: string) => Uint8Array | undefined;
  readCoding: (
    node: XmlNode,
    documentId: Id,
    start: number,
    end: number,
    selection: XmlNode,
  ) => Coding | undefined;
  now: string;
};

/** What media sources added: the recordings' bytes by recording id, and sync points to place after detection. */
export type MediaRead = { media: Map<Id, Uint8Array>; pending: SyncPoint[] };

/** The same text file however a source names it ("internal://ABC.txt" and "internal://abc.txt"). */
export function textPathKey(path: string): string {
  return path
    .replace(/^(internal|relative|absolute|file):\/\/\/?/i, '')
    .replace(/\\/g, '/')
    .toLowerCase();
}

const MEDIA_KINDS = [
  ['AudioSource', 'audio', 'AudioSelection'],
  ['VideoSource', 'video', 'VideoSelection'],
] as const;

/** The transcript's text and the document it belongs to (found or made), or undefined when it has no text. */
function transcriptDocument(
  mc: MediaReadContext,
  transcript: XmlNode,
  source: XmlNode,
  mediaName: string,
): { document: KoorDocument; made: boolean } | undefined {
  const path = attr(transcript, 'plainTextPath');
  const linked = path ? mc.documentByPath.get(textPathKey(path)) : undefined;
  const existing = linked ? mc.project.documents.find((d) => d.id === linked) : undefined;
  if (existing) return { document: existing, made: false };
  const inline = child(transcript, 'PlainTextContent');
  const text = inline ? textOf(inline) : path ? mc.resolveText(path) : undefined;
  const name = attr(transcript, 'name')?.trim() || mediaName;
  if (text === undefined) {
    mc.warnings.push({ key: 'exchange.warning.sourceMissing', params: { name, path: path ?? '' } });
    return undefined;
  }
  const id = normaliseGuid(attr(transcript, 'guid') ?? derivedGuid(`transcript:${name}`));
  if (mc.project.documents.some((d) => d.id === id)) return undefined;
  const document: KoorDocument = {
    id,
    name: name.replace(/\.(docx?|rtf|txt|odt)$/i, ''),
    format: 'qdpx',
    text,
    sourceHash: '',
    importedAt: attr(transcript, 'creationDateTime') ?? attr(source, 'creationDateTime') ?? mc.now,
    attributes: readValues(source, mc.variables),
  };
  mc.project.documents.push(document);
  mc.foreignDocuments.add(id);
  return { document, made: true };
}

/** The bytes of a recording, or undefined with the reason in the report. */
function mediaBytes(mc: MediaReadContext, source: XmlNode, name: string): Uint8Array | undefined {
  const path = attr(source, 'path') ?? '';
  if (!/^internal:\/\//i.test(path)) {
    mc.warnings.push({ key: 'exchange.warning.recordingExternal', params: { name, path } });
    return undefined;
  }
  const extension = extensionOf(path) || extensionOf(name);
  const format = mediaFormatOf(`x.${extension}`);
  if (!format.ok) {
    mc.warnings.push({
      key: 'exchange.warning.recordingUnplayable',
      params: { name, format: extension ? `.${extension}` : name, convert: convertAdvice(extension) },
    });
    return undefined;
  }
  const bytes = mc.resolveMedia(path);
  if (!bytes) mc.warnings.push({ key: 'exchange.warning.recordingMissing', params: { name, path } });
  return bytes;
}

/** Reads the media sources under <Sources>; adds documents, recordings and codings to the project. */
export function readMediaSources(sources: XmlNode | undefined, mc: MediaReadContext): MediaRead {
  const media = new Map<Id, Uint8Array>();
  const pending: SyncPoint[] = [];
  const linked = new Set((mc.project.recordings ?? []).map((r) => r.documentId));
  for (const [element, kind, selectionElement] of MEDIA_KINDS) {
    for (const source of children(sources, element)) {
      const sourceGuid = normaliseGuid(attr(source, 'guid') ?? '');
      const name = attr(source, 'name')?.trim() || sourceGuid;
      const transcripts = children(source, 'Transcript');
      const selections = children(source, selectionElement).length;
      if (selections)
        mc.warnings.push({
          key: 'exchange.warning.mediaSelectionsSkipped',
          params: { name, count: selections },
        });
      if (!transcripts.length) {
        mc.warnings.push({ key: `exchange.warning.${kind}Skipped`, params: { name } });
        continue;
      }
      const bytes = mediaBytes(mc, source, name);
      const path = attr(source, 'path') ?? '';
      const extension = extensionOf(path) || extensionOf(name);
      const fileName = extensionOf(name) === extension ? name : `${name}.${extension}`;
      transcripts.forEach((transcript, index) => {
        const found = transcriptDocument(mc, transcript, source, name);
        if (!found) return;
        const { document, made } = found;
        if (made) readTranscriptCodings(mc, transcript, document);
        if (!mc.ownDocuments.has(document.id)) pending.push(...transcriptSyncPoints(transcript, document));
        if (!bytes || linked.has(document.id)) return;
        linked.add(document.id);
        const format = mediaFormatOf(fileName);
        const recording: RecordingInfo = {
          id: index === 0 ? sourceGuid : derivedGuid(`recording:${sourceGuid}:${document.id}`),
          documentId: document.id,
          kind,
          fileName,
          mime: format.ok ? format.data.mime : '',
          size: bytes.length,
          duration: 0,
        };
        (mc.project.recordings ??= []).push(recording);
        media.set(recording.id, bytes);
      });
    }
  }
  return { media, pending };
}

/** A transcript's sync points in Koor's offsets (code points → UTF-16), in seconds. */
function transcriptSyncPoints(transcript: XmlNode, document: KoorDocument): SyncPoint[] {
  const map = offsetMap(document.text);
  const points: SyncPoint[] = [];
  for (const node of children(transcript, 'SyncPoint')) {
    const position = Number(attr(node, 'position'));
    const ms = Number(attr(node, 'timeStamp'));
    if (!Number.isInteger(position) || !Number.isFinite(ms) || position < 0 || ms < 0) continue;
    points.push({
      id: normaliseGuid(attr(node, 'guid') ?? derivedGuid(`sync:${document.id}:${position}`)),
      documentId: document.id,
      offset: map.toUtf16(position),
      time: ms / 1000,
    });
  }
  return points;
}

/** Codings on <TranscriptSelection>s of a transcript that became a document: from one sync point to the next. */
function readTranscriptCodings(mc: MediaReadContext, transcript: XmlNode, document: KoorDocument): void {
  const map = offsetMap(document.text);
  const positions = new Map<string, number>();
  for (const node of children(transcript, 'SyncPoint')) {
    const position = Number(attr(node, 'position'));
    if (Number.isInteger(position)) positions.set(normaliseGuid(attr(node, 'guid') ?? ''), position);
  }
  for (const selection of children(transcript, 'TranscriptSelection')) {
    const codings = children(selection, 'Coding');
    if (!codings.length) continue;
    const from = positions.get(normaliseGuid(attr(selection, 'fromSyncPoint') ?? ''));
    const to = positions.get(normaliseGuid(attr(selection, 'toSyncPoint') ?? '')) ?? map.codePointLength;
    if (from === undefined || to <= from) {
      mc.warnings.push({ key: 'exchange.warning.badSelection', params: { document: document.name } });
      continue;
    }
    const start = map.toUtf16(from);
    const end = map.toUtf16(to);
    for (const node of codings) {
      const coding = mc.readCoding(node, document.id, start, end, selection);
      if (coding) mc.project.codings.push(coding);
    }
  }
}

/**
 * Places sync points read from other tools' transcripts once the turns are known: a sync point on the line a
 * turn starts on gives that turn its time (when its label had none, or the same in whole seconds); the others
 * stay sync points.
 */
export function placeSyncPoints(project: ProjectData, pending: readonly SyncPoint[]): void {
  if (!pending.length) return;
  const texts = new Map(project.documents.map((d) => [d.id, d.text]));
  const turnsByDocument = new Map<Id, Turn[]>();
  for (const turn of project.turns) {
    const list = turnsByDocument.get(turn.documentId);
    if (list) list.push(turn);
    else turnsByDocument.set(turn.documentId, [turn]);
  }
  const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const kept: SyncPoint[] = [];
  for (const point of pending) {
    const text = texts.get(point.documentId) ?? '';
    const line = lineStart(text, point.offset);
    // A label's time is whole seconds ("[00:00:04]"); the sync point on its line is the precise one.
    const turn = turnsByDocument
      .get(point.documentId)
      ?.find(
        (t) =>
          lineStart(text, t.start) === line && (t.time === undefined || Math.abs(t.time - point.time) < 1),
      );
    if (turn) turn.time = point.time;
    else kept.push({ id: point.id, documentId: point.documentId, offset: point.offset, time: point.time });
  }
  if (kept.length) project.syncPoints = [...(project.syncPoints ?? []), ...kept];
}
