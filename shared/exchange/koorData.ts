/**
 * What only Koor needs from a .qdpx, kept in its own zip entry (koor.json) that other tools ignore: turns
 * with Koor's offsets and times, speakers as Koor knows them, document details, the labels written into the
 * source texts, attribute definitions and which notes are coding memos. Nothing of it goes into text other
 * tools display (descriptions, notes, annotations).
 */
import {
  isSourceFormat,
  type AttributeDefinition,
  type AttributeScope,
  type Id,
  type ProjectData,
  type SourceFormat,
  type Speaker,
  type Turn,
  type Warning,
} from '../model.ts';
import type { SyncPoint } from '../recordings/timeline.ts';
import type { Insert } from './transcriptText.ts';

/** The zip entry that holds Koor's own data. */
export const KOOR_ENTRY = 'koor.json';
/** The version of koor.json this code writes and reads. */
export const KOOR_VERSION = 2;

export type KoorDocumentData = {
  format: SourceFormat;
  sourceHash: string;
  importedAt: string;
  order?: number;
  preambleEnd?: number;
  /** The labels written into this source's text (see transcriptText.ts). */
  labels: Insert[];
};

export type KoorData = {
  koor: number;
  /** By source GUID. */
  documents: Record<Id, KoorDocumentData>;
  speakers: Speaker[];
  turns: Turn[];
  attributes: AttributeDefinition[];
  /** GUIDs of the notes that hold Coding.memo (the short memo on a coding). */
  codingMemos: string[];
  /** The researcher's sync points with Koor's offsets (turn times are on the turns); absent before recordings. */
  syncPoints?: SyncPoint[];
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is Record<string, string> => isObj(v) && Object.values(v).every(isStr);
const optional = (o: Obj, key: string, check: (v: unknown) => boolean): boolean =>
  o[key] === undefined || check(o[key]);

function isDocument(v: unknown): v is KoorDocumentData {
  return (
    isObj(v) &&
    isSourceFormat(v.format) &&
    isStr(v.sourceHash) &&
    isStr(v.importedAt) &&
    optional(v, 'order', isNum) &&
    optional(v, 'preambleEnd', isInt) &&
    Array.isArray(v.labels) &&
    v.labels.every((l) => Array.isArray(l) && l.length === 2 && isInt(l[0]) && isStr(l[1]))
  );
}

function isSpeaker(v: unknown): v is Speaker {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.documentId) &&
    isStr(v.label) &&
    isStr(v.name) &&
    (v.role === 'moderator' || v.role === 'participant') &&
    isStrings(v.attributes) &&
    optional(v, 'color', isStr)
  );
}

function isTurn(v: unknown): v is Turn {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.documentId) &&
    (v.speakerId === null || isStr(v.speakerId)) &&
    isInt(v.start) &&
    isInt(v.end) &&
    (v.start as number) <= (v.end as number) &&
    optional(v, 'time', isNum) &&
    optional(v, 'endTime', isNum)
  );
}

function isSyncPoint(v: unknown): v is SyncPoint {
  return isObj(v) && isStr(v.id) && isStr(v.documentId) && isInt(v.offset) && isNum(v.time) && v.time >= 0;
}

function isDefinition(v: unknown): v is AttributeDefinition {
  return (
    isObj(v) &&
    isStr(v.name) &&
    (['document', 'speaker'] as AttributeScope[]).includes(v.scope as AttributeScope) &&
    ['text', 'number', 'date', 'choice'].includes(v.type as string) &&
    Array.isArray(v.values) &&
    v.values.every(isStr)
  );
}

/** Serialises Koor's own data. */
export function writeKoorData(data: KoorData): string {
  return JSON.stringify(data);
}

/**
 * Reads koor.json; undefined when it is not Koor's data of a version this code knows, or malformed in any
 * part (then the project is read as any other tool's, never half from it).
 */
export function readKoorData(text: string): KoorData | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObj(value) || value.koor !== KOOR_VERSION) return undefined;
  const { documents, speakers, turns, attributes, codingMemos, syncPoints } = value;
  if (
    !isObj(documents) ||
    !Object.values(documents).every(isDocument) ||
    !Array.isArray(speakers) ||
    !speakers.every(isSpeaker) ||
    !Array.isArray(turns) ||
    !turns.every(isTurn) ||
    !Array.isArray(attributes) ||
    !attributes.every(isDefinition) ||
    !Array.isArray(codingMemos) ||
    !codingMemos.every(isStr) ||
    (syncPoints !== undefined && !(Array.isArray(syncPoints) && syncPoints.every(isSyncPoint)))
  )
    return undefined;
  // Every turn's speaker must be a speaker of the same document, or the data does not hold together.
  const speakerDocument = new Map(speakers.map((s: Speaker) => [s.id, s.documentId]));
  if (!turns.every((t: Turn) => t.speakerId === null || speakerDocument.get(t.speakerId) === t.documentId))
    return undefined;
  return {
    koor: KOOR_VERSION,
    documents: documents as Record<Id, KoorDocumentData>,
    speakers,
    turns,
    attributes,
    codingMemos,
    ...(syncPoints ? { syncPoints: syncPoints as SyncPoint[] } : {}),
  };
}

/**
 * Adds koor.json's speakers, turns and sync points of the documents whose text matched it. Turns that do not fit their text
 * (a damaged koor.json) are left out and said, never half-applied.
 */
export function addKoorSpeakers(
  project: Pick<ProjectData, 'documents' | 'speakers' | 'turns' | 'syncPoints'>,
  koor: KoorData,
  ownDocuments: ReadonlySet<Id>,
  warnings: Warning[],
): void {
  project.speakers.push(...koor.speakers.filter((s) => ownDocuments.has(s.documentId)));
  const lengths = new Map(project.documents.map((d) => [d.id, d.text.length]));
  const fits = (t: Turn) => 0 <= t.start && t.start <= t.end && t.end <= (lengths.get(t.documentId) ?? -1);
  const own = koor.turns.filter((t) => ownDocuments.has(t.documentId));
  for (const id of new Set(own.filter((t) => !fits(t)).map((t) => t.documentId))) {
    const name = project.documents.find((d) => d.id === id)?.name ?? id;
    warnings.push({ key: 'exchange.warning.koorTextChanged', params: { document: name } });
  }
  project.turns.push(...own.filter(fits));
  const points = (koor.syncPoints ?? []).filter(
    (p) => ownDocuments.has(p.documentId) && p.offset <= (lengths.get(p.documentId) ?? -1),
  );
  if (points.length) project.syncPoints = [...(project.syncPoints ?? []), ...points];
}
