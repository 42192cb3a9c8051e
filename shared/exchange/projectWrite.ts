/**
 * REFI-QDA project export: project.qde (valid against Project.xsd) inside a .qdpx zip, texts under
 * sources/<guid>.txt, selections in Unicode code points.
 *
 * How Koor's own data is carried (schema-valid, and harmless to other tools):
 * - Document attributes → <VariableValue> on the <TextSource>; speaker attributes → on the speaker's <Case>.
 *   Each attribute name is one <Variable> (Text); Koor's definition (scope, type, choices) rides in its
 *   <Description> after the marker "[koor:attribute]".
 * - Speakers → one <Case> each (guid = speaker id), <Description> "[koor:speaker]{json}" with document,
 *   label, role and colour, and <SelectionRef>s to the speaker's turns, so other tools see per-speaker cases.
 * - Turns → a <PlainTextSelection> without codings named "turn:<speaker label>" (guid = turn id); times,
 *   when known, in its <Description> "[koor:turn]{json}".
 * - Codings → one <PlainTextSelection> per coding (guid derived from the coding id) holding one <Coding>
 *   (guid = coding id, creatingUser = coder). Other tools see clean codes and codings.
 * - Memos → <Notes>; referenced by <NoteRef> from the project, the source, the code or the coding.
 *   Coding.memo (the short memo on a coding) is a Note marked "[koor:coding-memo]".
 * - Document format, hash, preamble and order → the source <Description> "[koor:document]{json}".
 */
import { codesInTreeOrder } from '../codebook/tree.ts';
import type { Coding, Id, KoorDocument, Memo, ProjectData, Turn } from '../model.ts';
import { writeCodeElements } from './codeXml.ts';
import { offsetMap } from './codePoints.ts';
import { derivedGuid, exportGuid } from './guids.ts';
import { escapeAttr, escapeText, xsdDateTime } from './xml.ts';
import { writeZip } from './zip.ts';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const MARK = {
  attribute: '[koor:attribute]',
  speaker: '[koor:speaker]',
  turn: '[koor:turn]',
  codingMemo: '[koor:coding-memo]',
  document: '[koor:document]',
} as const;

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

function writeVariables(project: ProjectData): string {
  const names = new Map<string, string>();
  for (const def of project.attributes) {
    const { name, ...rest } = def;
    // One Variable per name; a name defined for both scopes keeps both definitions.
    const previous = names.get(name);
    names.set(
      name,
      previous
        ? `${previous}\n${MARK.attribute}${JSON.stringify(rest)}`
        : `${MARK.attribute}${JSON.stringify(rest)}`,
    );
  }
  for (const item of [...project.documents, ...project.speakers]) {
    for (const [name, value] of Object.entries(item.attributes))
      if (value !== '' && !names.has(name)) names.set(name, '');
  }
  if (!names.size) return '';
  const rows = [...names].map(
    ([name, description]) =>
      `    <Variable guid="${variableGuid(name)}" name="${escapeAttr(name)}" typeOfVariable="Text">${description ? `<Description>${escapeText(description)}</Description>` : ''}</Variable>\n`,
  );
  return `  <Variables>\n${rows.join('')}  </Variables>\n`;
}

function writeCases(project: ProjectData, turnsBySpeaker: Map<string, Turn[]>): string {
  if (!project.speakers.length) return '';
  const rows = project.speakers.map((speaker) => {
    const extension: Record<string, string> = {
      documentId: speaker.documentId,
      label: speaker.label,
      role: speaker.role,
    };
    if (speaker.color) extension.color = speaker.color;
    const refs = (turnsBySpeaker.get(speaker.id) ?? [])
      .map((turn) => `      <SelectionRef targetGUID="${exportGuid(turn.id)}"/>\n`)
      .join('');
    return (
      `    <Case guid="${exportGuid(speaker.id)}" name="${escapeAttr(speaker.name)}">\n` +
      `      <Description>${escapeText(MARK.speaker + JSON.stringify(extension))}</Description>\n` +
      variableValues(speaker.attributes, '      ') +
      refs +
      `    </Case>\n`
    );
  });
  return `  <Cases>\n${rows.join('')}  </Cases>\n`;
}

function writeSource(
  document: KoorDocument,
  turns: readonly Turn[],
  codings: readonly Coding[],
  speakerLabels: ReadonlyMap<Id, string>,
  memoRefs: ReadonlyMap<string, string[]>,
): string {
  const map = offsetMap(document.text);
  const guid = exportGuid(document.id);
  const extension: Record<string, string | number> = {
    format: document.format,
    sourceHash: document.sourceHash,
    importedAt: document.importedAt,
  };
  if (document.order !== undefined) extension.order = document.order;
  if (document.preambleEnd !== undefined) extension.preambleEnd = document.preambleEnd;
  const out: string[] = [
    `    <TextSource guid="${guid}" name="${escapeAttr(document.name)}" plainTextPath="internal://${guid}.txt"${dateAttr('creationDateTime', document.importedAt)}>\n`,
    `      <Description>${escapeText(MARK.document + JSON.stringify(extension))}</Description>\n`,
  ];
  for (const turn of turns) {
    const label = turn.speakerId ? (speakerLabels.get(turn.speakerId) ?? '') : '';
    const times: Record<string, number> = {};
    if (turn.time !== undefined) times.time = turn.time;
    if (turn.endTime !== undefined) times.endTime = turn.endTime;
    const description = Object.keys(times).length
      ? `<Description>${MARK.turn}${JSON.stringify(times)}</Description>`
      : '';
    out.push(
      `      <PlainTextSelection guid="${exportGuid(turn.id)}" name="${escapeAttr(`turn:${label}`)}" startPosition="${map.toCodePoint(turn.start)}" endPosition="${map.toCodePoint(turn.end)}">${description}</PlainTextSelection>\n`,
    );
  }
  for (const coding of codings) {
    const user = ` creatingUser="${guidOf(coding.coderId)}"`;
    const date = dateAttr('creationDateTime', coding.createdAt);
    const notes = [
      ...(coding.memo ? [codingMemoGuid(coding.id)] : []),
      ...(memoRefs.get(`coding:${coding.id}`) ?? []),
    ]
      .map((note) => `<NoteRef targetGUID="${note}"/>`)
      .join('');
    out.push(
      `      <PlainTextSelection guid="${codingSelectionGuid(coding.id)}" startPosition="${map.toCodePoint(coding.start)}" endPosition="${map.toCodePoint(coding.end)}">` +
        `<Coding guid="${exportGuid(coding.id)}"${user}${date}><CodeRef targetGUID="${guidOf(coding.codeId)}"/>${notes}</Coding></PlainTextSelection>\n`,
    );
  }
  for (const note of memoRefs.get(`document:${document.id}`) ?? [])
    out.push(`      <NoteRef targetGUID="${note}"/>\n`);
  out.push(variableValues(document.attributes, '      '));
  out.push(`    </TextSource>\n`);
  return out.join('');
}

function writeNote(
  guid: string,
  name: string,
  text: string,
  updatedAt: string | undefined,
  description = '',
): string {
  return (
    `    <Note guid="${guid}" name="${escapeAttr(name)}"${dateAttr('modifiedDateTime', updatedAt)}>` +
    (description ? `<Description>${escapeText(description)}</Description>` : '') +
    `<PlainTextContent>${escapeText(text)}</PlainTextContent></Note>\n`
  );
}

function writeNotes(project: ProjectData): string {
  const rows = project.memos.map((memo: Memo) =>
    writeNote(exportGuid(memo.id), memo.title, memo.text, memo.updatedAt),
  );
  for (const coding of project.codings) {
    if (coding.memo)
      rows.push(writeNote(codingMemoGuid(coding.id), 'Memo', coding.memo, coding.createdAt, MARK.codingMemo));
  }
  return rows.length ? `  <Notes>\n${rows.join('')}  </Notes>\n` : '';
}

/** Writes the project as a project.qde XML document (sources referenced as internal://<guid>.txt). */
export function writeProjectXml(project: ProjectData, options: { lang?: 'nl' | 'en' } = {}): string {
  const memoRefs = new Map<string, string[]>();
  for (const memo of project.memos) {
    const list = memoRefs.get(memo.target) ?? [];
    list.push(exportGuid(memo.id));
    memoRefs.set(memo.target, list);
  }
  const codeNotes = new Map<Id, string[]>();
  for (const { code } of codesInTreeOrder(project.codes)) {
    const refs = memoRefs.get(`code:${code.id}`);
    if (refs) codeNotes.set(code.id, refs);
  }
  const turnsByDocument = groupBy(project.turns, (t) => t.documentId);
  const turnsBySpeaker = groupBy(project.turns, (t) => t.speakerId ?? '');
  const codingsByDocument = groupBy(project.codings, (c) => c.documentId);
  const speakerLabels = new Map(project.speakers.map((s) => [s.id, s.label]));

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
      `  <CodeBook>\n    <Codes>\n${writeCodeElements(project.codes, options.lang ?? 'nl', 3, codeNotes)}    </Codes>\n  </CodeBook>\n`,
    );
  }
  out.push(writeVariables(project));
  out.push(writeCases(project, turnsBySpeaker));
  if (project.documents.length) {
    out.push('  <Sources>\n');
    project.documents.forEach((document) => {
      out.push(
        writeSource(
          document,
          turnsByDocument.get(document.id) ?? [],
          codingsByDocument.get(document.id) ?? [],
          speakerLabels,
          memoRefs,
        ),
      );
    });
    out.push('  </Sources>\n');
  }
  out.push(writeNotes(project));
  for (const note of memoRefs.get('project') ?? []) out.push(`  <NoteRef targetGUID="${note}"/>\n`);
  out.push('</Project>\n');
  return out.join('');
}

/** Writes the project as a REFI-QDA .qdpx (zip with project.qde and sources/<guid>.txt). */
export function writeProject(project: ProjectData, options: { lang?: 'nl' | 'en' } = {}): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {
    'project.qde': encoder.encode(writeProjectXml(project, options)),
  };
  for (const document of project.documents)
    files[`sources/${sourceFileName(document.id)}`] = encoder.encode(document.text);
  return writeZip(files);
}
