import type { Id, KoorDocument, ProjectData, Speaker } from '../model.ts';
import { countBelow, wordStarts } from './words.ts';

/**
 * Lookups computed once per project state and shared by every analysis: documents in project order, turns
 * sorted per document (a document without turns gets one speakerless turn over its text after the preamble),
 * word offsets per document, and every coding resolved to its turn, speaker and word span.
 *
 * A coding belongs to the turn its start lies in; a coding that starts in the gap before a turn (the speaker's
 * label) belongs to the next turn when it reaches into it. A coding spanning several turns therefore counts
 * once, for the speaker it starts with. A coding in no turn (title, preamble) belongs to none and is left out of
 * turn- and speaker-based analyses.
 */
export type AnalysisIndex = {
  project: ProjectData;
  /** Documents sorted by `order`, then by their position in the project. */
  documents: KoorDocument[];
  documentIndex: Map<Id, number>;
  speakers: Speaker[];
  speakerIndex: Map<Id, number>;
  /** Word start offsets of each document's text (same index as `documents`). */
  wordStarts: Int32Array[];
  /** Turns sorted by document, then start. Synthetic turns (documents without turns) have id "". */
  turnIds: Id[];
  turnDocument: Int32Array;
  /** Speaker index of a turn, -1 when the turn has no speaker. */
  turnSpeaker: Int32Array;
  turnStart: Int32Array;
  turnEnd: Int32Array;
  turnWords: Int32Array;
  turnModerator: Uint8Array;
  /** [first, end) turn positions of each document. */
  documentTurns: Int32Array;
  /** Valid codings (known document and code) sorted by document, start, end: indexes into project.codings. */
  codingOrder: Int32Array;
  /** Per sorted coding: id, code index (into project.codes), offsets, document index, turn position (-1: none),
   * word index of its start and end. */
  codingIds: Id[];
  codingCode: Int32Array;
  codingStart: Int32Array;
  codingEnd: Int32Array;
  codingDocument: Int32Array;
  codingTurn: Int32Array;
  codingStartWord: Int32Array;
  codingEndWord: Int32Array;
};

/**
 * Word starts of the documents indexed before, by document object. Rebuilding the index after a coding leaves
 * the texts alone (a third of a study's index time); the text is compared too, so a document object whose text
 * was changed in place is scanned again.
 */
const wordStartsCache = new WeakMap<KoorDocument, { text: string; starts: Int32Array }>();

function documentWordStarts(doc: KoorDocument): Int32Array {
  const cached = wordStartsCache.get(doc);
  if (cached && cached.text === doc.text) return cached.starts;
  const starts = wordStarts(doc.text);
  wordStartsCache.set(doc, { text: doc.text, starts });
  return starts;
}

/** Builds the lookups every analysis of this project shares; rebuild whenever the project changes. */
export function buildAnalysisIndex(project: ProjectData): AnalysisIndex {
  const documents = project.documents
    .map((doc, position) => ({ doc, position }))
    .sort((a, b) => (a.doc.order ?? a.position) - (b.doc.order ?? b.position) || a.position - b.position)
    .map((x) => x.doc);
  const documentIndex = new Map(documents.map((doc, i) => [doc.id, i]));
  const speakers = project.speakers;
  const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
  const starts = documents.map(documentWordStarts);

  const turnsByDocument: { id: Id; speaker: number; start: number; end: number }[][] = documents.map(
    () => [],
  );
  for (const turn of project.turns) {
    const d = documentIndex.get(turn.documentId);
    if (d === undefined) continue;
    const speaker = turn.speakerId === null ? -1 : (speakerIndex.get(turn.speakerId) ?? -1);
    turnsByDocument[d]!.push({ id: turn.id, speaker, start: turn.start, end: turn.end });
  }
  documents.forEach((doc, d) => {
    const list = turnsByDocument[d]!;
    if (list.length === 0)
      list.push({ id: '', speaker: -1, start: doc.preambleEnd ?? 0, end: doc.text.length });
    list.sort((a, b) => a.start - b.start || a.end - b.end);
  });
  const turnCount = turnsByDocument.reduce((n, list) => n + list.length, 0);
  const turnIds: Id[] = [];
  const turnDocument = new Int32Array(turnCount);
  const turnSpeaker = new Int32Array(turnCount);
  const turnStart = new Int32Array(turnCount);
  const turnEnd = new Int32Array(turnCount);
  const turnWords = new Int32Array(turnCount);
  const turnModerator = new Uint8Array(turnCount);
  const documentTurns = new Int32Array(documents.length * 2);
  let t = 0;
  turnsByDocument.forEach((list, d) => {
    documentTurns[2 * d] = t;
    const ws = starts[d]!;
    for (const turn of list) {
      turnIds.push(turn.id);
      turnDocument[t] = d;
      turnSpeaker[t] = turn.speaker;
      turnStart[t] = turn.start;
      turnEnd[t] = turn.end;
      turnWords[t] = countBelow(ws, turn.end) - countBelow(ws, turn.start);
      turnModerator[t] = turn.speaker >= 0 && speakers[turn.speaker]!.role === 'moderator' ? 1 : 0;
      t++;
    }
    documentTurns[2 * d + 1] = t;
  });

  const codeIndex = new Map(project.codes.map((c, i) => [c.id, i]));
  const codings = project.codings;
  // Valid codings go into their document's bucket in project order (a counting sort by document); codings
  // arrive grouped by document, so the document of the previous one is tried first.
  const validDocument = new Int32Array(codings.length).fill(-1);
  const validCode = new Int32Array(codings.length);
  const bucketEnd = new Int32Array(documents.length + 1);
  let lastId: Id | undefined;
  let lastDocument: number | undefined;
  codings.forEach((coding, i) => {
    if (coding.documentId !== lastId) {
      lastId = coding.documentId;
      lastDocument = documentIndex.get(coding.documentId);
    }
    const code = codeIndex.get(coding.codeId);
    if (lastDocument === undefined || code === undefined || coding.end <= coding.start) return;
    validDocument[i] = lastDocument;
    validCode[i] = code;
    bucketEnd[lastDocument + 1]!++;
  });
  for (let d = 0; d < documents.length; d++) bucketEnd[d + 1]! += bucketEnd[d]!;
  const valid = new Int32Array(bucketEnd[documents.length]!);
  const cursor = bucketEnd.slice(0, documents.length);
  for (let i = 0; i < codings.length; i++) {
    const d = validDocument[i]!;
    if (d >= 0) valid[cursor[d]!++] = i;
  }
  // Within a document: by start, then end, then position. A document's codings are stored in start order, so
  // a bucket is mostly sorted already and only sorted when it is not.
  const byPlace = (a: number, b: number) =>
    codings[a]!.start - codings[b]!.start || codings[a]!.end - codings[b]!.end || a - b;
  for (let d = 0; d < documents.length; d++) {
    const bucket = valid.subarray(bucketEnd[d]!, bucketEnd[d + 1]!);
    for (let k = 1; k < bucket.length; k++) {
      if (byPlace(bucket[k - 1]!, bucket[k]!) > 0) {
        bucket.sort(byPlace);
        break;
      }
    }
  }
  const n = valid.length;
  const codingOrder = valid;
  const codingIds: Id[] = new Array<Id>(n);
  const codingCode = new Int32Array(n);
  const codingStart = new Int32Array(n);
  const codingEnd = new Int32Array(n);
  const codingDocument = new Int32Array(n);
  const codingTurn = new Int32Array(n);
  const codingStartWord = new Int32Array(n);
  const codingEndWord = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const coding = codings[codingOrder[k]!]!;
    const d = validDocument[codingOrder[k]!]!;
    codingIds[k] = coding.id;
    codingCode[k] = validCode[codingOrder[k]!]!;
    codingStart[k] = coding.start;
    codingEnd[k] = coding.end;
    codingDocument[k] = d;
    codingTurn[k] = turnAt(turnStart, turnEnd, documentTurns[2 * d]!, documentTurns[2 * d + 1]!, coding);
    codingStartWord[k] = countBelow(starts[d]!, coding.start);
    codingEndWord[k] = countBelow(starts[d]!, coding.end);
  }
  return {
    project,
    documents,
    documentIndex,
    speakers,
    speakerIndex,
    wordStarts: starts,
    turnIds,
    turnDocument,
    turnSpeaker,
    turnStart,
    turnEnd,
    turnWords,
    turnModerator,
    documentTurns,
    codingOrder,
    codingIds,
    codingCode,
    codingStart,
    codingEnd,
    codingDocument,
    codingTurn,
    codingStartWord,
    codingEndWord,
  };
}

/** The turn a range belongs to (see AnalysisIndex), searching turns [first, end) of its document. */
function turnAt(
  turnStart: Int32Array,
  turnEnd: Int32Array,
  first: number,
  end: number,
  range: { start: number; end: number },
): number {
  let lo = first;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (turnStart[mid]! <= range.start) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first turn starting after range.start; lo - 1 the last one starting at or before it.
  if (lo - 1 >= first && turnEnd[lo - 1]! > range.start) return lo - 1;
  if (lo < end && turnStart[lo]! < range.end) return lo;
  return -1;
}

/** The turn position of an offset in a document, or -1 when it lies in no turn. */
export function turnAtOffset(index: AnalysisIndex, documentIndex: number, offset: number): number {
  const first = index.documentTurns[2 * documentIndex]!;
  const end = index.documentTurns[2 * documentIndex + 1]!;
  const t = turnAt(index.turnStart, index.turnEnd, first, end, { start: offset, end: offset });
  return t >= 0 && index.turnStart[t]! <= offset ? t : -1;
}

/** The index itself, or a fresh one built from a project (callers that have an index should pass it). */
export function toAnalysisIndex(source: AnalysisIndex | ProjectData): AnalysisIndex {
  return 'codingOrder' in source ? source : buildAnalysisIndex(source);
}
