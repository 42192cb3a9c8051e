/** The quotes behind a number: codings resolved to their text, speaker, perspective and place. */
import { perspectiveOf, type Id, type ProjectData } from '../model.ts';
import { toAnalysisIndex, type AnalysisIndex } from './analysisIndex.ts';
import { crosstab } from './crosstab.ts';

export type Quote = {
  /** The first coding of the quote: where "go to the place" jumps. */
  codingId: Id;
  codeId: Id;
  /** Every coding the quote stands for (one, or the overlapping codings of a fragment) in document order. */
  codingIds: Id[];
  /** Their codes, each once, in the order they first occur. */
  codeIds: Id[];
  text: string;
  documentId: Id;
  documentName: string;
  /** The turn the coding belongs to ("" when none, or a document without turns). */
  turnId: Id;
  speakerId: Id | null;
  speakerName: string;
  perspective: string;
  start: number;
  end: number;
};

// Keyed by the index's coding list, which a spread copy of the index (analysisIndexOf) shares.
const positions = new WeakMap<readonly Id[], Map<Id, number>>();

function positionOf(index: AnalysisIndex): Map<Id, number> {
  let map = positions.get(index.codingIds);
  if (!map) {
    map = new Map(index.codingIds.map((id, k) => [id, k]));
    positions.set(index.codingIds, map);
  }
  return map;
}

/** The quotes of the given codings in document order (unknown ids are skipped); pass an index when you have one. */
export function quotesFor(source: AnalysisIndex | ProjectData, codingIds: readonly Id[]): Quote[] {
  const index = toAnalysisIndex(source);
  return quotesAt(index, positionsOf(index, codingIds));
}

/** The quotes of the codings at these positions of the index (sorted, each once). */
export function quotesAt(index: AnalysisIndex, ks: ArrayLike<number>): Quote[] {
  return Array.from(ks, (k) => quoteAt(index, k, index.codingEnd[k]!));
}

/**
 * The coded fragments of the given codings in document order, as the crosstab counts them: codings whose text
 * overlaps in one document (a parent and its sub-code on one sentence, two codes on one answer) make one quote
 * over their joined text that names all their codes. Codings that only touch stay apart. Pass the codings of
 * one crosstab row (a cell, a row total), and there are as many quotes as the number says.
 */
export function fragmentsFor(source: AnalysisIndex | ProjectData, codingIds: readonly Id[]): Quote[] {
  const index = toAnalysisIndex(source);
  return fragmentsAt(index, positionsOf(index, codingIds));
}

/** fragmentsFor by positions in the index (sorted, each once), as the crosstab's cells hold them. */
export function fragmentsAt(index: AnalysisIndex, ks: ArrayLike<number>): Quote[] {
  const result: Quote[] = [];
  let i = 0;
  while (i < ks.length) {
    const first = ks[i]!;
    const document = index.codingDocument[first]!;
    let end = index.codingEnd[first]!;
    let j = i + 1;
    // Sorted by document and start, so a coding that starts before the fragment's end overlaps it.
    while (j < ks.length && index.codingDocument[ks[j]!] === document && index.codingStart[ks[j]!]! < end) {
      end = Math.max(end, index.codingEnd[ks[j]!]!);
      j++;
    }
    const quote = quoteAt(index, first, end);
    if (j > i + 1) {
      const members = Array.prototype.slice.call(ks, i, j) as number[];
      quote.codingIds = members.map((k) => index.codingIds[k]!);
      quote.codeIds = [...new Set(members.map((k) => index.project.codes[index.codingCode[k]!]!.id))];
    }
    result.push(quote);
    i = j;
  }
  return result;
}

/**
 * One quote per pair of codings (positions, flattened: first, second, first, second …) over the text they share,
 * naming both codes: what a co-occurrence of overlapping text counts. The quote is the later coding's (its
 * speaker, its place); pairs are put in document order.
 */
export function pairsAt(index: AnalysisIndex, pairs: ArrayLike<number>): Quote[] {
  const ordered: [number, number][] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [a, b] = [pairs[i]!, pairs[i + 1]!];
    ordered.push(a < b ? [a, b] : [b, a]);
  }
  // Sorted by start, so b (the later position) starts where the shared text starts.
  ordered.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  return ordered.map(([a, b]) => {
    const quote = quoteAt(index, b, Math.min(index.codingEnd[a]!, index.codingEnd[b]!));
    quote.codingIds = [index.codingIds[a]!, index.codingIds[b]!];
    quote.codeIds = [...new Set([a, b].map((k) => index.project.codes[index.codingCode[k]!]!.id))];
    return quote;
  });
}

/**
 * Positions in the index of codings listed in index order (a crosstab cell's), found by one walk along the
 * index: on a study, building the id → position map for a first look-up takes longer than the walk.
 */
function inIndexOrder(index: AnalysisIndex, codingIds: readonly Id[]): number[] {
  const ks: number[] = [];
  let k = 0;
  for (const id of codingIds) {
    while (k < index.codingIds.length && index.codingIds[k] !== id) k++;
    if (k === index.codingIds.length) return positionsOf(index, codingIds); // not in index order after all
    ks.push(k++);
  }
  return ks;
}

/** Positions in the index of the given codings, sorted (document order), each once; unknown ids are skipped. */
function positionsOf(index: AnalysisIndex, codingIds: readonly Id[]): number[] {
  const position = positionOf(index);
  const ks = codingIds
    .map((id) => position.get(id))
    .filter((k): k is number => k !== undefined)
    .sort((a, b) => a - b);
  return ks.filter((k, i) => i === 0 || ks[i - 1] !== k);
}

/** The quote of coding k over [start of k, end): speaker and turn are those of k. */
function quoteAt(index: AnalysisIndex, k: number, end: number): Quote {
  const coding = index.project.codings[index.codingOrder[k]!]!;
  const doc = index.documents[index.codingDocument[k]!]!;
  const t = index.codingTurn[k]!;
  const speaker = t >= 0 && index.turnSpeaker[t]! >= 0 ? index.speakers[index.turnSpeaker[t]!] : undefined;
  return {
    codingId: coding.id,
    codeId: coding.codeId,
    codingIds: [coding.id],
    codeIds: [coding.codeId],
    text: doc.text.slice(coding.start, end),
    documentId: doc.id,
    documentName: doc.name,
    turnId: t >= 0 ? index.turnIds[t]! : '',
    speakerId: speaker?.id ?? null,
    speakerName: speaker?.name ?? '',
    perspective: perspectiveOf(speaker, doc),
    start: coding.start,
    end,
  };
}

/**
 * Two perspectives' quotes on one code (sub-codes included) next to each other, for the side-by-side view.
 * The moderator is left out unless included, as in the crosstab.
 */
export function sideBySide(
  source: AnalysisIndex | ProjectData,
  codeId: Id,
  perspectiveA: string,
  perspectiveB: string,
  options: { includeModerator?: boolean; rollup?: boolean } = {},
): { a: Quote[]; b: Quote[] } {
  const index = toAnalysisIndex(source);
  const table = crosstab(index, {
    codeIds: [codeId],
    rollup: options.rollup ?? true,
    includeModerator: options.includeModerator ?? false,
  });
  const quotesOf = (perspective: string): Quote[] => {
    const c = table.columns.findIndex((col) => col.key === perspective);
    const ids = c >= 0 ? (table.codingIds[0]?.[c] ?? []) : [];
    return inIndexOrder(index, ids).map((k) => quoteAt(index, k, index.codingEnd[k]!));
  };
  return { a: quotesOf(perspectiveA), b: quotesOf(perspectiveB) };
}
