/**
 * Reading the text sources of a REFI-QDA project (see projectRead.ts): one <TextSource> becomes a document
 * with its codings; its selections convert from code points back to UTF-16 so every coding lands on the same
 * text, and Koor's own labels are taken out again when koor.json describes them.
 */
import {
  isSourceFormat,
  type Coder,
  type Coding,
  type KoorDocument,
  type Memo,
  type Turn,
  type Warning,
} from '../model.ts';
import { offsetMap } from './codePoints.ts';
import { derivedGuid, normaliseGuid } from './guids.ts';
import type { KoorDocumentData } from './koorData.ts';
import {
  LEGACY_MARK as MARK,
  noteRefs,
  num,
  readMarked,
  readValues,
  str,
  type NoteData,
} from './projectParts.ts';
import { unlabelledText } from './transcriptText.ts';
import { attr, child, childText, children, type XmlNode } from './xml.ts';

/** What reading the sources shares with the rest of the project: warnings, codes, coders, notes. */
export type ReadContext = {
  warnings: Warning[];
  codeIds: Set<string>;
  coders: Map<string, Coder>;
  fallbackCoder: () => string;
  now: string;
  memos: Memo[];
  notes: Map<string, NoteData>;
  usedNotes: Set<string>;
  codingMemos: ReadonlySet<string>;
};

/** Turns a note into a memo on `target`, once per note and target. */
export function memoFromNote(ctx: ReadContext, noteId: string, target: string): void {
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

/** The coder of a <Coding>: its own creatingUser, else its selection's (read only when needed). */
function coderOf(ctx: ReadContext, node: XmlNode, selection: XmlNode | undefined): string {
  const raw = attr(node, 'creatingUser') ?? (selection ? attr(selection, 'creatingUser') : undefined);
  if (!raw) return ctx.fallbackCoder();
  const id = normaliseGuid(raw);
  if (!ctx.coders.has(id)) ctx.coders.set(id, { id, name: id.slice(0, 8) });
  return id;
}

/** A <Coding> on [start, end) of a document; undefined (with a warning) when its code is unknown. */
export function readCoding(
  ctx: ReadContext,
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
    coderId: coderOf(ctx, node, selection),
    createdAt:
      attr(node, 'creationDateTime') ??
      (selection ? attr(selection, 'creationDateTime') : undefined) ??
      ctx.now,
  };
  for (const noteId of noteRefs(node)) {
    const note = ctx.notes.get(noteId);
    if (note && (ctx.codingMemos.has(noteId) || note.description.trim() === MARK.codingMemo)) {
      coding.memo = note.text;
      ctx.usedNotes.add(noteId);
    } else memoFromNote(ctx, noteId, `coding:${id}`);
  }
  return coding;
}

/** What one text source brings: its document, turns (Koor's first writer), codings and selections. */
export type SourceOut = {
  document: KoorDocument;
  turns: Turn[];
  codings: Coding[];
  turnSelections: Map<string, Turn>;
  /** GUIDs of every selection in this source (cases of other tools point at them). */
  selections: string[];
  /** True when this source came with Koor's own data (koor.json or the first writer's markers). */
  fromKoor: boolean;
};

/**
 * Reads one <TextSource> whose text (with the labels other tools read) is `labelled`: Koor's own details from
 * koor.json or the first writer's markers when there are any, otherwise the text as it is.
 */
export function readTextSource(
  ctx: ReadContext,
  node: XmlNode,
  labelled: string,
  variables: ReadonlyMap<string, string>,
  koor: KoorDocumentData | undefined,
): SourceOut {
  const id = normaliseGuid(attr(node, 'guid') ?? '');
  const name = attr(node, 'name') ?? id;
  const own = koor ? unlabelledText(labelled, koor.labels) : undefined;
  if (koor && !own)
    ctx.warnings.push({ key: 'exchange.warning.koorTextChanged', params: { document: name } });
  const legacy = own ? undefined : readMarked(childText(node, 'Description'), MARK.document);
  const details = own ? koor : legacy;
  const format = details ? str(details, 'format') : undefined;
  const text = own?.text ?? labelled;
  const document: KoorDocument = {
    id,
    name,
    format: isSourceFormat(format) ? format : 'qdpx',
    text,
    sourceHash: (details && str(details, 'sourceHash')) ?? '',
    importedAt: (details && str(details, 'importedAt')) ?? attr(node, 'creationDateTime') ?? ctx.now,
    attributes: readValues(node, variables),
  };
  const preambleEnd = details ? num(details, 'preambleEnd') : undefined;
  if (preambleEnd !== undefined) document.preambleEnd = preambleEnd;
  const order = details ? num(details, 'order') : undefined;
  if (order !== undefined) document.order = order;
  const { turns, codings, turnSelections, selections } = readSelections(ctx, node, {
    documentId: id,
    name,
    labelled,
    toKoor: own ? own.toKoor : (offset: number) => offset,
    legacy: legacy !== undefined,
  });
  for (const codingNode of children(node, 'Coding')) {
    const coding = readCoding(ctx, codingNode, id, 0, text.length);
    if (coding) codings.push(coding);
  }
  for (const noteId of noteRefs(node)) memoFromNote(ctx, noteId, `document:${id}`);
  return { document, turns, codings, turnSelections, selections, fromKoor: !!details };
}

/** Where a source's selections land: its document, its text as written, and how offsets map to Koor's text. */
type SelectionTarget = {
  documentId: string;
  name: string;
  /** The source text as the file has it (with the labels other tools read). */
  labelled: string;
  /** From an offset in `labelled` (UTF-16) to one in the document's text. */
  toKoor: (offset: number) => number;
  /** Koor's first writer: its "turn:" selections are turns. */
  legacy: boolean;
};

/**
 * The <PlainTextSelection>s of a source: positions in code points back to UTF-16 (swapped or clipped, with a
 * warning, when they are reversed or outside the text), their codings, and Koor's first writer's turns.
 */
function readSelections(
  ctx: ReadContext,
  node: XmlNode,
  where: SelectionTarget,
): Pick<SourceOut, 'turns' | 'codings' | 'turnSelections' | 'selections'> {
  const map = offsetMap(where.labelled);
  const turns: Turn[] = [];
  const codings: Coding[] = [];
  const turnSelections = new Map<string, Turn>();
  const selections: string[] = [];
  for (const selection of children(node, 'PlainTextSelection')) {
    let startCp = Number(attr(selection, 'startPosition'));
    let endCp = Number(attr(selection, 'endPosition'));
    if (!Number.isInteger(startCp) || !Number.isInteger(endCp)) {
      ctx.warnings.push({ key: 'exchange.warning.badSelection', params: { document: where.name } });
      continue;
    }
    if (startCp > endCp) [startCp, endCp] = [endCp, startCp];
    if (startCp < 0 || endCp > map.codePointLength) {
      ctx.warnings.push({ key: 'exchange.warning.selectionOutside', params: { document: where.name } });
      startCp = Math.max(0, startCp);
      endCp = Math.min(endCp, map.codePointLength);
      if (startCp >= endCp) continue;
    }
    const start = where.toKoor(map.toUtf16(startCp));
    const end = where.toKoor(map.toUtf16(endCp));
    const guid = normaliseGuid(attr(selection, 'guid') ?? '');
    selections.push(guid);
    // Its codings, straight into the source's list (no arrays per selection: a study has 100,000).
    const first = codings.length;
    let coded = false;
    for (let c = selection.f; c; c = c.n) {
      if (c.k.local !== 'Coding') continue;
      coded = true;
      const coding = readCoding(ctx, c, where.documentId, start, end, selection);
      if (coding) codings.push(coding);
    }
    if (!coded) {
      // Koor's first writer kept turns as selections named "turn:<label>"; any other uncoded selection
      // (Koor's turn selections for cases, another tool's uncoded quotation) carries nothing to keep.
      if (where.legacy && (attr(selection, 'name') ?? '').startsWith('turn:')) {
        const times = readMarked(childText(selection, 'Description'), MARK.turn);
        const turn: Turn = { id: guid, documentId: where.documentId, speakerId: null, start, end };
        const time = num(times, 'time');
        const endTime = num(times, 'endTime');
        if (time !== undefined) turn.time = time;
        if (endTime !== undefined) turn.endTime = endTime;
        turns.push(turn);
        turnSelections.set(guid, turn);
      }
      continue;
    }
    // A note on the selection itself (an ATLAS.ti quotation comment) becomes a memo on its first coding.
    const firstMade = codings[first];
    for (const noteId of noteRefs(selection)) {
      if (firstMade) memoFromNote(ctx, noteId, `coding:${firstMade.id}`);
    }
  }
  return { turns, codings, turnSelections, selections };
}
