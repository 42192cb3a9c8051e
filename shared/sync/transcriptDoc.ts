/**
 * One transcript as a shared Yjs document (docs/team-sync.md): the text as Y.Text, speakers, turns and
 * codings as maps. Turn and coding boundaries are Yjs relative positions, so they follow concurrent text
 * edits exactly as Koor's local edits move codings: text inserted before a coding shifts it, inside it
 * widens it, and text deleted under it shrinks it.
 */
import * as Y from 'yjs';
import type { Coding, Speaker, Turn } from '../model.ts';

type Span = { start: number; end: number };

/** The parts of a transcript document, by the names other clients use. */
function parts(doc: Y.Doc) {
  return {
    text: doc.getText('text'),
    speakers: doc.getMap<Y.Map<unknown>>('speakers'),
    turns: doc.getMap<Y.Map<unknown>>('turns'),
    codings: doc.getMap<Y.Map<unknown>>('codings'),
  };
}

function anchor(text: Y.Text, span: Span): { start: Uint8Array; end: Uint8Array } {
  // The start sticks to the character after it, the end to the character before it.
  return {
    start: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, span.start, 0)),
    end: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, span.end, -1)),
  };
}

function resolve(doc: Y.Doc, bytes: unknown, fallback: number): number {
  if (!(bytes instanceof Uint8Array)) return fallback;
  const position = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(bytes), doc);
  return position ? position.index : fallback;
}

function entry(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Fills an empty transcript document with a document's text, speakers, turns and codings. */
export function seedTranscript(
  doc: Y.Doc,
  data: { text: string; speakers: Speaker[]; turns: Turn[]; codings: Coding[] },
): void {
  const { text, speakers, turns, codings } = parts(doc);
  doc.transact(() => {
    text.insert(0, data.text);
    for (const speaker of data.speakers) speakers.set(speaker.id, entry({ ...speaker }));
    for (const turn of data.turns) {
      turns.set(turn.id, entry({ ...turn, ...anchor(text, turn) }));
    }
    for (const coding of data.codings) codings.set(coding.id, entry({ ...coding, ...anchor(text, coding) }));
  });
}

/** Adds a coding anchored to its words, in one transaction with the given origin. */
export function addCoding(doc: Y.Doc, coding: Coding, origin?: unknown): void {
  const { text, codings } = parts(doc);
  doc.transact(() => codings.set(coding.id, entry({ ...coding, ...anchor(text, coding) })), origin);
}

/** Removes a coding. */
export function removeCoding(doc: Y.Doc, codingId: string, origin?: unknown): void {
  doc.transact(() => parts(doc).codings.delete(codingId), origin);
}

/** Replaces `length` characters at `index` with `insert`; anchored codings and turns follow. */
export function editText(doc: Y.Doc, index: number, length: number, insert: string, origin?: unknown): void {
  const { text } = parts(doc);
  doc.transact(() => {
    if (length > 0) text.delete(index, length);
    if (insert) text.insert(index, insert);
  }, origin);
}

/** The document's current text. */
export function readText(doc: Y.Doc): string {
  return parts(doc).text.toString();
}

function spanOf(doc: Y.Doc, map: Y.Map<unknown>): Span {
  const start = resolve(doc, map.get('start'), 0);
  return { start, end: Math.max(start, resolve(doc, map.get('end'), start)) };
}

/** The codings with the offsets their anchors point at now, in document order. */
export function readCodings(doc: Y.Doc): Coding[] {
  const out = [...parts(doc).codings].map(([id, map]) => codingOf(doc, id, map));
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
}

/** The turns with the offsets their anchors point at now, in document order. */
export function readTurns(doc: Y.Doc): Turn[] {
  return [...parts(doc).turns].map(([id, map]) => turnOf(doc, id, map)).sort((a, b) => a.start - b.start);
}

/** Adds or replaces a turn, anchored to its words, in one transaction with the given origin. */
export function putTurn(doc: Y.Doc, turn: Turn, origin?: unknown): void {
  const { text, turns } = parts(doc);
  doc.transact(() => turns.set(turn.id, entry({ ...turn, ...anchor(text, turn) })), origin);
}

/** Adds or replaces a speaker. */
export function putSpeaker(doc: Y.Doc, speaker: Speaker, origin?: unknown): void {
  doc.transact(() => parts(doc).speakers.set(speaker.id, entry({ ...speaker })), origin);
}

/** Removes a turn or a speaker. */
export function removeEntry(doc: Y.Doc, part: 'turns' | 'speakers', id: string, origin?: unknown): void {
  doc.transact(() => parts(doc)[part].delete(id), origin);
}

/**
 * Makes a Y.Text read `next` by replacing only the part that differs (the common start and end stay, so anchors
 * there stay where they are, and a concurrent edit elsewhere merges character by character). Call it inside a
 * transaction to give it an origin.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  )
    end++;
  if (current.length - start - end > 0) text.delete(start, current.length - start - end);
  const insert = next.slice(start, next.length - end);
  if (insert) text.insert(start, insert);
}

/** Makes the document's text `next`, changing only the part that differs (see replaceText). */
export function setText(doc: Y.Doc, next: string, origin?: unknown): void {
  const { text } = parts(doc);
  if (text.toString() === next) return;
  doc.transact(() => replaceText(text, next), origin);
}

/** The parts of a transcript document that changed in a transaction, by entry id. */
export function changedIn(
  doc: Y.Doc,
  changed: ReadonlyMap<unknown, Set<string | null>>,
): { text: boolean; codings: string[]; turns: string[]; speakers: string[] } {
  const { text, codings, turns, speakers } = parts(doc);
  const keys = (type: unknown) => [...(changed.get(type) ?? [])].filter((k): k is string => k !== null);
  return { text: changed.has(text), codings: keys(codings), turns: keys(turns), speakers: keys(speakers) };
}

function codingOf(doc: Y.Doc, id: string, map: Y.Map<unknown>): Coding {
  const memo = map.get('memo');
  return {
    id,
    documentId: String(map.get('documentId')),
    codeId: String(map.get('codeId')),
    coderId: String(map.get('coderId')),
    createdAt: String(map.get('createdAt')),
    ...(typeof memo === 'string' ? { memo } : {}),
    ...spanOf(doc, map),
  };
}

/** One coding with its current offsets, or null when the document has no such coding. */
export function readCoding(doc: Y.Doc, id: string): Coding | null {
  const map = parts(doc).codings.get(id);
  return map ? codingOf(doc, id, map) : null;
}

function turnOf(doc: Y.Doc, id: string, map: Y.Map<unknown>): Turn {
  const time = map.get('time');
  const endTime = map.get('endTime');
  const speakerId = map.get('speakerId');
  return {
    id,
    documentId: String(map.get('documentId')),
    speakerId: typeof speakerId === 'string' ? speakerId : null,
    ...(typeof time === 'number' ? { time } : {}),
    ...(typeof endTime === 'number' ? { endTime } : {}),
    ...spanOf(doc, map),
  };
}

/** One turn with its current offsets, or null. */
export function readTurn(doc: Y.Doc, id: string): Turn | null {
  const map = parts(doc).turns.get(id);
  return map ? turnOf(doc, id, map) : null;
}

/** One speaker, or null. */
export function readSpeaker(doc: Y.Doc, id: string): Speaker | null {
  const map = parts(doc).speakers.get(id);
  return map ? (map.toJSON() as Speaker) : null;
}

/** All speakers of the document. */
export function readSpeakers(doc: Y.Doc): Speaker[] {
  return [...parts(doc).speakers.values()].map((map) => map.toJSON() as Speaker);
}

/**
 * Folds codings that are one coding made twice: the same coder, code and words (the same person coding the same
 * words on two devices before they saw each other's). Of each such group the coding with the smallest id stays,
 * with a memo of the others if it had none; the rest are removed. Every client folds the same way, so the result
 * is the same wherever it happens first. Only groups of `candidates` (coding ids) are looked at. Returns the ids
 * removed.
 */
export function foldDuplicateCodings(doc: Y.Doc, candidates: readonly string[], origin?: unknown): string[] {
  const { codings } = parts(doc);
  const removed: string[] = [];
  const seen = new Set<string>();
  doc.transact(() => {
    for (const id of candidates) {
      if (seen.has(id)) continue;
      const map = codings.get(id);
      if (!map) continue;
      const coding = codingOf(doc, id, map);
      const same: Coding[] = [];
      for (const [otherId, other] of codings) {
        if (other.get('coderId') !== coding.coderId || other.get('codeId') !== coding.codeId) continue;
        const span = otherId === id ? coding : spanOf(doc, other);
        if (span.start === coding.start && span.end === coding.end) same.push(codingOf(doc, otherId, other));
      }
      same.forEach((c) => seen.add(c.id));
      if (same.length < 2) continue;
      same.sort((a, b) => (a.id < b.id ? -1 : 1));
      const [kept, ...twins] = same as [Coding, ...Coding[]];
      const memo = kept.memo || twins.find((c) => c.memo)?.memo;
      if (memo && !kept.memo) codings.get(kept.id)!.set('memo', memo);
      for (const twin of twins) {
        codings.delete(twin.id);
        removed.push(twin.id);
      }
    }
  }, origin);
  return removed;
}
