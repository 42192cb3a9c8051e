/**
 * REFI-QDA project import (.qdpx or a bare project.qde) from Koor, NVivo, ATLAS.ti, MAXQDA and QualCoder.
 * Text sources become documents (projectSources.ts: selections convert from code points back to UTF-16 so
 * every coding lands on the same text); recordings come with their transcripts (mediaRead.ts); what cannot
 * be brought in (PDF, pictures, media without a transcript, missing files) is listed in the report. Three
 * kinds of file:
 * - Koor's own (koor.json in the zip, see projectWrite.ts): the labels written into the source texts are
 *   removed again and speakers, turns and details restored exactly.
 * - Koor's first writer ("[koor:…]" descriptions, see LEGACY_MARK): read as before.
 * - Any other tool's: speakers and turns are detected from the labels in the text (speakerDetection.ts),
 *   and the report says so.
 */
import type { ProjectData, Result, Turn, Warning } from '../model.ts';
import { readCodeElements } from './codeXml.ts';
import { derivedGuid, normaliseGuid } from './guids.ts';
import { addKoorSpeakers, KOOR_ENTRY, readKoorData, type KoorData } from './koorData.ts';
import { noteRefs, readCases, readNotes, readUsers, readVariables } from './projectParts.ts';
import { memoFromNote, readCoding, readTextSource, type ReadContext } from './projectSources.ts';
import { caseValuesToDocuments, readLegacySpeakers, reportSpeakers } from './projectSpeakers.ts';
import { detectSpeakersInSources, type DetectedSource } from './speakerDetection.ts';
import { attr, child, children, parseXml, textOf } from './xml.ts';
import { openZip, type SafeZip } from './zip.ts';
import type { OnExchangeProgress } from './progress.ts';
import { readSynthesisEntry, SYNTHESIS_ENTRY } from './summaryNotes.ts';
import { inferAttributeDefinitions } from './attributes.ts';
import { placeSyncPoints, readMediaSources, textPathKey } from './mediaRead.ts';

/** A project read from a file: the data, the report, and the speakers Koor had to detect itself. */
export type ProjectImport = {
  project: ProjectData;
  report: Warning[];
  detected: DetectedSource[];
  /** The bytes of the recordings in `project.recordings`, by recording id. */
  media: Map<string, Uint8Array>;
};
export type ProjectReadOptions = {
  now?: string;
  /** The text of koor.json from the same .qdpx, when there is one. */
  koorData?: string;
  /** The bytes of a recording inside the file (internal://…), read only when a transcript needs it. */
  resolveMedia?: (path: string) => Uint8Array | undefined;
  /** Told of each step (unzip, parse, every source, speakers), for a progress bar. */
  onProgress?: OnExchangeProgress;
};

const MEDIA = /\.(pdf|jpe?g|png|gif|bmp|tiff?|mp3|mp4|m4a|wav|mov|avi|docx?|odt|rtf)$/i;
const OTHER_SOURCES = [
  ['PictureSource', 'picture'],
  ['PDFSource', 'pdf'],
] as const;
// Parts of REFI-QDA that Koor has no place for: said in the report, never silently dropped.
const UNREAD_PARTS = ['Sets', 'Links', 'Graphs'] as const;

/** Decodes a text file from a project: UTF-8 (BOM dropped) or UTF-16 with a BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads a project.qde; `resolve` gives the bytes of a source path (internal:// or relative://). */
export function readProjectXmlWith(
  xml: string,
  resolve: (path: string) => Uint8Array | undefined,
  options: ProjectReadOptions = {},
): Result<ProjectImport> {
  const progress = options.onProgress ?? (() => undefined);
  progress({ stage: 'parse', done: 0, total: 1 });
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const root = child(parsed.data, 'Project');
  if (!root) return { ok: false, reason: 'exchange.project.notProject' };
  const warnings: Warning[] = [];
  const koor: KoorData | undefined =
    options.koorData === undefined ? undefined : readKoorData(options.koorData);
  if (options.koorData !== undefined && !koor) warnings.push({ key: 'exchange.warning.koorDataUnreadable' });
  const now = options.now ?? new Date().toISOString();
  const coders = new Map(readUsers(root).map((c) => [c.id, c]));
  const fallbackId = derivedGuid('coder:import');
  const resolveText = (path: string): string | undefined => {
    const bytes = resolve(path);
    return bytes ? decodeText(bytes) : undefined;
  };
  const ctx: ReadContext = {
    warnings,
    codeIds: new Set(),
    coders,
    now,
    memos: [],
    notes: readNotes(root, resolveText, warnings),
    usedNotes: new Set(),
    codingMemos: new Set(koor?.codingMemos ?? []),
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
  // Koor's own summaries: restored from their zip entry; the notes written for other tools are not memos.
  const synthesisBytes = resolve(SYNTHESIS_ENTRY);
  const synthesis = synthesisBytes && readSynthesisEntry(synthesisBytes, ctx.codeIds, warnings);
  for (const guid of synthesis ? synthesis.noteGuids : []) ctx.notes.delete(guid);
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
    ...(synthesis ? { summaries: synthesis.summaries, keyQuotes: synthesis.keyQuotes } : {}),
  };
  const turnSelections = new Map<string, Turn>();
  const selectionDocument = new Map<string, string>();
  const ownDocuments = new Set<string>();
  const foreignDocuments = new Set<string>();
  const documentByPath = new Map<string, string>();
  const sources = child(root, 'Sources');
  const textSources = children(sources, 'TextSource');
  for (const [index, node] of textSources.entries()) {
    progress({ stage: 'sources', done: index, total: textSources.length });
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
    const guid = normaliseGuid(attr(node, 'guid') ?? '');
    const out = readTextSource(ctx, node, text, variables.names, koor?.documents[guid]);
    project.documents.push(out.document);
    if (path) documentByPath.set(textPathKey(path), out.document.id);
    project.turns.push(...out.turns);
    project.codings.push(...out.codings);
    for (const [selection, turn] of out.turnSelections) turnSelections.set(selection, turn);
    for (const selection of out.selections) selectionDocument.set(selection, out.document.id);
    if (koor?.documents[guid] && out.fromKoor) ownDocuments.add(out.document.id);
    else if (!out.fromKoor) foreignDocuments.add(out.document.id);
  }
  const recordings = readMediaSources(sources, {
    project,
    warnings,
    documentByPath,
    ownDocuments,
    foreignDocuments,
    variables: variables.names,
    resolveText,
    resolveMedia: options.resolveMedia ?? (() => undefined),
    readCoding: (node, documentId, start, end, selection) =>
      readCoding(ctx, node, documentId, start, end, selection),
    now,
  });
  for (const [kind, key] of OTHER_SOURCES) {
    for (const node of children(sources, kind))
      warnings.push({ key: `exchange.warning.${key}Skipped`, params: { name: attr(node, 'name') ?? '' } });
  }
  for (const kind of UNREAD_PARTS) {
    const count = children(child(root, kind), kind.slice(0, -1)).length;
    if (count) warnings.push({ key: `exchange.warning.${kind.toLowerCase()}Skipped`, params: { count } });
  }
  const cases = readCases(root, variables.names);
  if (koor) addKoorSpeakers(project, koor, ownDocuments, warnings);
  const usedCases = readLegacySpeakers(project, cases, turnSelections);
  progress({ stage: 'speakers', done: 0, total: 1 });
  const detection = detectSpeakersInSources(
    project,
    foreignDocuments,
    cases.filter((c) => !usedCases.has(c.id) && !koor?.speakers.some((s) => normaliseGuid(s.id) === c.id)),
    selectionDocument,
  );
  for (const id of detection.usedCases) usedCases.add(id);
  placeSyncPoints(project, recordings.pending);
  if (!koor) caseValuesToDocuments(project, cases, usedCases, selectionDocument, warnings);
  reportSpeakers(project, foreignDocuments, detection.detected, warnings);
  for (const note of ctx.notes.values())
    if (!ctx.usedNotes.has(note.id)) memoFromNote(ctx, note.id, 'project');
  // Memos in the order of <Notes>, so a re-export writes the same file.
  const noteOrder = new Map([...ctx.notes.keys()].map((id, index) => [id, index]));
  project.memos.sort((a, b) => (noteOrder.get(a.id) ?? 0) - (noteOrder.get(b.id) ?? 0));
  project.coders = [...coders.values()];
  project.attributes =
    koor?.attributes ??
    variables.definitions ??
    inferAttributeDefinitions(project, { type: 'text', scopes: ['document', 'speaker'] });
  return {
    ok: true,
    data: { project, report: warnings, detected: detection.detected, media: recordings.media },
  };
}

/** Reads a bare project.qde (sources must be inline PlainTextContent; others are reported missing). */
export function readProjectXml(xml: string, options: ProjectReadOptions = {}): Result<ProjectImport> {
  return readProjectXmlWith(xml, () => undefined, options);
}

/** Reads a .qdpx from any REFI-QDA tool, refusing unsafe zips and XML before reading anything. */
export function readProject(bytes: Uint8Array, options: ProjectReadOptions = {}): Result<ProjectImport> {
  options.onProgress?.({ stage: 'unzip', done: 0, total: 1 });
  const zip = openZip(bytes);
  if (!zip.ok) return zip;
  const plan = readPlan(zip.data);
  if (!plan.ok) return plan;
  const first = zip.data.read((name) => name === plan.data.qde);
  if (!first.ok) return first;
  const { wanted } = plan.data;
  const contents = wanted.size ? zip.data.read((name) => wanted.has(name)) : { ok: true as const, data: {} };
  if (!contents.ok) return contents;
  return readZipped(zip.data, first.data[plan.data.qde]!, contents.data, options);
}

/**
 * readProject with the same answers, inflating with the platform's zlib where there is one (DecompressionStream
 * in a browser or worker): on a study-sized file the inflating took most of the time in JavaScript.
 */
export async function readProjectAsync(
  bytes: Uint8Array,
  options: ProjectReadOptions = {},
): Promise<Result<ProjectImport>> {
  options.onProgress?.({ stage: 'unzip', done: 0, total: 1 });
  const zip = openZip(bytes);
  if (!zip.ok) return zip;
  const plan = readPlan(zip.data);
  if (!plan.ok) return plan;
  const first = await zip.data.readAsync((name) => name === plan.data.qde);
  if (!first.ok) return first;
  const { wanted } = plan.data;
  const contents = wanted.size
    ? await zip.data.readAsync((name) => wanted.has(name))
    : { ok: true as const, data: {} };
  if (!contents.ok) return contents;
  return readZipped(zip.data, first.data[plan.data.qde]!, contents.data, options);
}

/** The project.qde to read and the other entries read with it (text sources, koor.json, summaries). */
function readPlan(zip: SafeZip): Result<{ qde: string; wanted: Set<string> }> {
  const qde = zip.entries.find((e) => e.name.toLowerCase().endsWith('.qde'));
  if (!qde) return { ok: false, reason: 'exchange.project.noQde' };
  const textEntries = zip.entries.filter(
    (e) => !e.name.endsWith('/') && e.name !== qde.name && /^sources\//i.test(e.name) && !MEDIA.test(e.name),
  );
  const wanted = new Set(textEntries.map((e) => e.name));
  const koorEntry = zip.entries.find((e) => e.name === KOOR_ENTRY);
  if (koorEntry) wanted.add(koorEntry.name);
  const byLower = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e.name]));
  const synthesis = byLower.get(SYNTHESIS_ENTRY);
  if (synthesis) wanted.add(synthesis);
  return { ok: true, data: { qde: qde.name, wanted } };
}

/** Reads an opened .qdpx from its project.qde and the entries of its plan (recordings are read when needed). */
function readZipped(
  zip: SafeZip,
  qdeBytes: Uint8Array,
  contents: Record<string, Uint8Array>,
  options: ProjectReadOptions,
): Result<ProjectImport> {
  const byLower = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e.name]));
  const xml = decodeText(qdeBytes);
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
  const koorBytes = contents[KOOR_ENTRY];
  const resolveMedia = (path: string): Uint8Array | undefined => {
    const entry = sourceEntry(path);
    if (!entry) return undefined;
    const read = zip.read((name) => name === entry);
    return read.ok ? read.data[entry] : undefined;
  };
  const withKoor: ProjectReadOptions = {
    ...options,
    resolveMedia,
    ...(koorBytes ? { koorData: decodeText(koorBytes) } : {}),
  };
  return readProjectXmlWith(
    xml,
    (path) => {
      const entry = sourceEntry(path);
      return entry ? contents[entry] : undefined;
    },
    withKoor,
  );
}
