/**
 * REFI-QDA project export: project.qde (valid against Project.xsd) inside a .qdpx zip, texts under
 * sources/<guid>.txt, selections in Unicode code points.
 *
 * What other tools see is what a researcher expects there, and nothing of Koor's internals:
 * - Each source's text reads as a transcript: the speaker's name (and the time, when known) at the start of
 *   each turn ("[00:01:23] Moeder: …"); every selection position is in that text (transcriptText.ts).
 * - Codings → one <PlainTextSelection> per coding (guid derived from the coding id) holding one <Coding>
 *   (guid = coding id); coder (creatingUser, a <User> by name) and date on both, since tools read either.
 * - Speakers → one <Case> each (guid = speaker id), names unique across the project, perspective and
 *   conversation role as case variables, <SelectionRef>s to <PlainTextSelection>s of the speaker's turns.
 * - Document and speaker attributes → <VariableValue>s on the <TextSource> and the <Case>.
 * - Memos → <Notes>; referenced by <NoteRef> from the project, the source, the code or the coding.
 * - Recordings, when asked for → <AudioSource>/<VideoSource> with the transcript and its sync points
 *   (mediaWrite.ts), their bytes in sources/.
 * What only Koor needs (its own text without labels, turns, speakers, document details, attribute
 * definitions, which notes are coding memos) lives in koor.json in the zip (koorData.ts), which other tools
 * ignore; Koor reading its own file restores exactly its own model.
 */
import { codesInTreeOrder } from '../codebook/tree.ts';
import type { Coding, Id, KoorDocument, Memo, ProjectData, Speaker, Turn } from '../model.ts';
import { caseValues, uniqueCaseNames } from './caseNames.ts';
import { writeCodeElements } from './codeXml.ts';
import { offsetMap } from './codePoints.ts';
import { derivedGuid, exportGuid } from './guids.ts';
import { KOOR_ENTRY, KOOR_VERSION, writeKoorData, type KoorData } from './koorData.ts';
import type { Lang } from './labels.ts';
import { labelInserts, labelledText, type Insert } from './transcriptText.ts';
import { escapeAttr, escapeText, xsdDateTime } from './xml.ts';
import { summaryNoteRefs, summaryNotesXml, SYNTHESIS_ENTRY, synthesisEntry } from './summaryNotes.ts';
import { encodeUtf8 } from './utf8.ts';
import { writeZip, writeZipAsync } from './zip.ts';
import { mediaFileName, writeMediaSources, type MediaBytes } from './mediaWrite.ts';
import type { OnExchangeProgress } from './progress.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

export type ProjectWriteOptions = {
  lang?: Lang;
  /** Recordings to include (by recording id), written as <AudioSource>/<VideoSource> with their transcript. */
  media?: MediaBytes;
  /** Told of every source written and of the zip, for a progress bar. */
  onProgress?: OnExchangeProgress;
};

/** The GUID of a Variable for an attribute name (stable across exports). */
export function variableGuid(name: string): string {
  return derivedGuid(`variable:${name}`);
}

/** The GUID of the selection that holds one coding. */
export function codingSelectionGuid(codingId: Id): string {
  return derivedGuid(`selection:${codingId}`);
}

/** The GUID of the note that holds Coding.memo. */
export function codingMemoGuid(codingId: Id): string {
  return derivedGuid(`coding-memo:${codingId}`);
}

/** The file name of a source inside the .qdpx. */
export function sourceFileName(documentId: Id): string {
  return `${exportGuid(documentId)}.txt`;
}

// Coders and codes repeat on every coding: convert each id once.
const guidCache = new Map<string, string>();
function guidOf(id: Id): string {
  let guid = guidCache.get(id);
  if (guid === undefined) {
    if (guidCache.size > 10_000) guidCache.clear();
    guid = exportGuid(id);
    guidCache.set(id, guid);
  }
  return guid;
}

function dateAttr(name: string, value: string | undefined): string {
  const date = xsdDateTime(value);
  return date ? ` ${name}="${date}"` : '';
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function variableValues(attributes: Record<string, string>, pad: string): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== '')
    .map(
      ([name, value]) =>
        `${pad}<VariableValue><VariableRef targetGUID="${variableGuid(name)}"/><TextValue>${escapeText(value)}</TextValue></VariableValue>\n`,
    )
    .join('');
}

function writeVariables(project: ProjectData, caseValueSets: readonly Record<string, string>[]): string {
  const names = new Set(project.attributes.map((def) => def.name));
  for (const item of [...project.documents.map((d) => d.attributes), ...caseValueSets]) {
    for (const [name, value] of Object.entries(item)) if (value !== '') names.add(name);
  }
  if (!names.size) return '';
  const rows = [...names].map(
    (name) =>
      `    <Variable guid="${variableGuid(name)}" name="${escapeAttr(name)}" typeOfVariable="Text"/>\n`,
  );
  return `  <Variables>\n${rows.join('')}  </Variables>\n`;
}

type Written = {
  caseNames: Map<Id, string>;
  caseValues: Map<Id, Record<string, string>>;
  labels: Map<Id, Insert[]>;
};

function writeCases(project: ProjectData, turnsBySpeaker: Map<string, Turn[]>, written: Written): string {
  if (!project.speakers.length) return '';
  const rows = project.speakers.map((speaker: Speaker) => {
    const refs = (turnsBySpeaker.get(speaker.id) ?? [])
      .map((turn) => `      <SelectionRef targetGUID="${exportGuid(turn.id)}"/>\n`)
      .join('');
    return (
      `    <Case guid="${exportGuid(speaker.id)}" name="${escapeAttr(written.caseNames.get(speaker.id) ?? speaker.name)}">\n` +
      variableValues(written.caseValues.get(speaker.id) ?? {}, '      ') +
      refs +
      `    </Case>\n`
    );
  });
  return `  <Cases>\n${rows.join('')}  </Cases>\n`;
}

/** The labelled text of each document (what sources/<guid>.txt holds) and the labels inserted into it. */
function sourceTexts(
  project: ProjectData,
): Map<Id, { text: string; labels: Insert[]; shift: ReturnType<typeof labelledText>['shift'] }> {
  const names = new Map(project.speakers.map((s) => [s.id, s.name]));
  const turnsByDocument = groupBy(project.turns, (t) => t.documentId);
  const out = new Map<
    Id,
    { text: string; labels: Insert[]; shift: ReturnType<typeof labelledText>['shift'] }
  >();
  for (const document of project.documents) {
    const labels = labelInserts(turnsByDocument.get(document.id) ?? [], names);
    const { text, shift } = labelledText(document, labels);
    out.set(document.id, { text, labels, shift });
  }
  return out;
}

function writeSource(
  document: KoorDocument,
  source: { text: string; shift: ReturnType<typeof labelledText>['shift'] },
  turns: readonly Turn[],
  codings: readonly Coding[],
  caseNames: ReadonlyMap<Id, string>,
  memoRefs: ReadonlyMap<string, string[]>,
  codingNotes: ReadonlyMap<Id, string[]>,
): string {
  const map = offsetMap(source.text);
  const start = (offset: number): number => map.toCodePoint(source.shift.start(offset));
  const end = (offset: number): number => map.toCodePoint(source.shift.end(offset));
  const guid = exportGuid(document.id);
  const out: string[] = [
    `    <TextSource guid="${guid}" name="${escapeAttr(document.name)}" plainTextPath="internal://${guid}.txt"${dateAttr('creationDateTime', document.importedAt)}>\n`,
  ];
  // A selection per speaker turn, so the speaker's case points at what the speaker said.
  for (const turn of turns) {
    if (!turn.speakerId) continue;
    const name = caseNames.get(turn.speakerId) ?? '';
    out.push(
      `      <PlainTextSelection guid="${exportGuid(turn.id)}" name="${escapeAttr(name)}" startPosition="${start(turn.start)}" endPosition="${end(turn.end)}"/>\n`,
    );
  }
  // Per coding only what differs (a study has 100,000): its coder and date mostly repeat those before it.
  let coder: string | undefined;
  let created: string | undefined;
  let who = '';
  for (const coding of codings) {
    if (coding.coderId !== coder || coding.createdAt !== created) {
      coder = coding.coderId;
      created = coding.createdAt;
      who = ` creatingUser="${guidOf(coder)}"${dateAttr('creationDateTime', created)}`;
    }
    let notes = coding.memo ? `<NoteRef targetGUID="${codingMemoGuid(coding.id)}"/>` : '';
    for (const note of codingNotes.get(coding.id) ?? []) notes += `<NoteRef targetGUID="${note}"/>`;
    out.push(
      `      <PlainTextSelection guid="${codingSelectionGuid(coding.id)}" startPosition="${start(coding.start)}" endPosition="${end(coding.end)}"${who}>` +
        `<Coding guid="${exportGuid(coding.id)}"${who}><CodeRef targetGUID="${guidOf(coding.codeId)}"/>${notes}</Coding></PlainTextSelection>\n`,
    );
  }
  for (const note of memoRefs.get(`document:${document.id}`) ?? [])
    out.push(`      <NoteRef targetGUID="${note}"/>\n`);
  out.push(variableValues(document.attributes, '      '));
  out.push(`    </TextSource>\n`);
  return out.join('');
}

function writeNote(guid: string, name: string, text: string, updatedAt: string | undefined): string {
  return (
    `    <Note guid="${guid}" name="${escapeAttr(name)}"${dateAttr('modifiedDateTime', updatedAt)}>` +
    `<PlainTextContent>${escapeText(text)}</PlainTextContent></Note>\n`
  );
}

function writeNotes(project: ProjectData, lang: 'nl' | 'en'): string {
  const rows = project.memos.map((memo: Memo) =>
    writeNote(exportGuid(memo.id), memo.title, memo.text, memo.updatedAt),
  );
  for (const coding of project.codings) {
    if (coding.memo) rows.push(writeNote(codingMemoGuid(coding.id), 'Memo', coding.memo, coding.createdAt));
  }
  rows.push(summaryNotesXml(project, lang));
  const body = rows.join('');
  return body ? `  <Notes>\n${body}  </Notes>\n` : '';
}

function koorData(project: ProjectData, labels: ReadonlyMap<Id, Insert[]>): KoorData {
  const documents: KoorData['documents'] = {};
  for (const d of project.documents) {
    const entry: KoorData['documents'][string] = {
      format: d.format,
      sourceHash: d.sourceHash,
      importedAt: d.importedAt,
      labels: labels.get(d.id) ?? [],
    };
    if (d.order !== undefined) entry.order = d.order;
    if (d.preambleEnd !== undefined) entry.preambleEnd = d.preambleEnd;
    documents[exportGuid(d.id)] = entry;
  }
  return {
    koor: KOOR_VERSION,
    documents,
    // Ids as written everywhere else in the file (a Koor id that is not a GUID gets its derived GUID).
    speakers: project.speakers.map((s) => ({ ...s, id: guidOf(s.id), documentId: guidOf(s.documentId) })),
    turns: project.turns.map((t) => ({
      ...t,
      id: guidOf(t.id),
      documentId: guidOf(t.documentId),
      speakerId: t.speakerId === null ? null : guidOf(t.speakerId),
    })),
    attributes: project.attributes,
    codingMemos: project.codings.filter((c) => c.memo).map((c) => codingMemoGuid(c.id)),
    syncPoints: (project.syncPoints ?? []).map((p) => ({
      ...p,
      id: guidOf(p.id),
      documentId: guidOf(p.documentId),
    })),
  };
}

/** The project.qde XML, the source texts as other tools read them, and koor.json. */
export function writeProjectParts(
  project: ProjectData,
  options: ProjectWriteOptions = {},
): { xml: string; sources: Map<Id, string>; koor: string } {
  const lang = options.lang ?? 'nl';
  const memoRefs = new Map<string, string[]>();
  for (const memo of project.memos) {
    const list = memoRefs.get(memo.target) ?? [];
    list.push(exportGuid(memo.id));
    memoRefs.set(memo.target, list);
  }
  for (const [target, guids] of summaryNoteRefs(project))
    memoRefs.set(target, [...(memoRefs.get(target) ?? []), ...guids]);
  const codeNotes = new Map<Id, string[]>();
  for (const { code } of codesInTreeOrder(project.codes)) {
    const refs = memoRefs.get(`code:${code.id}`);
    if (refs) codeNotes.set(code.id, refs);
  }
  // The notes on each coding, by coding id (memoRefs' "coding:<id>" targets).
  const codingNotes = new Map<Id, string[]>();
  for (const [target, guids] of memoRefs)
    if (target.startsWith('coding:')) codingNotes.set(target.slice('coding:'.length), guids);
  const turnsByDocument = groupBy(project.turns, (t) => t.documentId);
  const turnsBySpeaker = groupBy(project.turns, (t) => t.speakerId ?? '');
  const codingsByDocument = groupBy(project.codings, (c) => c.documentId);
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  const texts = sourceTexts(project);
  const written: Written = {
    caseNames: uniqueCaseNames(project.speakers, project.documents),
    caseValues: new Map(
      project.speakers.map((s) => [s.id, caseValues(s, documents.get(s.documentId), lang)]),
    ),
    labels: new Map([...texts].map(([id, t]) => [id, t.labels])),
  };

  const out: string[] = [
    `<?xml version="1.0" encoding="utf-8"?>\n`,
    `<Project xmlns="${PROJECT_NAMESPACE}" name="${escapeAttr(project.name)}" origin="Koor">\n`,
  ];
  if (project.coders.length) {
    out.push('  <Users>\n');
    for (const coder of project.coders)
      out.push(`    <User guid="${exportGuid(coder.id)}" name="${escapeAttr(coder.name)}"/>\n`);
    out.push('  </Users>\n');
  }
  if (project.codes.length) {
    out.push(
      `  <CodeBook>\n    <Codes>\n${writeCodeElements(project.codes, lang, 3, codeNotes)}    </Codes>\n  </CodeBook>\n`,
    );
  }
  out.push(writeVariables(project, [...written.caseValues.values()]));
  out.push(writeCases(project, turnsBySpeaker, written));
  if (project.documents.length) {
    out.push('  <Sources>\n');
    for (const [index, document] of project.documents.entries()) {
      options.onProgress?.({ stage: 'sources', done: index, total: project.documents.length });
      out.push(
        writeSource(
          document,
          texts.get(document.id)!,
          turnsByDocument.get(document.id) ?? [],
          codingsByDocument.get(document.id) ?? [],
          written.caseNames,
          memoRefs,
          codingNotes,
        ),
      );
    }
    if (options.media?.size) out.push(writeMediaSources(project, texts, written.caseNames, options.media));
    out.push('  </Sources>\n');
  }
  out.push(writeNotes(project, lang));
  for (const note of memoRefs.get('project') ?? []) out.push(`  <NoteRef targetGUID="${note}"/>\n`);
  out.push('</Project>\n');
  return {
    xml: out.join(''),
    sources: new Map([...texts].map(([id, t]) => [id, t.text])),
    koor: writeKoorData(koorData(project, written.labels)),
  };
}

/** Writes the project as a project.qde XML document (sources referenced as internal://<guid>.txt). */
export function writeProjectXml(project: ProjectData, options: ProjectWriteOptions = {}): string {
  return writeProjectParts(project, options).xml;
}

/**
 * Writes the project as a REFI-QDA .qdpx (zip with project.qde, sources/<guid>.txt, the recordings asked for
 * and koor.json).
 */
export function writeProject(project: ProjectData, options: ProjectWriteOptions = {}): Uint8Array {
  const { files, stored } = projectFiles(project, options);
  return writeZip(files, stored);
}

/**
 * writeProject with the same entries, deflated by the platform's zlib where there is one (CompressionStream in
 * a browser or worker), which is several times faster than deflating in JavaScript.
 */
export async function writeProjectAsync(
  project: ProjectData,
  options: ProjectWriteOptions = {},
): Promise<Uint8Array> {
  const { files, stored } = projectFiles(project, options);
  return writeZipAsync(files, stored);
}

/** The entries of the project's .qdpx by name, and those to store as they are (recordings). */
function projectFiles(
  project: ProjectData,
  options: ProjectWriteOptions,
): { files: Record<string, Uint8Array>; stored: Set<string> } {
  const parts = writeProjectParts(project, options);
  const files: Record<string, Uint8Array> = { 'project.qde': encodeUtf8(parts.xml) };
  for (const [id, text] of parts.sources) files[`sources/${sourceFileName(id)}`] = encodeUtf8(text);
  const documents = new Set(project.documents.map((d) => d.id));
  const stored = new Set<string>();
  for (const recording of project.recordings ?? []) {
    const bytes = options.media?.get(recording.id);
    if (!bytes || !documents.has(recording.documentId)) continue;
    const name = `sources/${mediaFileName(recording)}`;
    files[name] = bytes;
    stored.add(name);
  }
  files[KOOR_ENTRY] = encodeUtf8(parts.koor);
  options.onProgress?.({ stage: 'zip', done: 0, total: 1 });
  const synthesis = synthesisEntry(project);
  if (synthesis) files[SYNTHESIS_ENTRY] = synthesis;
  return { files, stored };
}
