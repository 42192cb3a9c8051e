/** The coded fragments of one grid cell, with speaker, group and the turns they lie in (each with its speaker). */
import type { AnalysisIndex } from '../analysis/analysisIndex.ts';
import { perspectiveOf, type Id, type KeyQuote } from '../model.ts';
import { agreementTurns, codingPositions, type SummaryGrid } from './grid.ts';

/** A speaker turn shown around a fragment. */
export type ContextTurn = {
  turnId: Id;
  speakerId: Id | null;
  /** The speaker's display name (the pseudonym once pseudonymised); "" for a turn without speaker. */
  speakerName: string;
  moderator: boolean;
  start: number;
  end: number;
  text: string;
};

export type CellFragment = {
  codingId: Id;
  codeId: Id;
  /** Exactly the coded text. */
  text: string;
  start: number;
  end: number;
  documentId: Id;
  /** The group (document) name. */
  documentName: string;
  speakerId: Id | null;
  speakerName: string;
  perspective: string;
  /** The turns the fragment lies in (usually one), in text order. */
  turns: ContextTurn[];
  /** The fragment's turn is marked as agreement / disagreement in Group dynamics. */
  agree: boolean;
  disagree: boolean;
  keyQuote?: KeyQuote;
};

/** One turn of the index as a ContextTurn. */
function contextTurn(index: AnalysisIndex, t: number): ContextTurn {
  const s = index.turnSpeaker[t]!;
  const speaker = s >= 0 ? index.speakers[s] : undefined;
  const start = index.turnStart[t]!;
  const end = index.turnEnd[t]!;
  return {
    turnId: index.turnIds[t]!,
    speakerId: speaker?.id ?? null,
    speakerName: speaker?.name ?? '',
    moderator: index.turnModerator[t] === 1,
    start,
    end,
    text: index.documents[index.turnDocument[t]!]!.text.slice(start, end),
  };
}

/** The fragment behind the sorted coding at position k. */
function fragmentAt(index: AnalysisIndex, k: number, quotes: Map<Id, KeyQuote>): CellFragment {
  const coding = index.project.codings[index.codingOrder[k]!]!;
  const d = index.codingDocument[k]!;
  const document = index.documents[d]!;
  const t = index.codingTurn[k]!;
  const speaker = t >= 0 && index.turnSpeaker[t]! >= 0 ? index.speakers[index.turnSpeaker[t]!] : undefined;
  const turns: ContextTurn[] = [];
  if (t >= 0) {
    const last = index.documentTurns[2 * d + 1]!;
    for (let u = t; u < last && (u === t || index.turnStart[u]! < coding.end); u++)
      turns.push(contextTurn(index, u));
  }
  const marks = agreementTurns(index);
  const fragment: CellFragment = {
    codingId: coding.id,
    codeId: coding.codeId,
    text: document.text.slice(coding.start, coding.end),
    start: coding.start,
    end: coding.end,
    documentId: document.id,
    documentName: document.name,
    speakerId: speaker?.id ?? null,
    speakerName: speaker?.name ?? '',
    perspective: perspectiveOf(speaker, document),
    turns,
    agree: t >= 0 && marks !== null && marks.agree[t] === 1,
    disagree: t >= 0 && marks !== null && marks.disagree[t] === 1,
  };
  const quote = quotes.get(coding.id);
  if (quote) fragment.keyQuote = quote;
  return fragment;
}

/** The fragments of cell (row, column) of a grid computed from the same index, in document order. */
export function cellFragments(
  index: AnalysisIndex,
  grid: SummaryGrid,
  row: number,
  column: number,
): CellFragment[] {
  const cell = grid.cells[row]?.[column];
  if (!cell) return [];
  const position = codingPositions(index);
  const quotes = new Map(cell.keyQuotes.map((q) => [q.codingId, q]));
  const result: CellFragment[] = [];
  for (const id of cell.codingIds) {
    const k = position.get(id);
    if (k !== undefined) result.push(fragmentAt(index, k, quotes));
  }
  return result;
}

/** One coding as a fragment (for a citation or key quote outside an open cell); null for an unknown coding. */
export function fragmentOf(index: AnalysisIndex, codingId: Id): CellFragment | null {
  const k = codingPositions(index).get(codingId);
  return k === undefined ? null : fragmentAt(index, k, new Map());
}

/**
 * The exchange around a fragment, on demand: `before` turns before its first turn, its own turns, and `after`
 * turns after its last, each with its speaker. Empty for an unknown coding or one in no turn.
 */
export function fragmentExchange(
  index: AnalysisIndex,
  codingId: Id,
  options: { before?: number; after?: number } = {},
): ContextTurn[] {
  const k = codingPositions(index).get(codingId);
  if (k === undefined) return [];
  const t = index.codingTurn[k]!;
  if (t < 0) return [];
  const d = index.codingDocument[k]!;
  const first = index.documentTurns[2 * d]!;
  const last = index.documentTurns[2 * d + 1]!;
  let own = t;
  while (own + 1 < last && index.turnStart[own + 1]! < index.codingEnd[k]!) own++;
  const from = Math.max(first, t - (options.before ?? 1));
  const to = Math.min(last - 1, own + (options.after ?? 1));
  const turns: ContextTurn[] = [];
  for (let u = from; u <= to; u++) turns.push(contextTurn(index, u));
  return turns;
}
