/**
 * REFI-QDA project import (.qdpx or a bare project.qde) from Koor, NVivo, ATLAS.ti, MAXQDA and QualCoder.
 * Text sources become documents; selections convert from code points back to UTF-16 so every coding
 * lands on the same text; what cannot be brought in (PDF, pictures, audio, video, missing files) is
 * listed in the report. Koor's own extensions (see projectWrite.ts) restore speakers and turns.
 */
import type {
  Coder,
  Coding,
  KoorDocument,
  Memo,
  ProjectData,
  Result,
  SourceFormat,
  Speaker,
  Turn,
  Warning,
} from '../model.ts';
import { readCodeElements } from './codeXml.ts';
import { offsetMap } from './codePoints.ts';
import { derivedGuid, normaliseGuid } from './guids.ts';
import { MARK } from './projectWrite.ts';
import {
  noteRefs,
  num,
  readCases,
  readMarked,
  readNotes,
  readUsers,
  readValues,
  readVariables,
  str,
  type NoteData,
} from './projectParts.ts';
import { attr, child, childText, children, parseXml, textOf, type XmlNode } from './xml.ts';
import { openZip } from './zip.ts';
import { inferAttributeDefinitions } from './attributes.ts';

export type ProjectImport = { project: ProjectData; report: Warning[] };
export type ProjectReadOptions = { now?: string };

const FORMATS: readonly SourceFormat[] = ['txt', 'docx', 'odt', 'vtt', 'srt', 'csv', 'tsv', 'pdf', 'qdpx'];
const MEDIA = /\.(pdf|jpe?g|png|gif|bmp|tiff?|mp3|mp4|m4a|wav|mov|avi|docx?|odt|rtf)$/i;
const OTHER_SOURCES = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] as const;

/** Decodes a text file from a project: UTF-8 (BOM dropped) or UTF-16 with a BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

type Ctx = {
  warnings: Warning[];
  codeIds: Set<string>;
  coders: Map<string, Coder>;
  fallbackCoder: () => string;
  now: string;
  memos: Memo[];
  notes: Map<string, NoteData>;
  usedNotes: Set<string>;
};

function memoFromNote(ctx: Ctx, noteId: string, target: string): void {
  const note = ctx.notes.get(noteId);
  if (!note || ctx.usedNotes.has(`${noteId}|${target}`)) return;
  ctx.usedNotes.add(`${noteId}|${target}`);
  ctx.usedNotes.add(noteId);
  ctx.memos.push({
    id: note.id,
    target,
    title: note.name,
    text: note.text,
    updatedAt: note.updatedAt ?? ctx.now,
  });
}

function coderOf(ctx: Ctx, node: XmlNode, fallback: string | undefined): string {
  const raw = attr(node, 'creatingUser') ?? fallback;
  if (!raw) return ctx.fallbackCoder();
  const id = normaliseGuid(raw);
  if (!ctx.coders.has(id)) ctx.coders.set(id, { id, name: id.slice(0, 8) });
  return id;
}

function readCoding(
  ctx: Ctx,
  node: XmlNode,
  documentId: string,
  start: number,
  end: number,
  selection?: XmlNode,
): Coding | undefined {
  const codeRef = attr(child(node, 'CodeRef'), 'targetGUID');
  const codeId = codeRef ? normaliseGuid(codeRef) : '';
  if (!ctx.codeIds.has(codeId)) {
    ctx.warnings.push({ key: 'exchange.warning.unknownCode', params: { guid: codeRef ?? '' } });
    return undefined;
  }
  const id = normaliseGuid(
    attr(node, 'guid') ?? derivedGuid(`coding:${documentId}:${start}:${end}:${codeId}`),
  );
  const coding: Coding = {
    id,
    documentId,
    codeId,
    start,
    end,
    coderId: coderOf(ctx, node, selection ? attr(selection, 'creatingUser') : undefined),
    createdAt:
      attr(node, 'creationDateTime') ??
      (selection ? attr(selection, 'creationDateTime') : undefined) ??
      ctx.now,
  };
  for (const noteId of noteRefs(node)) {
    const note = ctx.notes.get(noteId);
    if (note && note.description.trim() === MARK.codingMemo) {
      coding.memo = note.text;
      ctx.usedNotes.add(noteId);
    } else memoFromNote(ctx, noteId, `coding:${id}`);
  }
  return coding;
}

type SourceOut = {
  document: KoorDocument;
  turns: Turn[];
  codings: Coding[];
  turnSelections: Map<string, Turn>;
};

function readTextSource(
  ctx: Ctx,
  node: XmlNode,
  text: string,
  variables: ReadonlyMap<string, string>,
): SourceOut {
  const id = normaliseGuid(attr(node, 'guid') ?? '');
  const extension = readMarked(childText(node, 'Description'), MARK.document);
  const format = str(extension, 'format');
  const document: KoorDocument = {
    id,
    name: attr(node, 'name') ?? id,
    format: FORMATS.includes(format as SourceFormat) ? (format as SourceFormat) : 'qdpx',
    text,
    sourceHash: str(extension, 'sourceHash') ?? '',
    importedAt: str(extension, 'importedAt') ?? attr(node, 'creationDateTime') ?? ctx.now,
    attributes: readValues(node, variables),
  };
  const preambleEnd = num(extension, 'preambleEnd');
  if (preambleEnd !== undefined) document.preambleEnd = preambleEnd;
  const order = num(extension, 'order');
  if (order !== undefined) document.order = order;
  const map = offsetMap(text);
  const turns: Turn[] = [];
  const codings: Coding[] = [];
  const turnSelections = new Map<string, Turn>();
  for (const selection of children(node, 'PlainTextSelection')) {
    let startCp = Number(attr(selection, 'startPosition'));
    let endCp = Number(attr(selection, 'endPosition'));
    if (!Number.isInteger(startCp) || !Number.isInteger(endCp)) {
      ctx.warnings.push({ key: 'exchange.warning.badSelection', params: { document: document.name } });
      continue;
    }
    if (startCp > endCp) [startCp, endCp] = [endCp, startCp];
    if (startCp < 0 || endCp > map.codePointLength) {
      ctx.warnings.push({ key: 'exchange.warning.selectionOutside', params: { document: document.name } });
      startCp = Math.max(0, startCp);
      endCp = Math.min(endCp, map.codePointLength);
      if (startCp >= endCp) continue;
    }
    const start = map.toUtf16(startCp);
    const end = map.toUtf16(endCp);
    const codingNodes = children(selection, 'Coding');
    const name = attr(selection, 'name') ?? '';
    const guid = normaliseGuid(attr(selection, 'guid') ?? '');
    if (!codingNodes.length && name.startsWith('turn:')) {
      const times = readMarked(childText(selection, 'Description'), MARK.turn);
      const turn: Turn = { id: guid, documentId: id, speakerId: null, start, end };
      const time = num(times, 'time');
      const endTime = num(times, 'endTime');
      if (time !== undefined) turn.time = time;
      if (endTime !== undefined) turn.endTime = endTime;
      turns.push(turn);
      turnSelections.set(guid, turn);
      continue;
    }
    const made = codingNodes
      .map((c) => readCoding(ctx, c, id, start, end, selection))
      .filter((c): c is Coding => c !== undefined);
    codings.push(...made);
    // A note on the selection itself (an ATLAS.ti quotation comment) becomes a memo on its first coding.
    for (const noteId of noteRefs(selection)) {
      if (made[0]) memoFromNote(ctx, noteId, `coding:${made[0].id}`);
    }
  }
  for (const codingNode of children(node, 'Coding')) {
    const coding = readCoding(ctx, codingNode, id, 0, text.length);
    if (coding) codings.push(coding);
  }
  for (const noteId of noteRefs(node)) memoFromNote(ctx, noteId, `document:${id}`);
  return { document, turns, codings, turnSelections };
}

/** Reads a project.qde; `resolve` gives the bytes of a source path (internal:// or relative://). */
export function readProjectXmlWith(
  xml: string,
  resolve: (path: string) => Uint8Array | undefined,
  options: ProjectReadOptions = {},
): Result<ProjectImport> {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = child(parsed.data, 'Project');
  if (!root) return { ok: false, reason: 'exchange.project.notProject' };
  const warnings: Warning[] = [];
  const now = options.now ?? new Date().toISOString();
  const coders = new Map(readUsers(root).map((c) => [c.id, c]));
  const fallbackId = derivedGuid('coder:import');
  const resolveText = (path: string): string | undefined => {
    const bytes = resolve(path);
    return bytes ? decodeText(bytes) : undefined;
  };
  const ctx: Ctx = {
    warnings,
    codeIds: new Set(),
    coders,
    now,
    memos: [],
    notes: readNotes(root, resolveText, warnings),
    usedNotes: new Set(),
    fallbackCoder: () => {
      if (!coders.has(fallbackId))
        coders.set(fallbackId, { id: fallbackId, name: attr(root, 'origin') || 'Import' });
      return fallbackId;
    },
  };
  const codeNotes: [string, string[]][] = [];
  const codes = readCodeElements(
    children(child(child(root, 'CodeBook'), 'Codes'), 'Code'),
    warnings,
    (node, code) => codeNotes.push([code.id, noteRefs(node)]),
  );
  for (const code of codes) ctx.codeIds.add(code.id);
  for (const [codeId, refs] of codeNotes)
    for (const noteId of refs) memoFromNote(ctx, noteId, `code:${codeId}`);
  for (const noteId of noteRefs(root)) memoFromNote(ctx, noteId, 'project');

  const variables = readVariables(root);
  const project: ProjectData = {
    name: attr(root, 'name') ?? '',
    documents: [],
    speakers: [],
    turns: [],
    codes,
    codings: [],
    coders: [],
    memos: ctx.memos,
    attributes: [],
  };
  const turnSelections = new Map<string, Turn>();
  const selectionDocument = new Map<string, string>();
  const sources = child(root, 'Sources');
  for (const node of children(sources, 'TextSource')) {
    const inline = child(node, 'PlainTextContent');
    const path = attr(node, 'plainTextPath');
    const text = inline ? textOf(inline) : path ? resolveText(path) : undefined;
    if (text === undefined) {
      warnings.push({
        key: 'exchange.warning.sourceMissing',
        params: { name: attr(node, 'name') ?? '', path: path ?? '' },
      });
      continue;
    }
    const out = readTextSource(ctx, node, text, variables.names);
    project.documents.push(out.document);
    project.turns.push(...out.turns);
    project.codings.push(...out.codings);
    for (const [guid, turn] of out.turnSelections) turnSelections.set(guid, turn);
    for (const c of out.codings) selectionDocument.set(c.id, c.documentId);
  }
  for (const kind of OTHER_SOURCES) {
    for (const node of children(sources, kind)) {
      warnings.push({
        key: 'exchange.warning.sourceSkipped',
        params: { name: attr(node, 'name') ?? '', kind },
      });
    }
  }
  readSpeakers(project, root, variables.names, turnSelections, warnings);
  for (const note of ctx.notes.values())
    if (!ctx.usedNotes.has(note.id)) memoFromNote(ctx, note.id, 'project');
  // Memos in the order of <Notes>, so a re-export writes the same file.
  const noteOrder = new Map([...ctx.notes.keys()].map((id, index) => [id, index]));
  project.memos.sort((a, b) => (noteOrder.get(a.id) ?? 0) - (noteOrder.get(b.id) ?? 0));
  project.coders = [...coders.values()];
  project.attributes =
    variables.definitions ??
    inferAttributeDefinitions(project, { type: 'text', scopes: ['document', 'speaker'] });
  return { ok: true, data: { project, report: warnings } };
}

function readSpeakers(
  project: ProjectData,
  root: XmlNode,
  variableNames: ReadonlyMap<string, string>,
  turnSelections: ReadonlyMap<string, Turn>,
  warnings: Warning[],
): void {
  const documents = new Map(project.documents.map((d) => [d.id, d]));
  for (const item of readCases(root, variableNames)) {
    const extension = readMarked(item.description, MARK.speaker);
    const documentId = str(extension, 'documentId');
    if (extension && documentId !== undefined) {
      const role = str(extension, 'role') === 'moderator' ? 'moderator' : 'participant';
      const speaker: Speaker = {
        id: item.id,
        documentId: normaliseGuid(documentId),
        label: str(extension, 'label') ?? item.name,
        name: item.name,
        role,
        attributes: item.values,
      };
      const color = str(extension, 'color');
      if (color) speaker.color = color;
      project.speakers.push(speaker);
      for (const ref of item.selectionRefs) {
        const turn = turnSelections.get(ref);
        if (turn) turn.speakerId = speaker.id;
      }
      continue;
    }
    // Another tool's case (a participant or a document): its values become attributes of its documents.
    const targets = new Set(item.sourceRefs);
    for (const ref of item.selectionRefs) {
      const turn = turnSelections.get(ref);
      if (turn) targets.add(turn.documentId);
    }
    for (const target of targets) {
      const document = documents.get(target);
      if (!document) continue;
      for (const [name, value] of Object.entries(item.values)) document.attributes[name] ??= value;
    }
    if (!targets.size && Object.keys(item.values).length) {
      warnings.push({ key: 'exchange.warning.caseUnlinked', params: { name: item.name } });
    }
  }
}

/** Reads a bare project.qde (sources must be inline PlainTextContent; others are reported missing). */
export function readProjectXml(xml: string, options: ProjectReadOptions = {}): Result<ProjectImport> {
  return readProjectXmlWith(xml, () => undefined, options);
}

/** Reads a .qdpx from any REFI-QDA tool, refusing unsafe zips and XML before reading anything. */
export function readProject(bytes: Uint8Array, options: ProjectReadOptions = {}): Result<ProjectImport> {
  const zip = openZip(bytes);
  if (!zip.ok) return zip;
  const byLower = new Map(zip.data.entries.map((e) => [e.name.toLowerCase(), e.name]));
  const qde = zip.data.entries.find((e) => e.name.toLowerCase().endsWith('.qde'));
  if (!qde) return { ok: false, reason: 'exchange.project.noQde' };
  const first = zip.data.read((name) => name === qde.name);
  if (!first.ok) return first;
  const xml = decodeText(first.data[qde.name]!);
  // Sources live under sources/ (any case) or, for relative:// paths, wherever their name says.
  const sourceEntry = (path: string): string | undefined => {
    const bare = path.replace(/^(internal|relative|file):\/\/\/?/i, '').replace(/\\/g, '/');
    const base = bare.split('/').pop() ?? bare;
    const candidates = [`sources/${bare}`, bare, `sources/${base}`].map((c) => c.toLowerCase());
    for (const candidate of candidates) {
      const hit = byLower.get(candidate);
      if (hit) return hit;
    }
    return undefined;
  };
  const textEntries = zip.data.entries.filter(
    (e) => !e.name.endsWith('/') && e.name !== qde.name && /^sources\//i.test(e.name) && !MEDIA.test(e.name),
  );
  const wanted = new Set(textEntries.map((e) => e.name));
  const contents = wanted.size ? zip.data.read((name) => wanted.has(name)) : { ok: true as const, data: {} };
  if (!contents.ok) return contents;
  return readProjectXmlWith(
    xml,
    (path) => {
      const entry = sourceEntry(path);
      return entry ? contents.data[entry] : undefined;
    },
    options,
  );
}
